import Modeling
import Stats

/// A row of the data that the regression did not use, and why.
public struct RegressionDroppedRow: Sendable, Equatable, Codable {
    /// Why a row was not used.
    public enum Reason: String, Sendable, Equatable, Codable {
        /// Listwise deletion: a variable the model uses is missing.
        case missing
        /// Alone in its fixed-effect group (fitted perfectly; fixest and reghdfe drop it).
        case singleton
        /// Zero regression weight (does not count, as in R's `lm`).
        case zeroWeight = "zero_weight"
    }
    /// 0-based index of the row in the data.
    public let rowIndex: Int
    /// `KAZ 2003` when the data has `iso3` and `year` columns, else `row 5` (1-based).
    public let label: String
    /// Why it was not used.
    public let reason: Reason
    /// The missing variables (for `.missing`).
    public let variables: [String]

    /// A dropped row.
    public init(rowIndex: Int, label: String, reason: Reason, variables: [String] = []) {
        self.rowIndex = rowIndex
        self.label = label
        self.reason = reason
        self.variables = variables
    }
}

/// A fitted regression with what a reader needs to trust it: the formula, the
/// data and rows used, the covariance convention in words. Renders as R-like
/// text, the JSON of the CLI contract, and CSV/Markdown/LaTeX tables.
public struct RegressionReport: Sendable, Equatable {
    /// The formula in canonical form (`Formula.description`).
    public let formula: String
    /// Where the data came from ("embedded panel", a file name), for the text output.
    public var dataSource: String
    /// The `--where` condition, if any.
    public let filter: String?
    /// What was asked for: formula, covariance, filter, level, options.
    public let specification: RegressionSpecification
    /// The fit: coefficients, standard errors, tests, fit statistics (see ``/Stats/RegressionResult``).
    public let result: RegressionResult
    /// Rows considered (after `--where`).
    public let rowsConsidered: Int
    /// Rows considered but not used, in data order.
    public let droppedRows: [RegressionDroppedRow]
    /// Min, 1st quartile, median, 3rd quartile, max of the (√w-weighted)
    /// residuals (R type 7 quantiles), or `nil` with five or fewer observations.
    public let residualQuantiles: [Double]?
    /// Whether the fit needed double-double arithmetic (an ill-conditioned design).
    public let solvedInDoubleDouble: Bool
    /// Weights column, if any.
    public let weights: String?
    /// Diagnostics, when asked for and computable.
    public let diagnostics: RegressionDiagnosticsReport?
    /// Why the diagnostics asked for were not computed.
    public let diagnosticsUnavailable: String?
    /// The likelihood statistics of a GLM or ordered model (`--family`); nil for least squares.
    public var likelihood: LikelihoodDetails? = nil
    /// Panel estimator, variance components and Hausman tests (`--estimator`, `--panel`, `--hausman`).
    public var panel: PanelReport? = nil
    /// The instrument diagnostics of a 2SLS fit (nil for other estimators).
    public var instrumental: InstrumentalVariablesResult? = nil
    /// The quantile-regression details (τ, covariance kind, uniqueness; nil for other estimators).
    public var quantile: QuantileRegressionResult? = nil
    /// Notes of the analysis beyond the fit's own (rows removed by cluster or
    /// weight variables, few clusters, singletons, the bootstrap's conventions).
    public var analysisNotes: [String] = []
    /// Wild cluster bootstrap results, one per coefficient asked for (`--bootstrap wild`).
    public var bootstrap: [WildBootstrapResult] = []
    /// The layout of the design, for slopes and predictions (set by ``RegressionAnalysis/run(_:data:dataSource:)``).
    public var designLayout: DesignLayout? = nil
    /// Post-estimation results rendered with the report (`--test`, `--lincom`, `--slopes`, `--predict`).
    public var postEstimation: PostEstimationResults? = nil
    /// The raw values of the model's variables on the estimation rows, for slopes averaged
    /// over the sample (GLMs); set by ``LikelihoodAnalysis/run(_:data:dataSource:)``.
    public var estimationSample: EstimationSample? = nil

    /// A report from its parts (``RegressionAnalysis/run(_:data:dataSource:)`` builds these).
    public init(
        formula: String, dataSource: String, filter: String?, specification: RegressionSpecification,
        result: RegressionResult, rowsConsidered: Int, droppedRows: [RegressionDroppedRow],
        residualQuantiles: [Double]?, solvedInDoubleDouble: Bool, weights: String?,
        diagnostics: RegressionDiagnosticsReport? = nil, diagnosticsUnavailable: String? = nil
    ) {
        self.formula = formula
        self.dataSource = dataSource
        self.filter = filter
        self.specification = specification
        self.result = result
        self.rowsConsidered = rowsConsidered
        self.droppedRows = droppedRows
        self.residualQuantiles = residualQuantiles
        self.solvedInDoubleDouble = solvedInDoubleDouble
        self.weights = weights
        self.diagnostics = diagnostics
        self.diagnosticsUnavailable = diagnosticsUnavailable
    }

    /// Rows considered minus rows used.
    public var observationsDropped: Int { rowsConsidered - result.observations }
}
