import Foundation
import Testing
import Paradox
import Plot

/// Issue 20.6: the report's two rank-gap maps, from the same rank gap as the metrics table.
@Suite struct ReportMapSlotsTests {
    @Test func worldAndPostSovietMapsOfTheRankGap() throws {
        let panel = try #require(Shared.panel)
        let maps = panel.reportMaps()
        #expect(maps.map(\.stem) == ["figure_j_map_rank_gap_world", "figure_k_map_rank_gap_post_soviet"])
        #expect(maps.allSatisfy { $0.isDrawn && $0.chart == nil && $0.widthMillimetres == 175 })
        let edition = try #require(panel.latestEdition(for: .wgiCC, alignment: .dataYear))
        let gap = try panel.rankGap(edition: edition, dimension: .wgiCC)
        for f in maps {
            let map = try #require(f.map)
            #expect(map.colorMap == .redBlue && map.midpoint == 0)
            // Every country with a rank gap carries exactly that value; the rest are no data.
            var values: [String: Double] = [:]
            for feature in map.features { if let v = feature.value { values[feature.code] = v } }
            #expect(values.count == gap.rows.count)
            for row in gap.rows { #expect(values[row.iso3] == row.gap, "\(row.iso3)") }
            #expect(f.caption.contains("edition \(edition)") && f.caption.contains("WGI \(gap.pairedYear)"))
            #expect(f.caption.contains("EGDI percentile minus WGI Control of Corruption percentile"))
            #expect(f.caption.contains("Crimea is drawn as part of Ukraine") && f.caption.contains("Grey: no rank gap"))
        }
        #expect(maps[0].map?.region == .world && maps[1].map?.region == .postSoviet)
        #expect(maps[1].map?.features.filter { $0.label != nil }.count == 15)
    }

    @Test func panelWithoutControlOfCorruptionGivesSlots() throws {
        let panel = try #require(Shared.panel)
        let maps = try ParadoxPanel(panel.table.removingColumns(["wgi_cc"])).reportMaps()
        #expect(maps.count == 2 && maps.allSatisfy { !$0.isDrawn && $0.caption.hasPrefix("not drawn: ") })
    }
}
