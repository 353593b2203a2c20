import Testing
import Plot
@testable import Paradox

struct SlopegraphFigureTests {
    @Test func twoPanelsFifteenStatesEachEnd() throws {
        let panel = try #require(Shared.panel)
        let f = try SlopegraphFigure.make(panel: panel, options: ParadoxFigureOptions())
        #expect(f.chart.panels.count == 2)
        for p in f.chart.panels {
            guard case .slopegraph(let s)? = p.layers.first else { Issue.record("slopegraph"); continue }
            #expect(s.leftCategory == "2008" && s.rightCategory == "2024")
            #expect(s.items.count == 15)
        }
        let scene = f.chart.build(measurer: ApproximateTextMeasurer())
        let labels = scene.items.flatMap { p -> [String] in
            guard case .group("panel", _, let ch) = p else { return [] }
            return ch.compactMap { if case .text(let t) = $0 { return t.text.plainText }; return nil }
        }
        #expect(labels.count == 60, "15 states × 2 ends × 2 panels")
    }
}
