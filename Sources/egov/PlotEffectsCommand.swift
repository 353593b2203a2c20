// `egov plot effects`: marginal-effect and prediction plots of a regression.

import ArgumentParser
import EGovParadox
import Foundation

struct PlotEffects: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "effects",
        abstract: "Marginal-effect plot (conditional slope across a moderator) or prediction plot of a regression.",
        discussion: """
        Examples:
          egov plot effects --formula "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)" --where "year == 2022" \\
            --vcov hc1 --slopes egdi --by post_soviet --out slopes.pdf
          egov plot effects --formula "wgi_cc ~ egdi * log(gdppc_ppp)" --where "year == 2022" \\
            --slopes egdi --by gdppc_ppp --out slopes-gdp.pdf
          egov plot effects --formula "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)" --where "year == 2022" \\
            --predict egdi --by post_soviet --out predictions.pdf
        A factor or a moderator with at most five values gives points with error bars; a continuous one a line
        with its pointwise band. Other variables are held at their sample means (--at-medians for medians).
        """
    )

    @OptionGroup var dataFile: DataFileOption
    @Option(name: .long, help: "Model formula, as for egov regress.") var formula: String
    @Option(name: .customLong("where"), help: "Rows to use, e.g. \"year == 2022\".") var condition: String?
    @Option(name: .long, help: "Covariance: classical|hc0|hc1|hc2|hc3|hc4|robust|cluster(c) (default classical).") var vcov: String?
    @Option(name: .long, help: "Confidence level of the intervals (default 0.95).") var level: Double = 0.95
    @Option(name: .customLong("slopes"), help: "Draw the conditional slope of this raw variable across --by.") var slopeVariable: String?
    @Option(name: .customLong("predict"), help: "Draw predicted means over the range of this raw variable (one line per --by level).") var predictVariable: String?
    @Option(name: .customLong("by"), help: "The moderator (slopes: required; predictions: a factor or 0/1 variable, optional).") var by: String?
    @Flag(help: "Hold the other variables at their sample means (default) or medians.") var typicalValues: TypicalValuesFlag = .atMeans
    @Flag(name: .long, help: "Also print the figure caption on stdout.") var printCaption = false
    @OptionGroup var output: PlotOutputOptions
    @Option(name: .long, help: "Likelihood model: logit|probit|poisson (slopes averaged over the observations and predictions on the response scale, as egov regress --family).")
    var family: ModelFamily?
    @Option(name: .long, help: "Quantile regression at one τ (0 < τ < 1) instead of least squares; --vcov iid|nid (default nid).")
    var quantile: Double?

    func validate() throws {
        do { _ = try Formula.parse(formula) } catch { throw ValidationError("--formula: \(error.description)") }
        if let quantile {
            guard quantile > 0 && quantile < 1 else {
                throw ValidationError("--quantile \(quantile) is outside (0, 1): τ must be strictly between 0 and 1, e.g. 0.5 for the median")
            }
            if family != nil { throw ValidationError("--quantile and --family are different models: give one of them") }
            _ = try QuantileOptions.parse(quantile: [String(quantile)], vcov: vcov, reps: nil, seed: nil)
        } else if let vcov { do { _ = try CovarianceChoice(parsing: vcov) } catch { throw ValidationError(error.description) } }
        if let condition { do { _ = try RowFilter.parse(condition) } catch { throw ValidationError("--where: \(error.description)") } }
        guard level > 0 && level < 1 else { throw ValidationError(RegressionAnalysisError.invalidLevel(level).description) }
        switch (slopeVariable, predictVariable) {
        case (nil, nil): throw ValidationError("give --slopes VAR --by MOD (marginal-effect plot) or --predict VAR (prediction plot)")
        case (.some, .some): throw ValidationError("--slopes and --predict draw different plots: give one of them")
        case (.some, nil): if by == nil { throw ValidationError("--slopes needs --by MOD: the variable on the x axis") }
        default: break
        }
    }

    func run() throws {
        try output.checkOverwrite()
        var spec: RegressionSpecification
        do {
            spec = RegressionSpecification(
                formula: try Formula.parse(formula), covariance: try (quantile == nil ? vcov : nil).map { v throws(RegressionAnalysisError) in try CovarianceChoice(parsing: v) },
                filter: try condition.map { c throws(FilterError) in try RowFilter.parse(c) }, level: level)
        } catch {
            printError("\(error)")
            throw ExitCode(64)
        }
        spec.family = family
        if let quantile {
            spec.quantiles = [quantile]
            spec.quantileCovariance = try QuantileOptions.parse(quantile: [String(quantile)], vcov: vcov, reps: nil, seed: nil).covariance
        }
        let panel = try dataFile.load()
        let report: RegressionReport
        do { report = try RegressionAnalysis.run(spec, data: panel.table, dataSource: dataFile.data ?? "embedded panel") } catch {
            printError(error.description)
            throw ExitCode(error.isUsageError ? 64 : 1)
        }
        let typical: TypicalValues = typicalValues == .atMedians ? .medians : .means
        let figure: EffectFigure.Figure
        do {
            if let v = slopeVariable, let by {
                figure = try EffectFigure.slopes(report, variable: v, moderator: by, size: output.size, typical: typical)
            } else {
                figure = try EffectFigure.predictions(report, variable: predictVariable ?? "", by: by, size: output.size, typical: typical)
            }
        } catch {
            printError(error.description)
            throw ExitCode(error.isUsageError ? 64 : 1)
        }
        var chart = figure.chart
        if let t = output.title { chart.title = RichText(t) }
        try output.write(chart, warnings: [])
        if printCaption { print(figure.caption) }
    }
}
