// The numbers behind a scatter plot's fit line: the OLS line of y on x and its
// pointwise confidence band for the mean, from the fit's own covariance.
import Stats

/// An OLS line `ŷ = a + b·x` over a grid of x values with the pointwise
/// confidence band for the conditional mean E[y | x₀]:
///
///     ŷ(x₀) ± t_{1−α/2, n−2} · sqrt(σ̂² · x₀ᵀ (XᵀX)⁻¹ x₀),   x₀ = (1, x₀)
///
/// with `σ̂² = RSS / (n − 2)` and `(XᵀX)⁻¹` the fit's `unscaledCovariance`
/// (the classical, homoskedastic band: what R's
/// `predict(lm(y ~ x), newdata, interval = "confidence")` and ggplot2's
/// `geom_smooth(method = "lm")` draw; Weisberg 2014, *Applied Linear
/// Regression*, 4th ed., §2.8).
///
/// The regression is fitted on the centred predictor `x − x̄` (the same line,
/// reparametrised): then `(XᵀX)⁻¹` is diagonal up to rounding and
/// `x₀ᵀ(XᵀX)⁻¹x₀ = 1/n + (x₀ − x̄)²/Sxx` is evaluated without the cancellation
/// that uncentred x such as survey years (2003…2024) would cause.
public struct FitBand: Sendable, Equatable, Codable {
    /// Grid of x values (as given).
    public let x: [Double]
    /// `ŷ(x₀)` at each grid value.
    public let fit: [Double]
    /// Lower and upper limits of the band at each grid value.
    public let lower: [Double]
    public let upper: [Double]
    /// Standard error of the fitted mean at each grid value.
    public let standardError: [Double]
    /// Intercept `a` and slope `b` on the original x scale.
    public let intercept: Double
    public let slope: Double
    /// Observations used (`n`) and residual degrees of freedom (`n − 2`).
    public let observations: Int
    public let residualDegreesOfFreedom: Int
    /// `σ̂² = RSS / (n − 2)`.
    public let residualVariance: Double
    /// Confidence level of the band, e.g. 0.95.
    public let level: Double
    /// The t quantile `t_{1−α/2, n−2}` used for the band.
    public let criticalValue: Double
}

/// Why a fit band could not be computed.
public enum FitBandError: Error, Sendable, Equatable, CustomStringConvertible {
    case lengthMismatch(x: Int, y: Int)
    case nonFinite(what: String, index: Int, value: Double)
    case tooFewObservations(Int)
    case constantX(value: Double)
    case invalidLevel(Double)
    case invalidCriticalValue(Double)
    case leastSquares(LeastSquaresError)
    /// `x` or `y` reaches magnitudes whose squares overflow or underflow (`MagnitudeGuard`).
    case extremeMagnitude(what: String, largestAbsolute: Double)

    public var description: String {
        switch self {
        case let .lengthMismatch(x, y):
            return "fit line: x has \(x) values but y has \(y); pass one x per y"
        case let .nonFinite(what, index, value):
            return "fit line: value \(index + 1) of \(what) is \(value); drop rows with missing or non-finite values first"
        case .tooFewObservations(let n):
            return "fit line: \(n) complete observation(s); a line with a confidence band needs at least 3"
        case .constantX(let v):
            return "fit line: every x equals \(v), so the slope cannot be estimated; choose a variable that varies"
        case .invalidLevel(let l):
            return "fit line: confidence level \(l) is not between 0 and 1 (exclusive); use e.g. 0.95"
        case .invalidCriticalValue(let q):
            return "fit line: the t quantile \(q) is not a positive finite number"
        case .leastSquares(let e):
            return "fit line: \(e.description)"
        case let .extremeMagnitude(what, m):
            return "fit line: " + MagnitudeGuard.message(what, largestAbsolute: m)
        }
    }
}

