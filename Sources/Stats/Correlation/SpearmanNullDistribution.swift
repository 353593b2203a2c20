import Foundation

/// The exact permutation null distribution of Spearman's statistic without ties, for
/// n ≤ `SpearmanNullDistribution.limit` (20), as exact integer counts.
///
/// With integer ranks, S = Σ dᵢ² = 2(Σ i² − T) with T = Σᵢ i·π(i), so the distribution of S
/// is that of T over the n! equally likely permutations π. Its generating function is the
/// permanent of the n × n matrix (x^(ij)) (van de Wiel & Di Bucchianico 2001, *J. Statist.
/// Plann. Inference* 92:133–145), computed here by the row-by-row dynamic programme over
/// column subsets: after ranks 1…k have been given the value set M (|M| = k), the count
/// array N_M(t) of partial sums Σ_{i ≤ k} i·π(i) satisfies
///
///     N_M(t) = Σ_{j ∈ M} N_{M∖{j}}(t − k·j).
///
/// Two symmetries, both exact, keep it small: translating M by c shifts every partial sum by
/// c·k(k + 1)/2 (so only sets containing the value 1 are stored, the rest are read with an
/// index offset), and reflecting M within its span, m ↦ max(M) + 1 − m, reverses the array
/// (so of each mirror pair only one is stored, the other is read backwards). Counts are
/// `UInt64`: n! < 2⁶³ for n ≤ 20, so no sum can overflow. Work ≈ 0.9·10⁹ additions and
/// ≈ 330 MB for n = 20, a few milliseconds for n ≤ 14; see `Correlation.spearmanExactAutoLimit`.
/// Large layers are split between the cores (`DispatchQueue.concurrentPerform`).
/// Each n is computed once per process and memoised (`shared(n:)`).
///
/// Tested against an independent subset recursion in Python (value sets filled from the
/// bottom, exact integers), which is itself checked against brute force for n ≤ 8 and
/// against the published central coefficients (OEIS A056876) for n ≤ 20.
struct SpearmanNullDistribution: Sendable {
    /// The largest n: 21! exceeds the range of the 64-bit counts.
    static let limit = 20

    /// The sample size.
    let n: Int
    /// The smallest T, n(n + 1)(n + 2)/6 (complete reversal).
    let tMinimum: Int
    /// counts[t − tMinimum] = #{π : Σ i·π(i) = t}, summing to n!.
    let counts: [UInt64]

    /// n!, the number of permutations.
    var total: UInt64 { counts.reduce(0, &+) }

    /// The distribution for n, computed on first use and memoised; nil outside 1…`limit`.
    static func shared(n: Int) -> SpearmanNullDistribution? {
        guard n >= 1, n <= limit else { return nil }
        return spearmanNullCache.distribution(n: n)
    }

    /// p-value of an observed T (integer ranks, no ties): greater P(T* ≥ t), less
    /// P(T* ≤ t), two-sided P(|T* − E T| ≥ |t − E T|) with E T = n(n + 1)²/4 (compared as 4T
    /// in integers) — the conventions of `SpearmanExactDistribution`.
    func pValue(t: Int, alternative: CorrelationAlternative) -> Double {
        let centre4 = n * (n + 1) * (n + 1)
        let observedDistance = abs(4 * t - centre4)
        var k: UInt64 = 0
        for (index, c) in counts.enumerated() {
            let v = tMinimum + index
            switch alternative {
            case .greater: if v >= t { k &+= c }
            case .less: if v <= t { k &+= c }
            case .twoSided: if abs(4 * v - centre4) >= observedDistance { k &+= c }
            }
        }
        return Double(k) / Double(total)
    }

    /// Computes the distribution (n in 1…`limit`; other n give an empty distribution).
    init(n: Int) {
        self.n = n
        tMinimum = n * (n + 1) * (n + 2) / 6
        guard n >= 1, n <= Self.limit else { counts = []; return }
        counts = Self.compute(n: n)
    }

    /// The bits of `mask` reversed within 0…top (the reflection m ↦ max + 1 − m).
    @inline(__always)
    fileprivate static func reflect(_ mask: UInt32, top: Int) -> UInt32 {
        var r: UInt32 = 0, m = mask, b = top
        while m != 0 {
            if m & 1 != 0 { r |= 1 << UInt32(b) }
            m >>= 1
            b -= 1
        }
        return r
    }

