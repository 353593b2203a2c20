// `panel.regress("y ~ x", ...)`: one call from a loaded panel to a regression report.

import Modeling
import PanelData
import Stats

extension PanelDataset {
    /// Fits a linear model to this panel, as `egov regress` does, and returns the report
    /// (render it with ``RegressionReport/text()`` or ``RegressionReport/rendered(as:)``).
    ///
    /// The R analogue is `coeftest(lm(formula, subset(data, where)), vcov = vcovHC(type = "HC1"))`;
    /// in Stata, `regress y x if where, vce(robust)`. Each step is reported in the result,
    /// never silent: the `where` selection, listwise deletion over the formula's variables
    /// (and cluster variables), collinear terms dropped as R's `lm` does.
    ///
    /// ```swift
    /// let panel = try PanelDataset.load()
    /// let fit = try panel.regress("wgi_cc ~ egdi + log(gdppc_ppp)", where: "year == 2022", vcov: .hc1)
    /// print(fit.text())
    /// ```
    ///
    /// - Parameters:
    ///   - formula: R / fixest syntax, e.g. `"wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year"`
    ///     (see ``/Modeling/Formula/parse(_:)``).
    ///   - condition: rows to use, e.g. `"year == 2022"` (see ``/Modeling/RowFilter/parse(_:)``); nil: all rows.
    ///   - vcov: the covariance of the estimates; nil: classical (iid), as R's `lm`.
    ///     ``CovarianceChoice/hc1`` is Stata's `robust` (White 1980 with the n/(n − k)
    ///     factor of MacKinnon & White 1985); ``CovarianceChoice/cluster(_:)`` is CR1,
    ///     G/(G−1)·(N−1)/(N−K), with p-values from t(G − 1).
    ///   - level: confidence level of the intervals, strictly between 0 and 1.
    /// - Throws: ``RegressionAnalysisError``: an unparsable formula or condition, an unknown
    ///   variable (with the nearest names), too few rows, a failed fit.
    public func regress(
        _ formula: String, where condition: String? = nil, vcov: CovarianceChoice? = nil, level: Double = 0.95
    ) throws(RegressionAnalysisError) -> RegressionReport {
        let parsed: Formula
        do { parsed = try Formula.parse(formula) } catch { throw .formula(error) }
        var filter: RowFilter? = nil
        if let condition {
            do { filter = try RowFilter.parse(condition) } catch { throw .filter(error) }
        }
        let spec = RegressionSpecification(formula: parsed, covariance: vcov, filter: filter, level: level)
        return try RegressionAnalysis.run(spec, data: table, dataSource: table.sourceName ?? "data")
    }
}
