import Testing
import Paradox

@Suite struct RankCorrelationTrendTests {
    // Reference: scripts/reference/paradox_metrics.py, pandas Series.corr(method="pearson"/"spearman").
    @Test func matchesPandas() throws {
        let panel = try #require(Shared.panel)
        for ref in ReferenceFixture.list("correlation") {
            let edition = try #require(ref["edition"] as? Int)
            let outcome = try #require(GovernanceOutcome(rawValue: ref["outcome"] as? String ?? ""))
            let set = try #require(CountrySet(rawValue: ref["countries"] as? String ?? ""))
            let t = try panel.rankCorrelationTrend(outcomes: [outcome], editions: [edition])
            let p = try #require(t.points.first { $0.countries == set })
            #expect(p.n == ref["n"] as? Int)
            #expect(close(p.pearson, ref["pearson"] as? Double, 1e-12), "\(edition) \(outcome) \(set)")
            #expect(close(p.spearman, ref["spearman"] as? Double, 1e-12), "\(edition) \(outcome) \(set)")
        }
    }

    @Test func unavailableYearsGiveEmptyPointsAndNotes() throws {
        let panel = try #require(Shared.panel)
        let t = try panel.rankCorrelationTrend(outcomes: [.cpi])
        let p2012 = try #require(t.points.first { $0.edition == 2012 && $0.countries == .world })
        #expect(p2012.n == 0 && p2012.spearman == nil)
        #expect(t.notes.contains { $0.contains("cpi has no data for 2011") })
    }
}
