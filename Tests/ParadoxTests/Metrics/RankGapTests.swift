import Testing
import Paradox

@Suite struct RankGapTests {
    // Reference: scripts/reference/paradox_metrics.py (pandas rank(method="min"), WGI pct at Y−1):
    // the published-percentile definition (`--percentiles published`); RankGapCommonTests checks the default.
    @Test func matchesReference() throws {
        let panel = try #require(Shared.panel)
        for ref in ReferenceFixture.list("rank_gap") {
            let edition = try #require(ref["edition"] as? Int)
            let dim = try #require(GovernanceOutcome(rawValue: ref["dimension"] as? String ?? ""))
            let iso = try #require(ref["iso3"] as? String)
            let r = try #require(try panel.rankGap(edition: edition, dimension: dim, percentiles: .published).rows.first { $0.iso3 == iso })
            #expect(close(r.egdiPercentile, ref["egdi_pct"] as? Double), "\(iso) \(edition)")
            #expect(close(r.governancePercentile, ref["gov_pct"] as? Double), "\(iso) \(edition)")
            #expect(close(r.gap, ref["gap"] as? Double), "\(iso) \(edition)")
            #expect(r.flagged == ref["flagged"] as? Bool, "\(iso) \(edition)")
        }
    }

    // The paradox in the data: Kazakhstan's EGDI rank improves from 81 (2008) to 24 (2024)
    // while its voice-and-accountability percentile stays below 25 in every paired year.
    @Test func kazakhstanClimbsWhileVoiceStaysLow() throws {
        let panel = try #require(Shared.panel)
        var ranks: [Int: Int] = [:]
        for edition in panel.editions where edition >= 2008 {
            let g = try panel.rankGap(edition: edition, dimension: .wgiVA)
            let kaz = try #require(g.rows.first { $0.iso3 == "KAZ" })
            ranks[edition] = kaz.egdiRank
            #expect(kaz.governancePercentile < 25, "edition \(edition), WGI \(g.pairedYear)")
            #expect(kaz.gap > 0 && kaz.flagged, "edition \(edition)")
        }
        #expect(ranks[2008] == 81)
        #expect(ranks[2024] == 24)
    }

    @Test func cpiIsRefused() throws {
        let panel = try #require(Shared.panel)
        #expect(throws: ParadoxError.self) { try panel.rankGap(edition: 2024, dimension: .cpi) }
    }

    @Test func sortedAndCaptioned() throws {
        let panel = try #require(Shared.panel)
        let g = try panel.rankGap(edition: 2024, dimension: .wgiCC)
        #expect(zip(g.rows, g.rows.dropFirst()).allSatisfy { $0.gap >= $1.gap })
        #expect(g.notes.first == "EGDI edition 2024 paired with WGI 2023 (edition Y with data year Y\u{2212}1).")
        #expect(g.table(postSovietOnly: true).rows.count == 15)
    }
}
