// Marginal-effect and prediction plots of a fitted regression (Stata marginsplot,
// R marginaleffects::plot_slopes / plot_predictions).

import Modeling
import PanelData
import Plot
import Stats

/// Effect plots from a fitted ``RegressionReport``, drawn with the fit's own
/// covariance and reference distribution:
///
/// - the conditional slope ∂E[y]/∂x across a moderator (Brambor, Clark & Golder
///   2006, "Understanding interaction models", *Political Analysis* 14(1)): at
///   each level of a factor or of a moderator with at most five values, a point
///   with its confidence interval; for a continuous moderator, a line over a grid
///   from its minimum to its maximum with the pointwise band, and a dashed zero line;
/// - predictions E[y | x] over the range of x, one line and band per level of an
///   optional factor.
///
/// Variables not shown are held at their sample means (raw variable, then
/// transformed), factors at their most frequent level, as ``RegressionReport/slopes(of:by:at:typical:)``.
public enum EffectFigure {
    /// A chart and its caption (conventions, N, SE type).
    public struct Figure: Sendable {
        /// The chart to build and render.
        public let chart: Chart
        /// A caption for the text (the figure itself carries no title).
        public let caption: String
    }

    /// An axis title: the panel's label of a known variable (`post_soviet` → "Post-Soviet state"), else the name.
    static func axisLabel(_ name: String) -> String { PanelVariables.variable(named: name)?.label ?? name }

    /// Points of a continuous grid.
    public static let gridPoints = 60

    /// The marginal-effect plot of `variable` across `moderator`.
    /// - Parameters:
    ///   - report: a fitted regression (from ``RegressionAnalysis/run(_:data:dataSource:)``).
    ///   - variable: the raw variable whose slope is drawn.
    ///   - moderator: the raw variable on the x axis.
    ///   - size: the figure size.
    ///   - typical: where the other variables are held.
    /// - Throws: ``PostEstimationError``.
    public static func slopes(
        _ report: RegressionReport, variable: String, moderator: String, size: FigureSize = .singleColumn,
        typical: TypicalValues = .means
    ) throws(PostEstimationError) -> Figure {
        guard let layout = report.designLayout else { throw .noDesign }
        let pct = FigureStyle.percent(report.result.level)
        let response = layout.formula.response.rDescription
        // Short enough for an 85 mm panel; the caption names the response and the variable in full.
        let yTitle = RichText("Marginal effect of \(variable) (\(pct) CI)")
        let zero = Layer.reference(ReferenceLineMark(.horizontal(y: 0), stroke: Stroke(color: Color(hex: 0x666666), width: 0.5, dash: [3, 2])))
        let chart: Chart
        if let levels = discreteLevels(moderator, layout: layout) {
            let s = try report.slopes(of: variable, by: moderator, at: [(moderator, levels)], typical: typical)
            let names = levels.map(\.description)
            let mark = IntervalMark(orientation: .vertical, position: names.map { .category($0) },
                                    lower: s.map(\.inference.confidenceLow), upper: s.map(\.inference.confidenceHigh),
                                    estimate: s.map(\.inference.estimate), capWidth: 4, lineWidth: 0.75, pointSize: 2.2)
            chart = Chart(size: size, theme: FigureStyle.theme,
                          x: Axis(RichText(axisLabel(moderator)), scale: .categorical(CategoricalScale(levels: names))),
                          y: Axis(yTitle), layers: [zero, .intervals(mark)])
        } else {
            let grid = try continuousGrid(moderator, layout: layout)
            let s = try report.slopes(of: variable, at: [(moderator, grid.values.map { .number($0) })], typical: typical)
            let band = RibbonMark(x: grid.values, lower: s.map(\.inference.confidenceLow), upper: s.map(\.inference.confidenceHigh),
                                  color: Color(hex: 0x0072B2), alpha: 0.25)
            let line = LinesMark(series: [LineSeries(x: grid.values, y: s.map(\.inference.estimate), color: Color(hex: 0x0072B2))])
            chart = Chart(size: size, theme: FigureStyle.theme, x: Axis(RichText(axisLabel(moderator)), scale: grid.isLog ? .log10 : nil), y: Axis(yTitle),
                          layers: [zero, .ribbon(band), .lines(line)])
        }
        return Figure(chart: chart, caption: caption(report, what: "Conditional slope \u{2202}\(report.slopeTarget)[\(response)]/\u{2202}\(variable) across \(moderator)", pct: pct, typical: typical))
    }

