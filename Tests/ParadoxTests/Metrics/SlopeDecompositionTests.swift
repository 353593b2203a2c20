import Testing
import Paradox

@Suite struct SlopeDecompositionTests {
    // Reference: scripts/reference/paradox_metrics.py — smf.ols("y ~ egdi"), the same on country
    // means, and smf.ols("y ~ egdi + C(iso3) + C(year)") on the stacked editions (data-year pairing).
    @Test func matchesStatsmodels() throws {
        let panel = try #require(Shared.panel)
        let refs = ReferenceFixture.list("slopes")
        #expect(refs.count == 3)
        for ref in refs {
            let outcome = try #require(GovernanceOutcome(rawValue: ref["outcome"] as? String ?? ""))
            let psOnly = try #require(ref["post_soviet_only"] as? Bool)
            let d = try panel.slopeDecomposition(outcome: outcome, postSovietOnly: psOnly)
            let byKind = Dictionary(uniqueKeysWithValues: d.estimates.map { ($0.kind, $0) })
            #expect(byKind[.pooled]?.observations == ref["n"] as? Int, "\(outcome)")
            #expect(byKind[.between]?.observations == ref["countries"] as? Int, "\(outcome)")
            #expect(close(byKind[.pooled]?.slope, ref["pooled"] as? Double, 1e-9), "\(outcome)")
            #expect(close(byKind[.between]?.slope, ref["between"] as? Double, 1e-9), "\(outcome)")
            #expect(close(byKind[.within]?.slope, ref["within"] as? Double, 1e-9), "\(outcome)")
        }
    }

    @Test func cpiSkips2012Edition() throws {
        let panel = try #require(Shared.panel)
        let d = try panel.slopeDecomposition(outcome: .cpi)
        #expect(d.editions.first == 2014)
        #expect(d.notes.contains { $0.contains("cpi has no data for 2011") })
    }
}
