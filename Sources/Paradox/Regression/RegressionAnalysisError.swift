import Modeling
import Stats
import PanelData

/// Why `egov regress` (or `RegressionAnalysis.run`) could not produce a
/// result. Each message says what is wrong and how to fix it; the CLI prints it
/// after `error: ` and chooses the exit status from `isUsageError`.
public enum RegressionAnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The formula text cannot be parsed.
    case formula(FormulaError)
    /// The `--where` condition cannot be parsed or evaluated.
    case filter(FilterError)
    /// `--vcov` text is not a covariance we know.
    case invalidCovariance(text: String, reason: String)
    /// The confidence level is not strictly between 0 and 1.
    case invalidLevel(Double)
    /// The design could not be built (unknown column, all rows missing, …).
    case modeling(ModelingError)
    /// The model could not be fitted or its covariance computed.
    case regression(RegressionError)
    /// `--on-collinear error` and these terms are collinear.
    case collinearTerms([String])
    /// A column used as weights or clusters has the wrong type.
    case textWeights(column: String)
    /// A weight is negative or not finite (1-based data row).
    case invalidWeight(column: String, row: Int, value: Double)
    /// A variable's values are too large or too small for double-precision
    /// least squares (see `MagnitudeGuard`): rescale it.
    case extremeMagnitude(variable: String, largestAbsolute: Double)
    /// A GLM or ordered model could not be fitted (separation, non-binary outcome, ...).
    case likelihoodModel(GLMError)
    /// An option that does not fit the model (`--margins` without `--family`, an unknown `--levels` value, ...).
    case familyOption(String)
    /// The panel structure or a panel operator could not be built (see ``/Modeling/PanelError``).
    case panel(PanelError)
    /// `--panel` text is not `unit,time`.
    case invalidPanel(text: String)
    /// A panel estimator was asked for on data without unit and time.
    case panelRequired(estimator: PanelEstimator)
    /// `--estimator re|fd|between` with fixed effects in the formula.
    case estimatorWithFixedEffects(estimator: PanelEstimator, fixedEffects: [String])
    /// A panel estimator failed (see ``/Stats/PanelModelError``).
    case panelModel(PanelModelError)
    /// `--hausman` without `--estimator re`.
    case hausmanNeedsRandomEffects
    /// An instrumental-variables model cannot be estimated (identification, collinear instruments, …).
    case instrumental(InstrumentalVariablesError)
    /// A quantile regression cannot be fitted (τ outside (0, 1), collinear design, …).
    case quantile(QuantileRegressionError)
    /// A combination of options that this model does not support (named, with what to do instead).
    case unsupportedModel(String)
    /// The unit or time column of the panel covariances is missing or unusable.
    case panelIndex(String)
    /// A panel or small-sample covariance (Driscoll–Kraay, PCSE, Newey–West, CR2) failed.
    case panelCovariance(PanelCovarianceError)
    /// The wild cluster bootstrap failed.
    case bootstrap(WildBootstrapError)
    /// A bootstrap or cluster option does not fit the model (the message says why).
    case invalidOption(String)
    /// An observation, named by its country-year, has leverage 1, so HC2–HC4 are undefined.
    case leverageOne(label: String, estimator: String)
    /// The response takes one value on every row used: R², F and the t tests are undefined.
    case constantResponse(name: String, value: Double, rows: Int)

    /// Errors in what the user typed (exit status 64) rather than in the data
    /// or the model (exit status 1).
    public var isUsageError: Bool {
        switch self {
        case .formula, .filter, .invalidCovariance, .invalidLevel: return true
        case .modeling(.unknownVariable): return true
        case .textWeights: return true
        case .familyOption: return true
        case .invalidPanel, .panelRequired, .estimatorWithFixedEffects, .hausmanNeedsRandomEffects: return true
        case .panel(.operatorWithoutPanel), .panel(.unknownColumn), .panel(.sameColumn), .panel(.unknownOperandColumn): return true
        case .unsupportedModel, .quantile(.invalidQuantile), .quantile(.invalidReplications): return true
        case .invalidOption, .panelIndex: return true
        case .panelCovariance(.invalidLag), .panelCovariance(.repeatedTime): return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .formula(let e): return e.description
        case .filter(let e): return "--where: " + e.description
        case let .invalidCovariance(text, reason): return "--vcov '\(text)' is not a covariance estimator: \(reason)"
        case .invalidLevel(let l): return "--level \(l) is not strictly between 0 and 1: use e.g. 0.95 for 95% confidence intervals"
        case .modeling(let e): return e.description
        case .regression(let e): return e.description
        case .collinearTerms(let terms):
            let list = terms.map { "'\($0)'" }.joined(separator: ", ")
            return "\(terms.count == 1 ? "term" : "terms") \(list) \(terms.count == 1 ? "is" : "are") collinear with the other regressors (or the fixed effects) and cannot be estimated; remove \(terms.count == 1 ? "it" : "them") from the formula, or pass --on-collinear drop to drop \(terms.count == 1 ? "it" : "them") as R's lm does"
        case .textWeights(let column):
            return "the weights column '\(column)' is a text column; weights must be numeric and non-negative"
        case let .invalidWeight(column, row, value):
            return "weight '\(column)' at row \(row) is \(value): weights must be finite and non-negative; drop or fix that row (e.g. --where \"\(column) >= 0\")"
        case let .extremeMagnitude(variable, m):
            return MagnitudeGuard.message(variable, largestAbsolute: m)
        case .likelihoodModel(let e): return e.description
        case .familyOption(let message): return message
        case .panel(let e): return e.description
        case .invalidPanel(let text):
            return "--panel '\(text)' is not unit,time: write two column names separated by a comma, e.g. --panel iso3,year"
        case .panelRequired(let e):
            return "--estimator \(e.rawValue) needs a panel structure, and the data has no iso3 and year columns: pass --panel unit,time"
        case let .estimatorWithFixedEffects(e, fe):
            return "--estimator \(e.rawValue) cannot be combined with absorbed fixed effects ('| \(fe.joined(separator: " + "))'): remove them from the formula (a '| unit' means --estimator fe)"
        case .panelModel(let e): return e.description
        case .hausmanNeedsRandomEffects:
            return "--hausman compares fixed and random effects: use it with --estimator re"
        case .instrumental(let e): return e.description
        case .quantile(let e): return e.description
        case .unsupportedModel(let why): return why
        case .panelIndex(let m): return m
        case .panelCovariance(let e): return e.description
        case .bootstrap(let e): return e.description
        case .invalidOption(let m): return m
        case let .constantResponse(name, value, rows):
            return "the response '\(name)' is constant (\(shortestDecimalText(value)) on all \(rows) rows used): there is no variation to explain, so R², F and the t tests are undefined (R's lm fits it with the warning 'essentially perfect fit: summary may be unreliable'); check the variable and --where"
        case let .leverageOne(label, estimator):
            return "observation \(label) has leverage 1 (it alone determines a coefficient, e.g. the only row of a factor level), so \(estimator) is undefined: drop that observation (--where) or use hc0/hc1"
        }
    }
}
