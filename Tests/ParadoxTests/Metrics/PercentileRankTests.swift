import Testing
import Paradox

@Suite struct PercentileRankTests {
    // By hand: 5 values, N − 1 = 4; the share of the others strictly below, ties share the lowest.
    @Test func wgiDefinition() {
        #expect(PercentileRank.wgiStyle([3, 1, 2, 5, 4]) == [50, 0, 25, 100, 75])
        #expect(PercentileRank.wgiStyle([1, 2, 2, 3]) == [0, 100.0 / 3, 100.0 / 3, 100])
        #expect(PercentileRank.wgiStyle([7]) == nil)
    }

    // Without ties the EGDI percentile is 100·(N − rank)/(N − 1): KAZ 2024, rank 24 of 193.
    @Test func egdiPercentileFromRank() throws {
        let panel = try #require(Shared.panel).includingFlagged(true)
        let p = try panel.percentiles(of: "egdi", year: 2024)
        #expect(p.count == 193)
        #expect(close(p["KAZ"], 100 * Double(193 - 24) / 192, 1e-14))
        #expect(p["EST"].map { abs($0 - 100 * 191.0 / 192) < 1e-12 } == true)
        // By default CAF and SOM (EGDI computed on a TII/HCI coded 0, both ranked below KAZ) are left out.
        let d = try #require(Shared.panel).percentiles(of: "egdi", year: 2024)
        #expect(d.count == 191)
        #expect(close(d["KAZ"], 100 * Double(191 - 24) / 190, 1e-14))
    }

    // The definition reproduces WGI's own pctrank where the panel and WGI cover the same
    // economies: KAZ voice and accountability 2023 = 44 of 204 others below (the published
    // value is stored as float32, hence the 1e-6 tolerance).
    @Test func matchesPublishedWGIStep() {
        #expect(abs(100.0 * 44 / 204 - 21.568628311157227) < 1e-6)
    }
}
