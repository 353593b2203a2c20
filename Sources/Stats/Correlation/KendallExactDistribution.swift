/// The exact null distribution of Kendall's statistic T (the number of concordant pairs)
/// without ties: T is distributed as the number of inversions of a uniformly random
/// permutation of n, whose counts are the Mahonian numbers I(n, k) (OEIS A008302).
///
/// Recurrence: I(m, k) = Σ_{j=0}^{m−1} I(m − 1, k − j). Probabilities are carried instead of
/// counts (dividing by m at each step, so nothing overflows for any n), with a sliding window
/// sum: O(n³) in all (n = 500 takes about 10⁷ additions). Only the lower half k ≤ M/2,
/// M = n(n − 1)/2, is computed and the rest mirrored (the distribution is symmetric): on the
/// lower half the window adds terms that are at least as large as those it drops, so the sum
/// keeps its relative accuracy deep into the tail, where p-values live.
struct KendallExactDistribution {
    let n: Int
    /// P(T = k), k = 0 … n(n − 1)/2.
    let probabilities: [Double]

    init(n: Int) {
        self.n = n
        var p: [Double] = [1]
        if n >= 2 {
            for m in 2...n {
                let total = m * (m - 1) / 2
                var q = [Double](repeating: 0, count: total + 1)
                let half = total / 2
                let inverse = 1 / Double(m)
                var window = 0.0
                for k in 0...half {
                    if k < p.count { window += p[k] }
                    if k - m >= 0 { window -= p[k - m] }
                    q[k] = window * inverse
                }
                if half + 1 <= total {
                    for k in (half + 1)...total { q[k] = q[total - k] }
                }
                p = q
            }
        }
        probabilities = p
    }

    var maximum: Int { probabilities.count - 1 }

    /// P(T ≤ q), summed from the smallest terms.
    func lowerTail(_ q: Int) -> Double {
        if q < 0 { return 0 }
        if q >= maximum { return 1 }
        if q > maximum / 2 { return 1 - upperTail(q + 1) }
        var s = 0.0
        for k in 0...q { s += probabilities[k] }
        return Swift.min(1, s)
    }

    /// P(T ≥ q) = P(T ≤ M − q) by symmetry.
    func upperTail(_ q: Int) -> Double { lowerTail(maximum - q) }

    /// p-value of T = q, as R's `cor.test(method = "kendall", exact = TRUE)`: two-sided
    /// 2·min tail on the side of q, capped at 1.
    func pValue(concordant q: Int, alternative: CorrelationAlternative) -> Double {
        switch alternative {
        case .greater: return upperTail(q)
        case .less: return lowerTail(q)
        case .twoSided:
            let p = 2 * q > maximum ? upperTail(q) : lowerTail(q)
            return Swift.min(1, 2 * p)
        }
    }
}
