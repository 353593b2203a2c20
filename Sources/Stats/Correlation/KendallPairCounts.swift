/// Pair counts behind Kendall's τ: over all n(n−1)/2 pairs i < j, the sum
/// S = Σ sign(xᵢ − xⱼ)·sign(yᵢ − yⱼ) = concordant − discordant, the pairs tied in x and
/// the pairs tied in y (a pair tied in both counts in both).
struct KendallPairCounts: Equatable {
    var concordant = 0
    var discordant = 0
    var tiedX = 0
    var tiedY = 0

    /// O(n²): exact integer counts; for the panel sizes we see (n ≤ a few thousand) this
    /// is milliseconds, and it needs no sorting subtleties with ties.
    init(_ x: [Double], _ y: [Double]) {
        let n = x.count
        for i in 0..<n {
            for j in (i + 1)..<Swift.max(i + 1, n) {
                let sx = x[i] < x[j] ? -1 : (x[i] > x[j] ? 1 : 0)
                let sy = y[i] < y[j] ? -1 : (y[i] > y[j] ? 1 : 0)
                if sx == 0 { tiedX += 1 }
                if sy == 0 { tiedY += 1 }
                let s = sx * sy
                if s > 0 { concordant += 1 } else if s < 0 { discordant += 1 }
            }
        }
    }

    var s: Int { concordant - discordant }
}
