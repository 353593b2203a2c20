/// Why a panel estimator could not be applied.
public enum PanelModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Inputs of different lengths.
    case lengthMismatch(what: String, count: Int, expected: Int)
    /// Two rows of one unit at one time.
    case duplicateUnitTime(unit: Int, time: Int)
    /// Random effects need at least one regressor that varies within units.
    case noWithinVariation
    /// The between regression (Swamy–Arora) has no residual degrees of freedom.
    case tooFewUnits(units: Int, parameters: Int)
    /// The within regression (Swamy–Arora) has no residual degrees of freedom.
    case noWithinDegreesOfFreedom(observations: Int, units: Int, slopes: Int)
    /// First differences left no row (no unit has two consecutive times).
    case noConsecutivePeriods
    /// The fit itself failed.
    case regression(RegressionError)
    /// The Hausman test has nothing to compare.
    case hausmanNoCommonSlopes
    /// A factor or other column that the estimator cannot transform.
    case unsupported(String)

    public var description: String {
        switch self {
        case let .lengthMismatch(what, count, expected):
            return "\(what) has \(count) values, expected \(expected)"
        case let .duplicateUnitTime(unit, time):
            return "unit \(unit) has two rows at time \(time): a panel needs one row per unit and time"
        case .noWithinVariation:
            return "random effects need at least one regressor that varies within units: every regressor is constant within each unit (time-invariant), so the within regression behind the Swamy–Arora variance components has nothing to estimate; add a time-varying regressor, or use --estimator between or ols"
        case let .tooFewUnits(units, parameters):
            return "the between regression behind the Swamy–Arora variance components has \(units) units for \(parameters) parameters: it needs more units than parameters; use fewer regressors or more units"
        case let .noWithinDegreesOfFreedom(n, units, slopes):
            return "the within regression behind the Swamy–Arora variance components has no residual degrees of freedom (\(n) observations − \(units) units − \(slopes) slopes ≤ 0)"
        case .noConsecutivePeriods:
            return "first differences left no observation: no unit has rows at two consecutive times among the rows used (a gap in time gives no difference)"
        case .regression(let e): return e.description
        case .hausmanNoCommonSlopes:
            return "the Hausman test has no coefficient to compare: the fixed-effects and random-effects fits share no time-varying slope"
        case .unsupported(let s): return s
        }
    }
}
