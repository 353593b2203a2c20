// `egov regress`: a linear model from a formula, with the covariance asked for.

import ArgumentParser
import EGovParadox
import Foundation

extension AbsorbedParameterRule: ExpressibleByArgument {}
extension CollinearPolicy: ExpressibleByArgument {}
extension ModelFamily: ExpressibleByArgument {}
extension GLMInformation: ExpressibleByArgument {}
extension PanelEstimator: ExpressibleByArgument {}

/// `--cluster-adjustment`: the small-sample factor of cluster-robust standard errors.
enum ClusterAdjustmentOption: String, CaseIterable, ExpressibleByArgument {
    case cr1, cr0
    case gOnly = "g-only"
    /// fixest's default for two-way clustering: CR1 with G_min in every term, t(G_min − 1).
    case min

    var adjustment: ClusterAdjustment {
        switch self {
        case .cr1: return .cr1
        case .cr0: return .cr0
        case .gOnly: return .clusterOnly
        case .min: return .cr1
        }
    }
}

/// `--at-means` / `--at-medians`.
enum TypicalValuesFlag: String, EnumerableFlag {
    case atMeans, atMedians
}

struct RegressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Fit a linear model (OLS/WLS, fixed effects) and print R-like results or the JSON contract.",
        discussion: """
        Formula syntax as R / fixest: y ~ x1 + log(x2) + I(x3^2) + a*b, y ~ 0 + x (no intercept), \
        text columns and factor(x) as factors, `| fe1 + fe2` absorbs fixed effects. \
        Standard errors are classical (R's lm) unless --vcov says otherwise; rows with a missing value \
        in any variable used (including cluster and weights columns) are dropped and reported.
        """
    )

    @OptionGroup var dataFile: DataFileOption
    @Option(name: .long, help: "Model formula, e.g. \"wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year\".")
    var formula: String
    @Option(name: .long, help: "Covariance: classical|hc0|hc1|hc2|hc3|hc4|robust|cluster(c)|cluster(c1,c2) (default classical).")
    var vcov: String?
    @Option(name: .long, help: "Cluster small-sample factor: cr1 (G/(G-1)·(N-1)/(N-K), Stata), cr0 (none), g-only (G/(G-1)), min (two-way: G_min in every term, t(G_min-1), fixest's default).")
    var clusterAdjustment: ClusterAdjustmentOption = .cr1
    @Option(name: .long, help: "How absorbed fixed effects count in the cluster K: nested (fixest, xtreg), full (areg), none.")
    var feRule: AbsorbedParameterRule = .nested
    @Option(name: .customLong("where"), help: "Rows to use, e.g. \"year == 2018\" or \"iso3 %in% c('KAZ', 'EST')\".")
    var condition: String?
    @Option(name: .long, help: "Column of non-negative regression weights (weighted least squares).")
    var weights: String?
    @Option(name: .long, help: "Confidence level of the intervals (default 0.95).")
    var level: Double = 0.95
    @Option(name: .long, help: "Collinear terms: drop them as R's lm does, or stop with an error.")
    var onCollinear: CollinearPolicy = .drop
    @Flag(name: .long, help: "Also print diagnostics: VIF, Breusch-Pagan, Jarque-Bera, Durbin-Watson, influential observations.")
    var diagnostics = false
    @Option(name: .long, help: "Likelihood model instead of least squares: logit|probit|poisson (IRLS) or ordered-logit|ordered-probit (R's polr).")
    var family: ModelFamily?
    @Flag(name: .long, help: "With --family: average marginal effects with delta-method standard errors (Stata margins, dydx(*)).")
    var margins = false
    @Option(name: .long, help: "With an ordered --family: the outcome's levels, lowest first, e.g. \"NF,PF,F\".")
    var levels: String?
    @Option(name: .long, help: "With a GLM --family: information for the standard errors, expected (R's glm, default) or observed (Stata's probit).")
    var information: GLMInformation = .expected
    @Option(name: .long, help: "With --family: most iterations before giving up (default 100).")
    var maxIterations: Int = 100
    @Option(name: .long, help: "Panel unit and time columns, e.g. iso3,year (default iso3,year when both exist); used by l()/f()/d() and --estimator.")
    var panel: String?
    @Option(name: .long, help: "Panel estimator: ols (pooled), fe (within), re (random effects, Swamy–Arora), fd (first differences), between (unit means).")
    var estimator: PanelEstimator = .pooled
    @Flag(name: .long, help: "With --estimator re: Hausman tests of FE against RE (plm::phtest, and a cluster-robust Mundlak version).")
    var hausman = false
    @OptionGroup var format: FormatOption
    @Option(name: .long, help: "Quantile regression at τ (0 < τ < 1); several as 0.25,0.5,0.75, each its own fit. --vcov iid|nid|boot (default nid).")
    var quantile: [String] = []
    @Option(name: .long, parsing: .unconditional, help: "Bootstrap replications: the wild bootstrap's B (default 9999; all 2^G sign vectors when 2^G <= B), or --quantile with --vcov boot.")
    var reps: Int?
    @Option(name: .long, help: "Random seed of the bootstrap (Xoshiro256**; default 1).")
    var seed: UInt64?
    @OptionGroup var output: TableOutputOption
    @Option(name: .long, help: "Fixed-effect singletons: drop (default, as Stata reghdfe) or keep (R fixest's default).")
    var singletons: SingletonPolicy = .drop
    @Option(name: .long, help: "Small-cluster inference: wild = restricted wild cluster bootstrap of each coefficient, clusters from --vcov cluster(c).")
    var bootstrap: RegressBootstrapKind?
    @Option(name: .long, help: "Wild bootstrap weights rademacher|webb|mammen (default rademacher); with --bootstrap, --weights rademacher|webb|mammen means the same.")
    var bootstrapWeights: WildBootstrapWeights?
    @Option(name: .long, help: "Coefficients to bootstrap, comma-separated (default: all but the intercept).")
    var bootstrapTerms: String?

    /// `--weights rademacher|webb|mammen` with `--bootstrap wild` names the bootstrap weights (DESIGN.md §6), not a column.
    var bootstrapWeightsFromWeights: WildBootstrapWeights? {
        guard bootstrap != nil, let w = weights else { return nil }
        return WildBootstrapWeights(rawValue: w.lowercased())
    }
    @Option(name: .customLong("test"), help: ArgumentHelp("Joint Wald test of linear restrictions, e.g. \"egdi = 0; egdi:post_soviet = 0\" (repeatable; F(q, df) with the chosen covariance).", valueName: "restrictions"))
    var tests: [String] = []
    @Option(name: .customLong("lincom"), help: ArgumentHelp("Linear combination of coefficients with SE, e.g. \"egdi + egdi:post_soviet\" (repeatable).", valueName: "expression"))
    var lincoms: [String] = []
    @Option(name: .customLong("slopes"), help: ArgumentHelp("Conditional slope dE[y]/dVAR of a raw variable, through every term it enters (delta-method SEs).", valueName: "variable"))
    var slopeVariable: String?
    @Option(name: .customLong("by"), help: ArgumentHelp("Moderator of --slopes: slopes at each level (factor, 0/1) or at its quartiles.", valueName: "variable"))
    var slopeBy: String?
    @Option(name: .customLong("at"), help: ArgumentHelp("Values for --slopes, crossed, e.g. \"gdppc_ppp=5000,20000\".", valueName: "grid"))
    var slopeAt: String?
    @Option(name: .customLong("predict"), help: ArgumentHelp("Fitted means with CIs on a crossed grid, e.g. \"egdi=0.5,0.9; gdppc_ppp=20000\".", valueName: "grid"))
    var predictGrid: String?
    @Flag(help: "Where --slopes and --predict hold the variables not set: sample means (default) or medians of the raw variables.")
    var typicalValues: TypicalValuesFlag = .atMeans

    func validate() throws {
        if let reps, reps < 1 {
            throw ValidationError("--reps \(reps): the number of bootstrap replications must be at least 1 (9999 is usual for publication).")
        }
        if let reps { try Self.checkMemory(reps, option: "--reps", bytesEach: 5 * MemoryLayout<Double>.size) }
        if bootstrap == nil, bootstrapWeights != nil || bootstrapTerms != nil {
            throw ValidationError("--bootstrap-weights and --bootstrap-terms need --bootstrap wild.")
        }
        do { _ = try Formula.parse(formula) } catch { throw ValidationError("--formula: \(error.description)") }
        if !quantile.isEmpty {
            _ = try QuantileOptions.parse(quantile: quantile, vcov: vcov, reps: reps, seed: seed)
        } else if let vcov {
            do { _ = try CovarianceChoice(parsing: vcov) } catch { throw ValidationError(error.description) }
        }
        if let condition {
            do { _ = try RowFilter.parse(condition) } catch { throw ValidationError("--where: \(error.description)") }
        }
        guard level > 0 && level < 1 else { throw ValidationError(RegressionAnalysisError.invalidLevel(level).description) }
        try validateFamilyOptions()
        if let panel {
            do { _ = try PanelColumns(parsing: panel) } catch { throw ValidationError(error.description) }
        }
        if hausman && estimator != .randomEffects { throw ValidationError(RegressionAnalysisError.hausmanNeedsRandomEffects.description) }
        _ = try postEstimationRequest()
    }

    /// The --test/--lincom/--slopes/--by/--at/--predict options as a request (validation errors exit 64).
    func postEstimationRequest() throws -> PostEstimationRequest {
        if slopeVariable == nil, slopeBy != nil || slopeAt != nil {
            throw ValidationError("--by and --at need --slopes VAR (the variable whose conditional slope is wanted)")
        }
        do {
            return PostEstimationRequest(
                tests: tests, linearCombinations: lincoms, slopeVariable: slopeVariable, slopeBy: slopeBy,
                slopeAt: try slopeAt.map { t throws(PostEstimationError) in try PostEstimationRequest.parseGrid(t, option: "--at") } ?? [],
                predictionGrid: try predictGrid.map { t throws(PostEstimationError) in try PostEstimationRequest.parseGrid(t, option: "--predict") },
                typicalValues: typicalValues == .atMedians ? .medians : .means)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        var spec: RegressionSpecification
        do {
            spec = RegressionSpecification(
                formula: try Formula.parse(formula), covariance: try (quantile.isEmpty ? vcov : nil).map { v throws(RegressionAnalysisError) in try CovarianceChoice(parsing: v) },
                clusterAdjustment: clusterAdjustment.adjustment, absorbedParameters: feRule,
                filter: try condition.map { c throws(FilterError) in try RowFilter.parse(c) },
                weights: bootstrapWeightsFromWeights == nil ? weights : nil, level: level, onCollinear: onCollinear,
                diagnostics: diagnostics)
            spec.panel = try panel.map { p throws(RegressionAnalysisError) in try PanelColumns(parsing: p) }
            // The panel covariances (Driscoll–Kraay, PCSE, Newey–West) read unit and time from --panel too.
            if let p = spec.panel { spec.panelIndex = PanelIndexColumns(unit: p.unit, time: p.time) }
            spec.estimator = estimator
            spec.hausman = hausman
        } catch {
            // validate() has checked these; kept for completeness.
            printError("\(error)")
            throw ExitCode(64)
        }
        try output.checkBeforeWork()
        spec.twoWayGroupCount = clusterAdjustment == .min ? .minimum : .eachTerm
        spec.singletons = singletons
        if bootstrap == .wild {
            let terms = bootstrapTerms.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } } ?? []
            spec.bootstrap = WildBootstrapRequest(
                terms: terms, replications: reps ?? 9_999, weights: bootstrapWeights ?? bootstrapWeightsFromWeights ?? .rademacher, seed: seed ?? 1)
        }
        var fullSpec = spec
        fullSpec.family = family
        fullSpec.likelihoodOptions = likelihoodOptions
        let dataset = try dataFile.load()
        if !quantile.isEmpty {
            try runQuantiles(fullSpec, panel: dataset)
            return
        }
        let report: RegressionReport
        do {
            report = try RegressionAnalysis.run(fullSpec, data: dataset.table, dataSource: dataFile.data ?? "embedded panel")
        } catch {
            printError(error.description)
            throw ExitCode(error.isUsageError ? 64 : 1)
        }
        var shown = report
        let request = try postEstimationRequest()
        if !request.isEmpty {
            do { shown = try report.postEstimated(request) } catch {
                printError(error.description)
                throw ExitCode(error.isUsageError ? 64 : 1)
            }
        }
        try output.emit(shown.rendered(as: format.format))
    }
}
