import Testing
import Plot
@testable import Paradox

struct TrajectoryFigureTests {
    @Test func twoFacetsRankReversedEditionsMarked() throws {
        let panel = try #require(Shared.panel)
        let f = try TrajectoryFigure.make(panel: panel, options: ParadoxFigureOptions(country: "KAZ"))
        #expect(f.chart.panels.count == 2 && f.chart.facetScales == .freeY)
        guard case .continuous(let c)? = f.chart.panels[0].yScale else { Issue.record("rank scale"); return }
        #expect(c.reversed)
        let points = f.chart.panels[0].layers.compactMap { if case .points(let p) = $0 { return p }; return nil }
        #expect(points.first?.x.compactMap(\.number) == panel.editions.map(Double.init), "every edition 2003–2024 marked")
        #expect(f.caption.hasPrefix("Kazakhstan"))
        // Two WGI series (Control of Corruption, Voice and Accountability) with their 90% bands.
        let ribbons = f.chart.panels[1].layers.filter { if case .ribbon = $0 { return true }; return false }
        #expect(ribbons.count == 2)
    }
}
