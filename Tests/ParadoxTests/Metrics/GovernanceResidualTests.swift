import Testing
import Paradox

@Suite struct GovernanceResidualTests {
    // Reference: scripts/reference/paradox_metrics.py, smf.ols("y ~ egdi + np.log(gdppc_ppp)").fit(),
    // OLSInfluence.resid_studentized_internal, on Datasets/panel.csv (KAZ, EST, RUS, GEO).
    @Test func matchesStatsmodels() throws {
        let panel = try #require(Shared.panel)
        let refs = ReferenceFixture.list("residual")
        #expect(refs.count >= 16)
        for ref in refs {
            let edition = try #require(ref["edition"] as? Int)
            let outcome = try #require(GovernanceOutcome(rawValue: ref["outcome"] as? String ?? ""))
            let alignment = try #require(YearAlignment(rawValue: ref["alignment"] as? String ?? ""))
            let iso = try #require(ref["iso3"] as? String)
            let fit = try panel.governanceResidual(edition: edition, outcome: outcome, alignment: alignment)
            #expect(fit.observations == ref["n"] as? Int)
            let coef = try #require(ref["coefficients"] as? [Double])
            for (a, b) in zip(fit.coefficients, coef) { #expect(close(a, b), "\(edition) \(outcome) coefficient") }
            let row = try #require(fit.rows.first { $0.iso3 == iso })
            #expect(close(row.residual, ref["residual"] as? Double), "\(iso) \(edition) \(outcome)")
            #expect(close(row.leverage, ref["leverage"] as? Double), "\(iso) \(edition) \(outcome)")
            #expect(close(row.standardizedResidual, ref["standardized"] as? Double), "\(iso) \(edition) \(outcome)")
            #expect(close(row.score, ref["score"] as? Double), "\(iso) \(edition) \(outcome)")
        }
    }

    @Test func sortedByScoreWithNotes() throws {
        let panel = try #require(Shared.panel)
        let fit = try panel.governanceResidual(edition: 2024, outcome: .wgiCC)
        #expect(zip(fit.rows, fit.rows.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(fit.notes.first == "EGDI edition 2024 paired with WGI 2023, WDI 2023 (edition Y with data year Y\u{2212}1).")
        #expect(fit.excluded.count == 191 - fit.observations) // 193 assessed, 2 flagged (egdi_flag) left out before
        let table = fit.table(postSovietOnly: true)
        #expect(table.rows.count == 15)
        #expect(table.notes.contains { $0.contains("rstandard") })
    }
}
