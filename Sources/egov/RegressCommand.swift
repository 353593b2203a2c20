// `egov regress`: a linear model from a formula, with the covariance asked for.

import ArgumentParser
import EGovParadox
import Foundation

extension AbsorbedParameterRule: ExpressibleByArgument {}
extension CollinearPolicy: ExpressibleByArgument {}

/// `--cluster-adjustment`: the small-sample factor of cluster-robust standard errors.
enum ClusterAdjustmentOption: String, CaseIterable, ExpressibleByArgument {
    case cr1, cr0
    case gOnly = "g-only"

    var adjustment: ClusterAdjustment {
        switch self {
        case .cr1: return .cr1
        case .cr0: return .cr0
        case .gOnly: return .clusterOnly
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
    @Option(name: .long, help: "Cluster small-sample factor: cr1 (G/(G-1)·(N-1)/(N-K), Stata), cr0 (none), g-only (G/(G-1)).")
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
    @OptionGroup var format: FormatOption
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
        do { _ = try Formula.parse(formula) } catch { throw ValidationError("--formula: \(error.description)") }
        if let vcov {
            do { _ = try CovarianceChoice(parsing: vcov) } catch { throw ValidationError(error.description) }
        }
        if let condition {
            do { _ = try RowFilter.parse(condition) } catch { throw ValidationError("--where: \(error.description)") }
        }
        guard level > 0 && level < 1 else { throw ValidationError(RegressionAnalysisError.invalidLevel(level).description) }
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
        let spec: RegressionSpecification
        do {
            spec = RegressionSpecification(
                formula: try Formula.parse(formula), covariance: try vcov.map { v throws(RegressionAnalysisError) in try CovarianceChoice(parsing: v) },
                clusterAdjustment: clusterAdjustment.adjustment, absorbedParameters: feRule,
                filter: try condition.map { c throws(FilterError) in try RowFilter.parse(c) }, weights: weights, level: level, onCollinear: onCollinear,
                diagnostics: diagnostics)
        } catch {
            // validate() has checked these; kept for completeness.
            printError("\(error)")
            throw ExitCode(64)
        }
        let panel = try dataFile.load()
        let report: RegressionReport
        do {
            report = try RegressionAnalysis.run(spec, data: panel.table, dataSource: dataFile.data ?? "embedded panel")
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
        print(shown.rendered(as: format.format), terminator: "")
    }
}
