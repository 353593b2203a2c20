/// Order statistics of an unsorted sample by selection, for the bootstrap intervals,
/// which need only two to four of the B sorted replicates: each query is expected
/// O(B) (Hoare's FIND, CACM 4(7):321, 1961, with median-of-three pivots) instead of
/// the O(B log B) full sort, and falls back to sorting the remaining range when the
/// partitioning degenerates (Musser's introselect, Softw. Pract. Exper. 27(8), 1997),
/// so the worst case stays O(B log B). The answers are exactly the entries a full
/// ascending sort would put at those ranks.
struct OrderStatistics {
    private var values: [Double]

    /// `values` must not contain NaN (the intervals pass the finite replicates).
    init(_ values: [Double]) { self.values = values }

    var count: Int { values.count }

    /// The value at 0-based `rank` of the ascending order. The intervals only ask for ranks in
    /// 0..<count of a non-empty sample; a rank outside is clamped to the nearest end and an
    /// empty sample gives NaN, so no input can trap here.
    mutating func value(atRank requested: Int) -> Double {
        guard !values.isEmpty else { return .nan }
        let rank = Swift.min(Swift.max(requested, 0), values.count - 1)
        var lo = 0, hi = values.count - 1
        var budget = 2 * (Swift.max(1, values.count).bitWidthLog2 + 1)
        return values.withUnsafeMutableBufferPointer { v -> Double in
            while hi > lo {
                if budget == 0 {
                    v[lo...hi].sort()
                    return v[rank]
                }
                budget -= 1
                // Median of three as the pivot value.
                let mid = lo + (hi - lo) / 2
                if v[mid] < v[lo] { v.swapAt(mid, lo) }
                if v[hi] < v[lo] { v.swapAt(hi, lo) }
                if v[hi] < v[mid] { v.swapAt(hi, mid) }
                let pivot = v[mid]
                // Hoare partition: afterwards v[lo...j] ≤ pivot ≤ v[i...hi].
                var i = lo, j = hi
                while i <= j {
                    while v[i] < pivot { i += 1 }
                    while pivot < v[j] { j -= 1 }
                    if i <= j {
                        v.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if rank <= j {
                    hi = j
                } else if rank >= i {
                    lo = i
                } else {
                    return v[rank]  // j < rank < i: equal to the pivot
                }
            }
            return v[rank]
        }
    }
}

extension Int {
    /// ⌊log₂ self⌋ for a positive value.
    fileprivate var bitWidthLog2: Int { Int.bitWidth - 1 - leadingZeroBitCount }
}
