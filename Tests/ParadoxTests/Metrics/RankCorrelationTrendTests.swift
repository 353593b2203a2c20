import Foundation
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

    // The interval of ρ: Fisher z with the Bonett–Wright (2000) standard error, recomputed here
    // from pandas' ρ and n (fixture above) with R's qnorm(0.975) = 1.959963984540054.
    @Test func spearmanIntervalsAreBonettWright() throws {
        let panel = try #require(Shared.panel)
        var checked = 0
        for ref in ReferenceFixture.list("correlation") {
            let edition = try #require(ref["edition"] as? Int)
            let outcome = try #require(GovernanceOutcome(rawValue: ref["outcome"] as? String ?? ""))
            let set = try #require(CountrySet(rawValue: ref["countries"] as? String ?? ""))
            guard let rho = ref["spearman"] as? Double, let n = ref["n"] as? Int, n >= 4 else { continue }
            let t = try panel.rankCorrelationTrend(outcomes: [outcome], editions: [edition])
            let p = try #require(t.points.first { $0.countries == set })
            let se = ((1 + rho * rho / 2) / Double(n - 3)).squareRoot()
            let z = atanh(rho)
            #expect(close(p.spearmanLow, tanh(z - 1.959963984540054 * se), 1e-10), "\(edition) \(outcome) \(set)")
            #expect(close(p.spearmanHigh, tanh(z + 1.959963984540054 * se), 1e-10), "\(edition) \(outcome) \(set)")
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test func unavailableYearsGiveEmptyPointsAndNotes() throws {
        let panel = try #require(Shared.panel)
        let t = try panel.rankCorrelationTrend(outcomes: [.cpi])
        let p2012 = try #require(t.points.first { $0.edition == 2012 && $0.countries == .world })
        #expect(p2012.n == 0 && p2012.spearman == nil)
        #expect(t.notes.contains { $0.contains("cpi has no data for 2011") })
    }
}
