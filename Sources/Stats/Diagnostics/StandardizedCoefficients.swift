/// A coefficient and its standardized ("beta") version.
public struct StandardizedCoefficient: Sendable, Equatable, Codable {
    /// Column name.
    public let term: String
    /// Design column (0-based).
    public let column: Int
    /// `β̂ⱼ`, `nil` when the column was aliased.
    public let coefficient: Double?
    /// `β̂ⱼ · sd(xⱼ) / sd(y)`; `nil` for the intercept and aliased columns.
    public let standardized: Double?
}

/// Standardized (beta) coefficients `β̂ⱼ · sd(xⱼ) / sd(y)`: the change in `y`,
/// in standard deviations of `y`, per standard deviation of `xⱼ` (e.g.
/// Wooldridge, *Introductory Econometrics*, 7th ed., §6.1; the `lm.beta`
/// package in R). They equal the coefficients of the regression on z-scored
/// variables. With weights the standard deviations are weighted,
/// `sd_w(v)² ∝ Σ wᵢ (vᵢ − v̄_w)²` (the divisor cancels in the ratio), matching
/// `stats::cov.wt`; zero-weight rows do not count. For a factor's dummies the
/// value is formal (the sd of a 0/1 column), as in `lm.beta`.
public enum StandardizedCoefficients {
    /// One entry per design column, in column order.
    /// - Throws: `.constantVariable` when `y` is constant on the rows used.
    public static func compute(_ model: FittedDesign) throws(DiagnosticsError) -> [StandardizedCoefficient] {
        let x = model.design
        let n = x.rows
        let w = model.weights
        func sd(_ value: (Int) -> Double) -> Double {
            var sw = 0.0, swv = 0.0
            for i in 0..<n {
                let wi = w?[i] ?? 1
                guard wi > 0 else { continue }
                sw += wi
                swv += wi * value(i)
            }
            let mean = swv / sw
            var ss = 0.0
            for i in 0..<n {
                let wi = w?[i] ?? 1
                guard wi > 0 else { continue }
                let d = value(i) - mean
                ss += wi * d * d
            }
            return (ss / sw).squareRoot()
        }
        let sdY = sd { model.response[$0] }
        if !(sdY > 0) { throw .constantVariable(what: "the response") }
        return (0..<x.columns).map { j in
            let b = model.fit.coefficient(forColumn: j)
            var beta: Double? = nil
            if let b, j != model.interceptColumn {
                beta = b * sd { x.storage[$0 + j * n] } / sdY
            }
            return StandardizedCoefficient(term: model.columnNames[j], column: j, coefficient: b, standardized: beta)
        }
    }
}
