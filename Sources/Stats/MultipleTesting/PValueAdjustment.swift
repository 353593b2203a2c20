/// Adjustment of p-values for multiple comparisons: the methods of R's `p.adjust`, with
/// identical results (the same operations in the same order).
///
/// For m tests with ordered p-values p₍₁₎ ≤ … ≤ p₍ₘ₎:
/// - `bonferroni`: min(1, m·pᵢ) — family-wise error rate (FWER);
/// - `holm`: step-down, p̃₍ᵢ₎ = max_{j≤i} min(1, (m−j+1) p₍ⱼ₎) (Holm 1979, Scand. J. Stat.
///   6:65-70) — FWER, uniformly more powerful than Bonferroni, valid under any dependence;
/// - `hochberg`: step-up, p̃₍ᵢ₎ = min_{j≥i} min(1, (m−j+1) p₍ⱼ₎) (Hochberg 1988, Biometrika
///   75:800-802) — FWER under independence or positive dependence;
/// - `hommel`: closed Simes tests (Hommel 1988, Biometrika 75:383-386; the algorithm of
///   Wright 1992, Biometrics 48:1005-1013, as in R) — FWER, more powerful than Hochberg;
/// - `benjaminiHochberg`: p̃₍ᵢ₎ = min_{j≥i} min(1, m/j · p₍ⱼ₎) (Benjamini & Hochberg 1995,
///   JRSS B 57:289-300) — false discovery rate (FDR) under independence/positive dependence;
/// - `benjaminiYekutieli`: BH multiplied by Σ_{k=1..m} 1/k (Benjamini & Yekutieli 2001,
///   Ann. Stat. 29:1165-1188) — FDR under arbitrary dependence.
public enum PValueAdjustment: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case bonferroni
    case holm
    case hochberg
    case hommel
    case benjaminiHochberg = "BH"
    case benjaminiYekutieli = "BY"

    public var description: String {
        switch self {
        case .bonferroni: return "Bonferroni"
        case .holm: return "Holm"
        case .hochberg: return "Hochberg"
        case .hommel: return "Hommel"
        case .benjaminiHochberg: return "Benjamini-Hochberg"
        case .benjaminiYekutieli: return "Benjamini-Yekutieli"
        }
    }

    /// Adjusts `p` (no missing values), returning the adjusted values in the input order.
    ///
    /// - Parameters:
    ///   - p: the p-values, each in [0, 1].
    ///   - numberOfTests: m, the number of tests in the family; defaults to
    ///     `p.count`. A larger m (R's `n =`) treats the missing p-values as 1 for Hommel and
    ///     as absent (but counted) for the others, exactly as R.
    /// - Throws: `MultipleTestingError` for a NaN or out-of-range p-value, or m < p.count.
    public func adjust(_ p: [Double], numberOfTests: Int? = nil) throws(MultipleTestingError) -> [Double] {
        for (i, v) in p.enumerated() where v.isNaN || v < 0 || v > 1 {
            throw MultipleTestingError.invalidPValue(index: i, value: v)
        }
        let lp = p.count
        let m = numberOfTests ?? lp
        guard m >= lp else { throw MultipleTestingError.tooFewTests(numberOfTests: m, pValues: lp) }
        if m <= 1 { return p }
        let n = Double(m)
        switch self {
        case .bonferroni:
            return p.map { Swift.min(1, n * $0) }
        case .holm:
            let o = ascendingOrder(p)
            var out = [Double](repeating: 0, count: lp)
            var running = -Double.infinity
            for (k, idx) in o.enumerated() {
                running = Swift.max(running, Double(m - k) * p[idx])  // (n + 1 − i) p₍ᵢ₎, i = k + 1
                out[idx] = Swift.min(1, running)
            }
            return out
        case .hochberg, .benjaminiHochberg, .benjaminiYekutieli:
            // R: o <- order(p, decreasing = TRUE); i <- lp:1; cummin(multiplier · p[o]).
            let o = descendingOrder(p)
            let q = self == .benjaminiYekutieli ? harmonicNumber(m) : 1
            var out = [Double](repeating: 0, count: lp)
            var running = Double.infinity
            for (k, idx) in o.enumerated() {
                let i = lp - k
                let value: Double
                switch self {
                case .hochberg: value = Double(m + 1 - i) * p[idx]
                case .benjaminiHochberg: value = n / Double(i) * p[idx]
                default: value = q * n / Double(i) * p[idx]
                }
                running = Swift.min(running, value)
                out[idx] = Swift.min(1, running)
            }
            return out
        case .hommel:
            if m == 2 { return try PValueAdjustment.hochberg.adjust(p, numberOfTests: m) }
            return hommel(p, m: m)
        }
    }

    /// Wright's (1992) algorithm as in R: for each subset size j = m−1 … 2, the Simes
    /// adjusted value of every hypothesis, keeping the running maximum.
    private func hommel(_ p0: [Double], m: Int) -> [Double] {
        let lp = p0.count
        var padded = p0
        if m > lp { padded += [Double](repeating: 1, count: m - lp) }
        let o = ascendingOrder(padded)
        let p = o.map { padded[$0] }
        let n = Double(m)
        var start = Double.infinity
        for i in 0..<m { start = Swift.min(start, n * p[i] / Double(i + 1)) }
        var q = [Double](repeating: start, count: m)
        var pa = q
        if m >= 3 {
            for j in stride(from: m - 1, through: 2, by: -1) {
                // 1-based i1 = 1…(m−j+1), i2 = (m−j+2)…m
                let split = m - j + 1
                var q1 = Double.infinity
                for (offset, i) in (split..<m).enumerated() {
                    q1 = Swift.min(q1, Double(j) * p[i] / Double(offset + 2))
                }
                for i in 0..<split { q[i] = Swift.min(Double(j) * p[i], q1) }
                for i in split..<m { q[i] = q[split - 1] }
                for i in 0..<m { pa[i] = Swift.max(pa[i], q[i]) }
            }
        }
        var out = [Double](repeating: 0, count: lp)
        for (rank, idx) in o.enumerated() where idx < lp {
            out[idx] = Swift.max(pa[rank], p[rank])
        }
        return out
    }
}

/// Indices that sort `p` ascending; stable, as R's `order`.
private func ascendingOrder(_ p: [Double]) -> [Int] {
    Array(p.indices).sorted { p[$0] < p[$1] || (p[$0] == p[$1] && $0 < $1) }
}

/// Indices that sort `p` descending; ties keep their input order, as R's `order(decreasing = TRUE)`.
private func descendingOrder(_ p: [Double]) -> [Int] {
    Array(p.indices).sorted { p[$0] > p[$1] || (p[$0] == p[$1] && $0 < $1) }
}

/// Σ_{k=1..m} 1/k, compensated (R sums in extended precision; both round to the same double
/// or a neighbour, far inside the 1e-15 agreement the tests require).
private func harmonicNumber(_ m: Int) -> Double {
    var s = CompensatedSum()
    for k in 1...m { s.add(1 / Double(k)) }
    return s.value
}