    /// The prediction plot: E[y] over the range of `variable`, one line per level of `by`.
    /// - Parameters:
    ///   - report: a fitted regression.
    ///   - variable: the raw variable on the x axis.
    ///   - by: a factor or few-valued moderator (one line and band each), or nil.
    ///   - size: the figure size.
    ///   - typical: where the other variables are held.
    /// - Throws: ``PostEstimationError``.
    public static func predictions(
        _ report: RegressionReport, variable: String, by: String? = nil, size: FigureSize = .singleColumn,
        typical: TypicalValues = .means
    ) throws(PostEstimationError) -> Figure {
        guard let layout = report.designLayout else { throw .noDesign }
        let pct = FigureStyle.percent(report.result.level)
        let response = layout.formula.response.rDescription
        let grid = try continuousGrid(variable, layout: layout)
        var levels: [PointValue?] = [nil]
        if let by {
            guard let l = discreteLevels(by, layout: layout) else {
                throw .design(option: "--by", .notInModel(variable: by, modelVariables: layout.variables.filter { discreteLevels($0, layout: layout) != nil }, suggestions: []))
            }
            levels = l
        }
        var layers: [Layer] = []
        var series: [LineSeries] = []
        var groupNames: [String] = []
        for level in levels {
            var g: [(String, [PointValue])] = []
            if let by, let level { g.append((by, [level])) }
            g.append((variable, grid.values.map { .number($0) }))
            let p = try report.predict(g, typical: typical)
            let name = level.map { "\(by ?? "") = \($0)" }
            if let name { groupNames.append(name) }
            layers.append(.ribbon(RibbonMark(x: grid.values, lower: p.map(\.inference.confidenceLow), upper: p.map(\.inference.confidenceHigh),
                                             group: name, color: name == nil ? Color(hex: 0x0072B2) : nil, alpha: 0.2)))
            series.append(LineSeries(x: grid.values, y: p.map(\.inference.estimate), group: name, color: name == nil ? Color(hex: 0x0072B2) : nil))
        }
        layers.append(.lines(LinesMark(series: series)))
        let chart = Chart(size: size, theme: FigureStyle.theme, x: Axis(RichText(variable), scale: grid.isLog ? .log10 : nil),
                          y: Axis(RichText("Predicted \(response) (\(pct) CI)")),
                          groups: GroupScale(levels: groupNames.isEmpty ? nil : groupNames), layers: layers)
        var what = "Predicted mean of \(response) over \(variable)"
        if let by { what += " by \(by)" }
        if !layout.formula.fixedEffects.isEmpty { what += " (fixed effects omitted: only differences along the line are meaningful)" }
        return Figure(chart: chart, caption: caption(report, what: what, pct: pct, typical: typical))
    }

    /// Levels of a factor, or the values of a numeric variable with at most five of them.
    static func discreteLevels(_ name: String, layout: DesignLayout) -> [PointValue]? {
        switch layout.summaries[name] {
        case .factor(let levels, _)?: return levels.map { .level($0) }
        case let .numeric(_, _, _, _, _, distinct)?:
            if let d = distinct, d.count <= 5 { return d.map { .number($0) } }
            return nil
        case nil: return nil
        }
    }

    /// An evenly spaced grid from the minimum to the maximum of a numeric variable; on a
    /// logarithmic scale (and log-spaced) when the variable is positive and spans at least a
    /// factor of 20 (incomes, populations), so the curve is resolved where the data are.
    static func continuousGrid(_ name: String, layout: DesignLayout) throws(PostEstimationError) -> (values: [Double], isLog: Bool) {
        guard case let .numeric(_, _, lo, hi, _, _)? = layout.summaries[name] else {
            if layout.variables.contains(name) { throw .design(option: "--by", .notNumeric(variable: name)) }
            throw .design(option: "--by", .notInModel(variable: name, modelVariables: layout.variables,
                                                      suggestions: nearestNames(to: name, in: layout.variables)))
        }
        guard hi > lo else { return ([lo], false) }
        let steps = Double(gridPoints - 1)
        if lo > 0, hi / lo >= 20 {
            let a = Foundation.log(lo), b = Foundation.log(hi)
            var v = (0..<gridPoints).map { Foundation.exp(a + (b - a) * Double($0) / steps) }
            v[0] = lo
            v[gridPoints - 1] = hi
            return (v, true)
        }
        return ((0..<gridPoints).map { lo + (hi - lo) * Double($0) / steps }, false)
    }

    static func caption(_ report: RegressionReport, what: String, pct: String, typical: TypicalValues) -> String {
        let r = report.result
        let ref: String
        switch report.inferenceReference {
        case .studentT(let df): ref = "t(\(df))"
        case .normal: ref = "normal"
        }
        return "\(what), with pointwise \(pct) confidence intervals (delta method, \(r.covarianceLabel) covariance, \(ref)). "
            + "Model: \(report.formula)" + (report.filter.map { ", \($0)" } ?? "") + "; N = \(r.observations). "
            + heldValuesSentence(report, slopes: what.hasPrefix("Conditional slope"), typical: typical)
    }

    /// Where the other variables are: held at typical values, or (GLM slopes) averaged over the observations.
    static func heldValuesSentence(_ report: RegressionReport, slopes: Bool, typical: TypicalValues) -> String {
        let held = "Other variables at their sample \(typical == .medians ? "medians" : "means") (raw variable, then transformed); factors at their most frequent level."
        guard let link = report.glmInverseLink else { return held }
        let scale = link.family == .poisson ? "expected-count" : "probability"
        if slopes {
            return "Slopes on the \(scale) scale averaged over the observations: within each level of a discrete moderator (Stata margins, dydx() over()), a continuous moderator set to each value for every observation (margins at())."
        }
        return held + " Predictions on the \(scale) scale; intervals built on the link scale and transformed."
    }
}

import Foundation
import PanelData
