import Foundation
import Testing
import Paradox
import PanelData

/// Reference: Tests/ParadoxTests/Fixtures/group_slope_test.json, written by
/// scripts/reference/group_slope_test.py — statsmodels OLS with country and edition dummies,
/// cov_type="cluster" (CR1) rescaled from statsmodels' K (all parameters) to the nested K
/// (slopes + edition levels), p-values from scipy t(G − 1); point estimates also checked there
/// against linearmodels PanelOLS(entity_effects, time_effects).
@Suite struct GroupSlopeTestTests {
    static func fixture(_ section: String) -> [[String: Any]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/group_slope_test.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return object[section] as? [[String: Any]] ?? []
    }

    @Test func matchesStatsmodelsClusteredFit() throws {
        let panel = try #require(Shared.panel)
        let refs = Self.fixture("group_slope")
        #expect(refs.count == 3)
        for ref in refs {
            let outcome = try #require(GovernanceOutcome(rawValue: ref["outcome"] as? String ?? ""))
            // Few replications: the bootstrap is tested separately; this test is about the fit.
            let g = try panel.groupSlopeTest(outcome: outcome, replications: 99)
            let b = try #require(ref["estimate"] as? [Double]), se = try #require(ref["std_error"] as? [Double])
            let p = try #require(ref["p_value"] as? [Double])
            #expect(g.observations == ref["n"] as? Int, "\(outcome)")
            #expect(g.countries == ref["countries"] as? Int, "\(outcome)")
            #expect(g.editions == ref["editions"] as? [Int], "\(outcome)")
            #expect(g.postSovietCountries == 15)
            let c1 = try #require(g.regression.coefficient(GroupSlopeTest.slopeTerm))
            let c2 = try #require(g.regression.coefficient(GroupSlopeTest.interactionTerm))
            #expect(close(c1.estimate, b[0], 1e-9) && close(c2.estimate, b[1], 1e-9), "\(outcome)")
            #expect(close(c1.standardError, se[0], 1e-8) && close(c2.standardError, se[1], 1e-8), "\(outcome)")
            #expect(close(g.regression.covariance[0, 1], ref["covariance_01"] as? Double, 1e-8), "\(outcome)")
            #expect(close(c1.pValue, p[0], 1e-7) && close(c2.pValue, p[1], 1e-7), "\(outcome)")
            #expect(close(g.postSovietSlope, ref["post_soviet_slope"] as? Double, 1e-9), "\(outcome)")
            #expect(close(g.postSovietSlopeStandardError, ref["post_soviet_slope_se"] as? Double, 1e-8), "\(outcome)")
            #expect(close(g.postSovietSlopePValue, ref["post_soviet_slope_p"] as? Double, 1e-6), "\(outcome)")
            #expect(g.regression.inferenceDegreesOfFreedom == g.countries - 1)
            // The bootstrap tests the same coefficient with the same CR1 t statistic.
            #expect(close(g.bootstrap.statistic, c2.statistic, 1e-9), "\(outcome)")
        }
    }

    @Test func bootstrapIsDeterministicGivenTheSeed() throws {
        let panel = try #require(Shared.panel)
        let a = try panel.groupSlopeTest(outcome: .wgiVA, replications: 999, seed: 7)
        let b = try panel.groupSlopeTest(outcome: .wgiVA, replications: 999, seed: 7)
        let c = try panel.groupSlopeTest(outcome: .wgiVA, replications: 999, seed: 8)
        #expect(a.bootstrap == b.bootstrap)
        #expect(a.bootstrap.seed == 7 && a.bootstrap.replications == 999 && !a.bootstrap.enumerated)
        #expect(a.bootstrap.pValue > 0 && a.bootstrap.pValue < 1)
        // Another seed draws other weights: a different Monte Carlo p-value, but close
        // (binomial standard error of a p near 0.2 with B = 999 is about 0.013).
        #expect(a.bootstrap.pValue != c.bootstrap.pValue)
        #expect(abs(a.bootstrap.pValue - c.bootstrap.pValue) < 0.08)
    }

    @Test func tableStatesEstimatorAndBootstrap() throws {
        let panel = try #require(Shared.panel)
        let t = try panel.groupSlopeTest(outcome: .wgiCC, replications: 199, seed: 1).table()
        #expect(t.rows.count == 3)
        #expect(t.rows.map { ResultTable.display($0[0]) } == ["egdi", "egdi:post_soviet", "egdi + egdi:post_soviet"])
        #expect(t.rows[1][7] != .missing && t.rows[0][7] == .missing)
        #expect(t.notes.contains { $0.contains("clustered by country (CR1 = G/(G\u{2212}1)") && $0.contains("G = 192") && $0.contains("K = ") && $0.contains("t(191)") }) // one country observed once: a singleton, dropped
        #expect(t.notes.contains { $0.contains("Rademacher weights, B = 199, Xoshiro256** seed 1") })
        #expect(t.notes.first?.contains("paired with wgi_cc of year Y\u{2212}1") == true)
    }

    @Test func cpiStartsWith2014AndSameYearShifts() throws {
        let panel = try #require(Shared.panel)
        let cpi = try panel.groupSlopeTest(outcome: .cpi, replications: 99)
        #expect(cpi.editions.first == 2014)
        let same = try panel.groupSlopeTest(outcome: .wgiCC, alignment: .sameYear, replications: 99)
        #expect(same.editions.last == 2022)   // WGI ends with 2023: no pair for edition 2024
    }

    @Test func tooSmallPanelIsAnError() throws {
        let panel = try #require(Shared.panel)
        let tiny = try ParadoxPanel(panel.table.filter(rows: (0..<panel.table.rowCount).map { $0 < 40 }))
        #expect(throws: ParadoxError.self) { try tiny.groupSlopeTest(outcome: .wgiCC, replications: 99) }
    }
}
