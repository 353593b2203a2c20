// The regression tables of the report: cross-section (HC1), two-way fixed effects
// (clustered), pooled vs between vs within, and the group slope test.

import Foundation
import Stats

/// Display labels of the report's regression terms.
public enum ReportTerms {
    public static let labels: [RegressionTable.TermLabel] = [
        .init("egdi", "EGDI"),
        .init("egdi:post_soviet", "EGDI \u{00D7} post-Soviet"),
        .init("log_gdppc", "log GDP per capita (PPP)"),
        .init("post_soviet", "Post-Soviet"),
        .init("(Intercept)", "Constant"),
    ]
    public static let fixedEffects: [RegressionTable.FixedEffectRow] = [
        .init(key: "iso3", label: "Country FE"),
        .init(key: "edition", label: "Year (edition) FE"),
    ]
}

/// One fitted model of the report: the table column and the facts its caption states.
public struct ReportModel: Sendable, Equatable {
    public var column: RegressionTable.Model
    public var editions: [Int]
    public var notes: [String]
}

extension ParadoxPanel {
    private func fitModel(_ what: String, columns: [[Double]], names: [String], y: [Double], intercept: Bool,
                          fixedEffects: FixedEffects? = nil, covariance: CovarianceEstimator) throws(ParadoxError) -> RegressionResult {
        guard let x = Matrix(columns: columns) else { throw .fit(what: what, reason: "could not build the design matrix") }
        do {
            return try LinearModel(design: x, response: y, termNames: names, hasIntercept: intercept, fixedEffects: fixedEffects)
                .fit(covariance: covariance)
        } catch {
            throw .fit(what: what, reason: error.description)
        }
    }

    /// Cross-section of one edition: `outcome ~ egdi + log(gdppc_ppp) + post_soviet` by OLS
    /// with HC1 standard errors (MacKinnon & White 1985; Stata's `robust`), countries
    /// with a missing value dropped (listwise).
    public func crossSectionModel(edition: Int, outcome: GovernanceOutcome,
                                  alignment: YearAlignment = .dataYear) throws(ParadoxError) -> ReportModel {
        let a = try aligned(edition: edition, alignment: alignment, variables: [outcome.variable, "gdppc_ppp"])
        if a.unavailable.contains(outcome.variable) {
            throw .outcomeUnavailable(outcome: outcome.variable, year: a.pairedYear, edition: edition, reason: "")
        }
        var y: [Double] = [], e: [Double] = [], lg: [Double] = [], ps: [Double] = []
        var dropped = 0
        for r in a.rows {
            guard let g = r.paired[outcome.variable], let inc = r.paired["gdppc_ppp"], inc > 0, let x = r.survey["egdi"] else { dropped += 1; continue }
            y.append(g); e.append(x); lg.append(log(inc)); ps.append(r.postSoviet ? 1 : 0)
        }
        guard y.count >= 10 else { throw .insufficientData(what: "cross-section of \(outcome.variable), edition \(edition)", observations: y.count, needed: 10) }
        let result = try fitModel("cross-section of \(outcome.variable), edition \(edition)",
                                  columns: [Array(repeating: 1, count: y.count), e, lg, ps],
                                  names: ["(Intercept)", "egdi", "log_gdppc", "post_soviet"], y: y, intercept: true, covariance: .hc1)
        var notes = [a.caption]
        if dropped > 0 { notes.append("\(outcome.variable): \(dropped) assessed countries without \(outcome.variable) or gdppc_ppp dropped (listwise).") }
        return ReportModel(column: RegressionTable.Model(result, name: outcome.variable), editions: [edition], notes: notes)
    }

    /// Two-way fixed effects over all editions: `outcome ~ egdi | iso3 + edition`, standard
    /// errors clustered by country (CR1, t(G − 1), country effects nested in the clusters).
    public func twoWayModel(outcome: GovernanceOutcome, alignment: YearAlignment = .dataYear) throws(ParadoxError) -> ReportModel {
        let s = try editionPanelSample(outcome: outcome, alignment: alignment)
        let result = try fitModel("two-way fixed effects of \(outcome.variable)", columns: [s.egdi], names: ["egdi"], y: s.outcomeValues,
                                  intercept: false,
                                  fixedEffects: FixedEffects(names: ["iso3", "edition"], codes: [s.countryCodes, s.editionCodes]),
                                  covariance: .cluster(ClusterVariable(name: "country", codes: s.countryCodes)))
        return ReportModel(column: RegressionTable.Model(result, name: outcome.variable, fixedEffects: ["iso3", "edition"]),
                           editions: s.editions, notes: s.notes + result.notes)
    }

    /// Pooled (OLS on all country-editions, clustered by country), between (OLS on country
    /// means, HC1) and within (two-way fixed effects, clustered by country) slopes of
    /// `outcome` on `egdi`: the point estimates of `slopeDecomposition`, with standard errors.
    public func slopeComparisonModels(outcome: GovernanceOutcome, alignment: YearAlignment = .dataYear) throws(ParadoxError) -> [ReportModel] {
        let s = try editionPanelSample(outcome: outcome, alignment: alignment)
        let n = s.count
        let cluster = CovarianceEstimator.cluster(ClusterVariable(name: "country", codes: s.countryCodes))
        let pooled = try fitModel("pooled slope of \(outcome.variable)", columns: [Array(repeating: 1, count: n), s.egdi],
                                  names: ["(Intercept)", "egdi"], y: s.outcomeValues, intercept: true, covariance: cluster)
        let g = s.countries
        var sx = [Double](repeating: 0, count: g), sy = sx, k = sx
        for i in 0..<n { sx[s.countryCodes[i]] += s.egdi[i]; sy[s.countryCodes[i]] += s.outcomeValues[i]; k[s.countryCodes[i]] += 1 }
        let mx = zip(sx, k).map { $0 / $1 }, my = zip(sy, k).map { $0 / $1 }
        let between = try fitModel("between slope of \(outcome.variable)", columns: [Array(repeating: 1, count: g), mx],
                                   names: ["(Intercept)", "egdi"], y: my, intercept: true, covariance: .hc1)
        let within = try twoWayModel(outcome: outcome, alignment: alignment)
        return [
            ReportModel(column: RegressionTable.Model(pooled, name: "Pooled"), editions: s.editions, notes: s.notes),
            ReportModel(column: RegressionTable.Model(between, name: "Between"), editions: s.editions,
                        notes: ["Between: OLS of the \(g) country means of \(outcome.variable) on country means of egdi."]),
            ReportModel(column: { var c = within.column; c.name = "Within"; return c }(), editions: s.editions, notes: within.notes),
        ]
    }
}

extension GroupSlopeTest {
    /// The column of the group slope table, with the wild bootstrap p-value and the
    /// post-Soviet slope as extra rows (`ReportRegressionTables.groupSlopeRows`).
    public var tableColumn: RegressionTable.Model {
        RegressionTable.Model(regression, name: outcome.variable, fixedEffects: ["iso3", "edition"],
                              extra: ["wild_p": bootstrap.pValue, "post_soviet_slope": postSovietSlope])
    }

    /// Extra rows of the group slope table.
    public static let extraRows: [RegressionTable.ExtraRow] = [
        .init(key: "post_soviet_slope", label: "Post-Soviet slope (EGDI + interaction)"),
        .init(key: "wild_p", label: "Wild bootstrap p (interaction)", decimals: 4),
    ]
}
