import Testing
import Plot
@testable import Paradox

struct SmallMultiplesFigureTests {
    @Test func fifteenFacetsFiveColumnsSharedScales() throws {
        let panel = try #require(Shared.panel)
        let f = try SmallMultiplesFigure.make(panel: panel, options: ParadoxFigureOptions())
        #expect(f.chart.panels.count == 15)
        #expect(f.chart.facetColumns == 5 && f.chart.facetScales == .fixed)
        #expect(f.chart.panels.first?.title?.plainText == "Estonia")
        let scene = f.chart.build(measurer: ApproximateTextMeasurer())
        #expect(scene.items.filter { if case .group("strip", _, _) = $0 { return true }; return false }.count == 15)
        // Kazakhstan's EGDI percentile in 2024: rank 24 of 193, CAF and SOM (flagged, both below) left out -> (191 − 24)/190.
        let kaz = try #require(f.chart.panels.first { $0.title?.plainText == "Kazakhstan" })
        guard case .lines(let l)? = kaz.layers.first(where: { if case .lines = $0 { return true }; return false }) else { Issue.record("lines"); return }
        let egdi = try #require(l.series.first { $0.group == "EGDI" })
        let last = try #require(egdi.y.last?.number)
        #expect(abs(last - 100 * Double(191 - 24) / 190) < 1e-9)
    }
}
