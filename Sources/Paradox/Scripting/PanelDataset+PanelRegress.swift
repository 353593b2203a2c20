// `panel.regress("y ~ x", estimator: .randomEffects)`: the panel estimators in one call.

import Modeling
import PanelData
import Stats

extension PanelDataset {
    /// Fits a panel model to this panel, as `egov regress --estimator` does.
    ///
    /// ```swift
    /// let panel = try PanelDataset.load()
    /// let re = try panel.regress("wgi_cc ~ egdi + log(gdppc_ppp)", estimator: .randomEffects, hausman: true)
    /// print(re.text())
    /// print(re.panel?.hausman?.pValue ?? .nan)
    /// ```
    ///
    /// The R analogue is `plm(formula, data, index = c("iso3", "year"), model = "random")`
    /// (`"within"`, `"fd"`, `"between"`, `"pooling"`); in Stata, `xtreg y x, re` (`fe`, `be`)
    /// and `regress D.y D.x`. The formula may use `l(x, k)`, `f(x, k)` and `d(x, k)`.
    ///
    /// - Parameters:
    ///   - formula: R / fixest syntax (see ``/Modeling/Formula/parse(_:)``); with
    ///     `estimator` other than `.pooled` and `.fixedEffects`, no `| fixed effects`.
    ///   - condition: rows to use, e.g. `"year >= 2010"`; lags are computed before it.
    ///   - vcov: the covariance; nil: classical. With `.randomEffects` it is computed on
    ///     the quasi-demeaned regression (plm's `vcovHC` conventions).
    ///   - level: confidence level of the intervals, strictly between 0 and 1.
    ///   - estimator: ``/Stats/PanelEstimator``: pooled OLS, within, random effects, first differences, between.
    ///   - panel: unit and time columns; nil: `iso3` and `year`.
    ///   - hausman: with `.randomEffects`, also the Hausman tests (``PanelReport/hausman``).
    /// - Throws: ``RegressionAnalysisError``.
    public func regress(
        _ formula: String, where condition: String? = nil, vcov: CovarianceChoice? = nil, level: Double = 0.95,
        estimator: PanelEstimator, panel: PanelColumns? = nil, hausman: Bool = false
    ) throws(RegressionAnalysisError) -> RegressionReport {
        let parsed: Formula
        do { parsed = try Formula.parse(formula) } catch { throw .formula(error) }
        var filter: RowFilter? = nil
        if let condition {
            do { filter = try RowFilter.parse(condition) } catch { throw .filter(error) }
        }
        var spec = RegressionSpecification(formula: parsed, covariance: vcov, filter: filter, level: level)
        spec.panel = panel
        spec.estimator = estimator
        spec.hausman = hausman
        return try RegressionAnalysis.run(spec, data: table, dataSource: table.sourceName ?? "data")
    }
}