    private static func compute(n: Int) -> [UInt64] {
        if n == 1 { return [1] }
        // Per canonical set (bit 0 = value 1 present), indexed by mask >> 1: the lowest and
        // highest partial sum, and for stored sets the offset of their counts in the layer.
        let slots = 1 << (n - 1)
        var lowest = [Int32](repeating: 0, count: slots)
        var highest = [Int32](repeating: 0, count: slots)
        var offset = [Int](repeating: -1, count: slots)
        var previous: [UInt64] = [1]   // layer 1: the set {1}, T = 1
        lowest[0] = 1; highest[0] = 1; offset[0] = 0
        var values = [Int](repeating: 0, count: n)
        for k in 2...n {
            // Pass 1: ranges and offsets of the canonical k-sets.
            var masks: [UInt32] = []
            masks.reserveCapacity(Self.binomial(n - 1, k - 1))
            var sub: UInt32 = (1 << UInt32(k - 1)) - 1
            let end: UInt32 = 1 << UInt32(n - 1)
            var size = 0
            while sub < end {
                let mask = sub << 1 | 1
                var c = 0, bits = mask, v = 1
                while bits != 0 {
                    if bits & 1 != 0 { values[c] = v; c += 1 }
                    bits >>= 1; v += 1
                }
                var lo = 0, hi = 0
                for i in 0..<k {
                    lo += (i + 1) * values[k - 1 - i]
                    hi += (i + 1) * values[i]
                }
                let slot = Int(mask >> 1)
                lowest[slot] = Int32(lo); highest[slot] = Int32(hi)
                let top = 31 - mask.leadingZeroBitCount
                if mask <= reflect(mask, top: top) {
                    offset[slot] = size
                    size += hi - lo + 1
                    masks.append(mask)
                } else {
                    offset[slot] = -1
                }
                // Gosper's hack: the next (k − 1)-subset of the upper n − 1 bits.
                let lowBit = sub & (0 &- sub)
                let ripple = sub &+ lowBit
                sub = (((ripple ^ sub) >> 2) / lowBit) | ripple
            }
            // Pass 2: N_M(t) = Σ_{j ∈ M} N_{M∖j}(t − k·j), from the previous layer. The sets
            // write disjoint ranges, so a large layer is split between the cores.
            var current = [UInt64](repeating: 0, count: size)
            current.withUnsafeMutableBufferPointer { cur in
                previous.withUnsafeBufferPointer { prev in
                    masks.withUnsafeBufferPointer { ms in
                        lowest.withUnsafeBufferPointer { los in
                            highest.withUnsafeBufferPointer { his in
                                offset.withUnsafeBufferPointer { offs in
                                    guard let dst = cur.baseAddress, let src = prev.baseAddress, let m = ms.baseAddress,
                                          let l = los.baseAddress, let h = his.baseAddress, let o = offs.baseAddress else { return }
                                    let layer = Layer(k: k, masks: m, lowest: l, highest: h, offset: o, destination: dst, source: src)
                                    let count = ms.count
                                    let chunks = count >= 4096 ? 16 : 1
                                    if chunks == 1 {
                                        layer.fill(0..<count)
                                    } else {
                                        DispatchQueue.concurrentPerform(iterations: chunks) { c in
                                            layer.fill(count * c / chunks..<count * (c + 1) / chunks)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            previous = current
        }
        return previous
    }

    /// One layer's inputs as raw pointers (valid for the duration of `fill`; the ranges of
    /// `fill` calls on different masks write disjoint parts of `destination`).
    private struct Layer: @unchecked Sendable {
        let k: Int
        let masks: UnsafePointer<UInt32>
        let lowest: UnsafePointer<Int32>, highest: UnsafePointer<Int32>, offset: UnsafePointer<Int>
        let destination: UnsafeMutablePointer<UInt64>
        let source: UnsafePointer<UInt64>

        func fill(_ range: Range<Int>) {
            let triangle = (k - 1) * k / 2
            for index in range {
                let mask = masks[index]
                let slot = Int(mask >> 1)
                let lo = Int(lowest[slot])
                let dst = destination + offset[slot]
                var rest = mask
                while rest != 0 {
                    let j = rest.trailingZeroBitCount
                    rest &= rest - 1
                    var p = mask & ~(1 << UInt32(j))
                    var extra = 0
                    if j == 0 {
                        // Removing the value 1: translate down so the set contains 1 again.
                        let s = p.trailingZeroBitCount
                        p >>= UInt32(s)
                        extra = s * triangle
                    }
                    let pSlot = Int(p >> 1)
                    let pLo = Int(lowest[pSlot]), width = Int(highest[pSlot]) - pLo + 1
                    let d = dst + (pLo + extra + k * (j + 1) - lo)
                    if offset[pSlot] >= 0 {
                        let s = source + offset[pSlot]
                        for t in 0..<width { d[t] &+= s[t] }
                    } else {
                        // Stored as its mirror image: read it backwards.
                        let mirror = SpearmanNullDistribution.reflect(p, top: 31 - p.leadingZeroBitCount)
                        let s = source + offset[Int(mirror >> 1)] + (width - 1)
                        for t in 0..<width { d[t] &+= s[-t] }
                    }
                }
            }
        }
    }

    private static func binomial(_ n: Int, _ k: Int) -> Int {
        guard k >= 0, k <= n else { return 0 }
        var r = 1
        for i in 0..<min(k, n - k) { r = r * (n - i) / (i + 1) }
        return r
    }
}

/// A process-wide memo of the distributions, one per n, computed under a lock so that
/// concurrent callers wait for one computation instead of repeating it.
final class SpearmanNullCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int: SpearmanNullDistribution] = [:]

    func distribution(n: Int) -> SpearmanNullDistribution {
        lock.lock(); defer { lock.unlock() }
        if let d = entries[n] { return d }
        let d = SpearmanNullDistribution(n: n)
        entries[n] = d
        return d
    }
}

let spearmanNullCache = SpearmanNullCache()
