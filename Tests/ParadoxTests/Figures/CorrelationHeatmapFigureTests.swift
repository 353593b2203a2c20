import Testing
import Plot
@testable import Paradox

struct CorrelationHeatmapFigureTests {
    @Test func twoFacetsFixedDivergingScale() throws {
        let panel = try #require(Shared.panel)
        let f = try CorrelationHeatmapFigure.make(panel: panel, options: ParadoxFigureOptions(edition: 2024))
        #expect(f.chart.panels.count == 2)
        #expect(f.chart.colorScale.lower == -1 && f.chart.colorScale.upper == 1 && f.chart.colorScale.map == .redBlue)
        for p in f.chart.panels {
            guard case .tiles(let t)? = p.layers.first else { Issue.record("tiles"); continue }
            #expect(t.values.count == 25 && t.labelDecimals == 2)
            #expect(t.values.allSatisfy { $0.map { $0 >= -1 && $0 <= 1 } ?? false })
        }
        #expect(f.chart.panels[1].title?.plainText == "Post-Soviet states (n = 15)")
        // The world EGDI × CC cell is Pearson's r over the complete cases.
        guard case .tiles(let w)? = f.chart.panels[0].layers.first else { return }
        let a = try panel.aligned(edition: 2024, variables: CorrelationHeatmapFigure.outcomes.map(\.variable))
        let rows = a.rows.filter { r in CorrelationHeatmapFigure.components.allSatisfy { r.survey[$0] != nil }
            && CorrelationHeatmapFigure.outcomes.allSatisfy { r.paired[$0.variable] != nil } }
        let r = FigureStyle.pearson(rows.compactMap { $0.survey["egdi"] }, rows.compactMap { $0.paired["wgi_cc"] })
        #expect(w.values[0] == r)
        #expect(abs(CorrelationHeatmapFigure.criticalR(15) - 0.5140) < 1e-4, "r* for n = 15 (tables: 0.514)")
    }
}
