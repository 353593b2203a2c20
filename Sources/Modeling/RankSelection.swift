/// A few order statistics of a large sample without sorting it: quickselect (Hoare 1961)
/// on a scratch copy with median-of-three pivots; a range that keeps failing to shrink
/// is sorted instead (introselect, Musser 1997), so the worst case is O(n log n). The
/// value at a rank is the one an ascending sort puts there (up to the sign of a zero,
/// which `DesignLayout.stableZero` settles).
struct RankSelection {
    private var scratch: [Double]

    /// `values` must hold no NaN.
    init(_ values: [Double]) { scratch = values }

    /// The value at 0-based `rank` of the ascending order (clamped to the sample; NaN
    /// when empty).
    mutating func value(at rank: Int) -> Double {
        let n = scratch.count
        guard n > 0 else { return .nan }
        let target = Swift.min(Swift.max(rank, 0), n - 1)
        return scratch.withUnsafeMutableBufferPointer { a -> Double in
            var first = 0, last = n - 1
            var rounds = 0
            while first < last {
                rounds += 1
                if rounds > 64 {
                    a[first...last].sort()
                    break
                }
                let middle = first + (last - first) / 2
                let pivot = Swift.max(Swift.min(a[first], a[middle]), Swift.min(Swift.max(a[first], a[middle]), a[last]))
                var low = first, high = last
                repeat {
                    while a[low] < pivot { low += 1 }
                    while pivot < a[high] { high -= 1 }
                    if low <= high {
                        a.swapAt(low, high)
                        low += 1
                        high -= 1
                    }
                } while low <= high
                if target <= high {
                    last = high
                } else if target >= low {
                    first = low
                } else {
                    break
                }
            }
            return a[target]
        }
    }
}
