// Governance residual: how far a country's governance lies below what its e-government
// and income predict, in one survey edition.

import Foundation
import Stats

/// One country's governance residual in one edition and outcome.
public struct GovernanceResidual: Sendable, Equatable, Codable {
    public var iso3: String
    public var country: String
    public var postSoviet: Bool
    public var egdi: Double
    /// Natural log of GDP per capita, PPP (paired year).
    public var logGDPPerCapita: Double
    /// The outcome at the paired year.
    public var observed: Double
    public var fitted: Double
    /// Raw residual e_i = y_i − ŷ_i.
    public var residual: Double
    /// Leverage h_ii (diagonal of the hat matrix).
    public var leverage: Double
    /// Internally studentized residual r_i = e_i / (σ̂ · sqrt(1 − h_ii)).
    public var standardizedResidual: Double
    /// −r_i: high = governance far below what e-government and income predict.
    public var score: Double
}

/// The cross-country regression of one edition and outcome, with every country's residual.
public struct GovernanceResidualFit: Sendable, Equatable, Codable {
    public var edition: Int
    public var alignment: YearAlignment
    public var pairedYear: Int
    public var outcome: GovernanceOutcome
    /// n, residual degrees of freedom.
    public var observations: Int
    public var residualDegreesOfFreedom: Int
    /// Coefficients in the order (Intercept), egdi, log(gdppc_ppp).
    public var coefficients: [Double]
    /// σ̂ = sqrt(RSS / (n − 3)).
    public var sigma: Double
    public var rSquared: Double
    /// Sorted by `score`, highest first.
    public var rows: [GovernanceResidual]
    /// Assessed countries left out (missing outcome or GDP per capita), sorted.
    public var excluded: [String]
    public var notes: [String]
}

