import Foundation
import Testing
@testable import Paradox

/// The common-population rank gap (issue 14.6) against a pandas recomputation of its
/// definition on the embedded panel (scripts/reference/rank_gap_common.py ->
/// Fixtures/rank_gap_common.json): percentiles, interval bounds, gaps and flags.
@Suite struct RankGapCommonTests {
    struct Case: Decodable {
        struct Row: Decodable {
            let iso3: String
            let egdi_pct: Double, gov_pct: Double
            let gov_lo: Double?, gov_hi: Double?
            let gap: Double
            let flagged: Bool
        }
        let edition: Int
        let dimension: String
        let n: Int
        let rows: [Row]
    }
    struct Fixture: Decodable { let cases: [Case] }

    static let fixture: Fixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/rank_gap_common.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(Fixture.self, from: $0) }
    }()

    @Test func matchesPandasRecomputation() throws {
        let f = try #require(Self.fixture)
        let panel = try ParadoxPanel.embedded()
        for c in f.cases {
            let dim = try #require(GovernanceOutcome(rawValue: c.dimension))
            let r = try panel.rankGap(edition: c.edition, dimension: dim)
            #expect(r.percentiles == .common)
            #expect(r.rows.count == c.n, "\(c.edition) \(c.dimension)")
            let mine = Dictionary(uniqueKeysWithValues: r.rows.map { ($0.iso3, $0) })
            for ref in c.rows {
                let m = try #require(mine[ref.iso3], "\(ref.iso3)")
                #expect(abs(m.egdiPercentile - ref.egdi_pct) <= 1e-12, "\(c.edition) \(ref.iso3)")
                #expect(abs(m.governancePercentile - ref.gov_pct) <= 1e-12, "\(c.edition) \(ref.iso3)")
                #expect(m.governanceLow.map { abs($0 - (ref.gov_lo ?? .nan)) <= 1e-12 } ?? (ref.gov_lo == nil), "\(ref.iso3) lo")
                #expect(m.governanceHigh.map { abs($0 - (ref.gov_hi ?? .nan)) <= 1e-12 } ?? (ref.gov_hi == nil), "\(ref.iso3) hi")
                #expect(abs(m.gap - ref.gap) <= 1e-12)
                #expect(m.flagged == ref.flagged, "\(c.edition) \(ref.iso3)")
            }
        }
    }

    @Test func commonPopulationRemovesTheBuiltInOffset() throws {
        let panel = try ParadoxPanel.embedded()
        let common = try panel.rankGap(edition: 2024, dimension: .wgiCC)
        let published = try panel.rankGap(edition: 2024, dimension: .wgiCC, percentiles: .published)
        func mean(_ r: RankGapResult) -> Double { r.rows.map(\.gap).reduce(0, +) / Double(r.rows.count) }
        // On one population the percentiles of both sides average 50, so the mean gap is 0.
        #expect(abs(mean(common)) < 0.5) // exactly 0 without ties: both sides average 50 on one population
        #expect(mean(published) > 1)
        #expect(published.percentiles == .published)
        #expect(common.notes.contains { $0.hasPrefix("Common-population percentiles") })
    }

    @Test func flaggedEGDIValuesLeftOutUnlessIncluded() throws {
        let panel = try ParadoxPanel.embedded()
        let without = try panel.rankGap(edition: 2005, dimension: .wgiCC)
        #expect(!without.rows.contains { $0.iso3 == "SRB" })
        #expect(without.notes.contains { $0.contains("SRB (hci_zero)") && $0.contains("--include-flagged") })
        let with = try panel.includingFlagged(true).rankGap(edition: 2005, dimension: .wgiCC)
        #expect(with.rows.contains { $0.iso3 == "SRB" })
        #expect(with.rows.count > without.rows.count)
    }
}