extension FitBand {
    /// Fits `y` on `x` by OLS and evaluates the line and its band at `grid`,
    /// with the critical value t_{1−α/2, n−2} from Stats' Student t.
    public static func ols(x: [Double], y: [Double], at grid: [Double], level: Double) throws(FitBandError) -> FitBand {
        try ols(x: x, y: y, at: grid, level: level) { probability, df in
            (try? StudentT(degreesOfFreedom: Double(df)))?.quantile(probability) ?? .nan
        }
    }

    /// Fits `y` on `x` by OLS and evaluates the line and its band at `grid`.
    ///
    /// - Parameters:
    ///   - x: the predictor values.
    ///   - y: the response values, as many as `x`.
    ///   - grid: where to evaluate the line and its band.
    ///   - level: the confidence level of the band, in (0, 1).
    ///   - criticalValue: the quantile function of Student's t: given the
    ///     probability `1 − α/2` and the degrees of freedom `n − 2`, returns
    ///     `t_{1−α/2, n−2}`.
    public static func ols(x: [Double], y: [Double], at grid: [Double], level: Double,
                           criticalValue: (_ probability: Double, _ degreesOfFreedom: Int) -> Double) throws(FitBandError) -> FitBand {
        guard x.count == y.count else { throw .lengthMismatch(x: x.count, y: y.count) }
        for (i, v) in x.enumerated() where !v.isFinite { throw .nonFinite(what: "x", index: i, value: v) }
        for (i, v) in y.enumerated() where !v.isFinite { throw .nonFinite(what: "y", index: i, value: v) }
        for (i, v) in grid.enumerated() where !v.isFinite { throw .nonFinite(what: "grid", index: i, value: v) }
        guard level > 0, level < 1 else { throw .invalidLevel(level) }
        let n = x.count
        guard n >= 3 else { throw .tooFewObservations(n) }
        if let m = MagnitudeGuard.problem(x) { throw .extremeMagnitude(what: "x", largestAbsolute: m) }
        if let m = MagnitudeGuard.problem(y) { throw .extremeMagnitude(what: "y", largestAbsolute: m) }
        let mean = x.reduce(0, +) / Double(n)
        let centred = x.map { $0 - mean }
        guard let first = x.first, x.contains(where: { $0 != first }) else { throw .constantX(value: x.first ?? .nan) }
        guard let design = Matrix(columns: [Array(repeating: 1, count: n), centred]) else {
            throw .lengthMismatch(x: x.count, y: y.count)
        }
        let fit: LeastSquaresFit
        do throws(LeastSquaresError) {
            fit = try LeastSquares.fit(design, y, options: LeastSquaresOptions(onRankDeficiency: .throwError, computeLeverage: false))
        } catch {
            if case .rankDeficient = error { throw .constantX(value: first) }
            throw .leastSquares(error)
        }
        let df = fit.residualDegreesOfFreedom
        let s2 = fit.residualVariance
        let q = criticalValue(1 - (1 - level) / 2, df)
        guard q.isFinite, q > 0 else { throw .invalidCriticalValue(q) }
        let a = fit.coefficients[0], b = fit.coefficients[1]
        let v = fit.unscaledCovariance
        var yhat: [Double] = [], se: [Double] = [], lo: [Double] = [], hi: [Double] = []
        for x0 in grid {
            let d = x0 - mean
            let quad = v[0, 0] + 2 * d * v[0, 1] + d * d * v[1, 1]
            let s = (s2 * max(quad, 0)).squareRoot()
            let f = a + b * d
            yhat.append(f); se.append(s); lo.append(f - q * s); hi.append(f + q * s)
        }
        return FitBand(x: grid, fit: yhat, lower: lo, upper: hi, standardError: se,
                       intercept: a - b * mean, slope: b, observations: n, residualDegreesOfFreedom: df,
                       residualVariance: s2, level: level, criticalValue: q)
    }

    /// `count` evenly spaced values from `lower` to `upper` (both included),
    /// for drawing the line and band; endpoints exact.
    public static func grid(from lower: Double, to upper: Double, count: Int = 101) -> [Double] {
        guard count > 1, upper > lower else { return [lower] }
        let step = (upper - lower) / Double(count - 1)
        return (0..<count).map { $0 == count - 1 ? upper : lower + Double($0) * step }
    }
}