extension ParadoxPanel {
    /// The governance residual of every country with complete data in `edition`.
    ///
    /// For edition `Y` and outcome `g` (at the paired year `t`), fits by OLS across countries
    ///
    ///     g_i,t = β0 + β1 · egdi_i,Y + β2 · log(gdppc_ppp_i,t) + ε_i
    ///
    /// (Householder QR, `LeastSquares.fit`) and scores each country by minus its
    /// *internally studentized* (standardized) residual
    ///
    ///     score_i = −r_i,   r_i = e_i / (σ̂ · sqrt(1 − h_ii)),   σ̂² = Σ e_j² / (n − 3),
    ///
    /// with `h_ii` the leverage — R's `rstandard(lm)`, statsmodels'
    /// `OLSInfluence.resid_studentized_internal` (Cook & Weisberg 1982, *Residuals and
    /// Influence in Regression*, §2.2.1). A score of 2 means governance two residual standard
    /// deviations below what the country's e-government and income predict. Countries with
    /// a missing outcome or GDP per capita are dropped (listwise) and listed in `excluded`.
    ///
    /// - Throws: `unknownEdition`, `outcomeUnavailable` when the outcome has no data in the
    ///   paired year (e.g. `cpi` for the 2012 edition under `.dataYear`), `insufficientData`
    ///   for fewer than 5 complete countries, `fit` if the kernel refuses.
    public func governanceResidual(edition: Int, outcome: GovernanceOutcome,
                                   alignment: YearAlignment = .dataYear) throws(ParadoxError) -> GovernanceResidualFit {
        let a = try aligned(edition: edition, alignment: alignment, variables: [outcome.variable, "gdppc_ppp"])
        if a.unavailable.contains(outcome.variable) {
            throw .outcomeUnavailable(outcome: outcome.variable, year: a.pairedYear, edition: edition,
                                      reason: a.notes.dropFirst().first { $0.hasPrefix(outcome.variable + " ") } ?? "")
        }
        var used: [AlignedObservation] = [], excluded: [String] = []
        for r in a.rows {
            if r.paired[outcome.variable] != nil, let g = r.paired["gdppc_ppp"], g > 0, r.survey["egdi"] != nil {
                used.append(r)
            } else {
                excluded.append(r.iso3)
            }
        }
        let n = used.count
        guard n >= 5 else {
            throw .insufficientData(what: "governance residual, edition \(edition), \(outcome.variable)", observations: n, needed: 5)
        }
        let y = used.map { $0.paired[outcome.variable] ?? 0 }
        let e = used.map { $0.survey["egdi"] ?? 0 }
        let lg = used.map { log($0.paired["gdppc_ppp"] ?? 1) }
        guard let x = Matrix(columns: [Array(repeating: 1, count: n), e, lg]) else {
            throw .fit(what: "governance residual", reason: "could not build the design matrix")
        }
        let fit: LeastSquaresFit
        do {
            fit = try LeastSquares.fit(x, y, options: LeastSquaresOptions(onRankDeficiency: .throwError))
        } catch {
            throw .fit(what: "governance residual, edition \(edition), \(outcome.variable)", reason: error.description)
        }
        let sigma = fit.residualVariance.squareRoot()
        let my = y.reduce(0, +) / Double(n)
        let tss = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        var rows: [GovernanceResidual] = []
        for i in 0..<n {
            let h = fit.leverage[i]
            let r = fit.residuals[i] / (sigma * (1 - h).squareRoot())
            rows.append(GovernanceResidual(
                iso3: used[i].iso3, country: used[i].country, postSoviet: used[i].postSoviet, egdi: e[i],
                logGDPPerCapita: lg[i], observed: y[i], fitted: fit.fittedValues[i], residual: fit.residuals[i],
                leverage: h, standardizedResidual: r, score: -r))
        }
        rows.sort { $0.score != $1.score ? $0.score > $1.score : $0.iso3 < $1.iso3 }
        var notes = a.notes
        notes.append("OLS across countries: \(outcome.variable) ~ egdi + log(gdppc_ppp), n = \(n); score = \u{2212}e_i/(\u{03C3}\u{00B7}sqrt(1\u{2212}h_ii)) (minus the internally studentized residual, R's rstandard); high = governance below what e-government and income predict.")
        if !excluded.isEmpty {
            notes.append("\(excluded.count) assessed countries dropped for a missing \(outcome.variable) or gdppc_ppp (listwise): \(excluded.sorted().joined(separator: ", ")).")
        }
        notes += fit.notes
        return GovernanceResidualFit(
            edition: edition, alignment: alignment, pairedYear: a.pairedYear, outcome: outcome, observations: n,
            residualDegreesOfFreedom: fit.residualDegreesOfFreedom, coefficients: fit.coefficients, sigma: sigma,
            rSquared: tss > 0 ? 1 - fit.residualSumOfSquares / tss : .nan, rows: rows, excluded: excluded.sorted(), notes: notes)
    }
}

extension GovernanceResidualFit {
    /// The residuals as a table, sorted by score (highest first), post-Soviet states marked.
    public func table(postSovietOnly: Bool = false) -> ResultTable {
        let shown = postSovietOnly ? rows.filter(\.postSoviet) : rows
        var notes = self.notes
        notes.append(String(format: "Fit: intercept %.6g, egdi %.6g, log(gdppc_ppp) %.6g; sigma %.6g; R-squared %.4f.",
                            coefficients[0], coefficients[1], coefficients[2], sigma, rSquared))
        notes.append("post_soviet = 1 marks the 15 successor states of the USSR." + (postSovietOnly ? " Only they are shown (the fit uses all countries)." : ""))
        return ResultTable(
            title: "Governance residual: \(outcome.label) (\(outcome.variable) \(pairedYear)), EGDI edition \(edition)",
            columns: [TableColumn("rank"), TableColumn("iso3", alignment: .left), TableColumn("country", alignment: .left),
                      TableColumn("post_soviet"), TableColumn("egdi"), TableColumn("log_gdppc"), TableColumn("observed"),
                      TableColumn("fitted"), TableColumn("residual"), TableColumn("leverage"), TableColumn("std_residual"),
                      TableColumn("score")],
            rows: shown.map { r in
                [.integer((rows.firstIndex(of: r) ?? 0) + 1), .text(r.iso3), .text(r.country), .integer(r.postSoviet ? 1 : 0),
                 .number(r.egdi), .number(r.logGDPPerCapita), .number(r.observed), .number(r.fitted), .number(r.residual),
                 .number(r.leverage), .number(r.standardizedResidual), .number(r.score)]
            },
            notes: notes)
    }
}
