// `panel.fit("y ~ x", family: .logit)`: one call from a loaded panel to a GLM or ordered model.

import Modeling
import PanelData
import Stats

extension PanelDataset {
    /// Fits a likelihood model (logit, probit, Poisson, ordered logit/probit) to this
    /// panel, as `egov regress --family` does, and returns the report (render it with
    /// ``RegressionReport/text()`` or ``RegressionReport/rendered(as:)``; the GLM or
    /// ordered-model statistics are in ``RegressionReport/likelihood``).
    ///
    /// ```swift
    /// let panel = try PanelDataset.load()
    /// let logit = try panel.fit("I(fh_status == \"F\") ~ egdi + log(gdppc_ppp)", family: .logit,
    ///                           where: "year == 2022", margins: true)
    /// let ologit = try panel.fit("fh_status ~ egdi + log(gdppc_ppp)", family: .orderedLogit,
    ///                            where: "year == 2022", levels: ["NF", "PF", "F"])
    /// ```
    ///
    /// - Parameters:
    ///   - formula: R syntax; a 0/1 outcome for logit/probit may be a comparison, `I(fh_status == "F")`.
    ///   - family: the model (see ``ModelFamily``).
    ///   - condition: rows to use, e.g. `"year == 2022"`; nil: all rows.
    ///   - vcov: nil or ``CovarianceChoice/classical`` (inverse information), ``CovarianceChoice/hc0``,
    ///     ``CovarianceChoice/hc1`` or ``CovarianceChoice/cluster(_:)`` (CR1) for the GLMs; the ordered models take only the classical one.
    ///   - margins: also compute average marginal effects with delta-method standard errors.
    ///   - levels: the order of a text outcome's levels for the ordered models, lowest first.
    ///   - information: expected (R's glm) or observed (Stata's probit) information for GLM standard errors.
    ///   - level: confidence level of the intervals.
    /// - Throws: ``RegressionAnalysisError``: separation, a non-binary outcome, an unknown level, ...
    public func fit(
        _ formula: String, family: ModelFamily, where condition: String? = nil, vcov: CovarianceChoice? = nil,
        margins: Bool = false, levels: [String]? = nil, information: GLMInformation = .expected, level: Double = 0.95
    ) throws(RegressionAnalysisError) -> RegressionReport {
        let parsed: Formula
        do { parsed = try Formula.parse(formula) } catch { throw .formula(error) }
        var filter: RowFilter? = nil
        if let condition {
            do { filter = try RowFilter.parse(condition) } catch { throw .filter(error) }
        }
        var spec = RegressionSpecification(formula: parsed, covariance: vcov, filter: filter, level: level)
        spec.family = family
        spec.likelihoodOptions = LikelihoodOptions(margins: margins, levels: levels, information: information)
        return try LikelihoodAnalysis.run(spec, data: table, dataSource: table.sourceName ?? "data")
    }
}
