/// The result of `LeastSquares.fit`: plain data for the model layer.
///
/// Coefficient-indexed quantities (`coefficients`, `unscaledCovariance`, `r`)
/// refer to the estimable columns `keptColumns` (0-based indices into the
/// design, ascending); `aliasedColumns` were dropped.
public struct LeastSquaresFit: Sendable, Equatable, Codable {
    /// How the coefficients were computed.
    public enum Method: String, Sendable, Equatable, Hashable, Codable {
        /// Householder QR in double precision.
        case householderDouble
        /// Householder QR, solve and residuals in double-double arithmetic.
        case householderDoubleDouble
    }

    /// Rows of the design (`n`).
    public let observations: Int
    /// Rows with positive weight (equals `observations` without weights).
    public let effectiveObservations: Int
    /// Columns of the design (`k`).
    public let columnCount: Int
    /// Numerical rank (= `keptColumns.count`).
    public let rank: Int
    /// Column order of the factorisation: `keptColumns` then the aliased ones (like R's `qr()$pivot`, 0-based).
    public let pivot: [Int]
    /// Estimable columns, in their original order.
    public let keptColumns: [Int]
    /// Columns dropped as (numerical) linear combinations of earlier columns, ascending.
    public let aliasedColumns: [Int]
    /// `β̂` for `keptColumns`.
    public let coefficients: [Double]
    /// `(Xᵀ W X)⁻¹ = R⁻¹R⁻ᵀ` of the kept columns (`rank × rank`).
    public let unscaledCovariance: Matrix
    /// Upper-triangular `R` of `W^{1/2} X[:, keptColumns]` (signs as produced by Householder).
    public let r: Matrix
    /// `y − X β̂` (unweighted, as R's `residuals(lm)`).
    public let residuals: [Double]
    /// `X β̂`.
    public let fittedValues: [Double]
    /// `Σ wᵢ rᵢ²`, accumulated in double-double.
    public let residualSumOfSquares: Double
    /// `effectiveObservations − rank`.
    public let residualDegreesOfFreedom: Int
    /// Leverages `h_ii` of the weighted design (`wᵢ xᵢᵀ(XᵀWX)⁻¹xᵢ`); empty when not requested.
    public let leverage: [Double]
    /// 1-norm condition number `κ₁(R) = ‖R‖₁‖R⁻¹‖₁` of the kept columns
    /// (equals `κ₁` of `W^{1/2}X` up to a factor `√k`-ish; statsmodels' "Cond. No." is the 2-norm analogue).
    public let conditionNumber: Double
    /// `κ₁` after scaling every column to unit norm: what limits the accuracy of QR.
    public let scaledConditionNumber: Double
    public let method: Method
    /// Human-readable remarks (aliased columns, compensated solve).
    public let notes: [String]

    /// `σ̂² = RSS / (n − p)`, NaN when there are no residual degrees of freedom.
    public var residualVariance: Double {
        residualDegreesOfFreedom > 0 ? residualSumOfSquares / Double(residualDegreesOfFreedom) : .nan
    }

    /// Classical standard errors `sqrt(σ̂² · diag((XᵀWX)⁻¹))`, aligned with `coefficients`.
    public var standardErrors: [Double] {
        let s2 = residualVariance
        return (0..<rank).map { (s2 * unscaledCovariance[$0, $0]).squareRoot() }
    }

    /// The estimate for original column `j`, `nil` when it was aliased.
    public func coefficient(forColumn j: Int) -> Double? {
        keptColumns.firstIndex(of: j).map { coefficients[$0] }
    }
}
