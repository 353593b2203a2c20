import Testing
import Plot
@testable import Paradox

struct ParadoxIndexFigureTests {
    @Test func sortedGapsWithWGIIntervals() throws {
        let panel = try #require(Shared.panel)
        let f = try ParadoxIndexFigure.make(panel: panel, options: ParadoxFigureOptions(edition: 2024))
        let gaps = try panel.rankGap(edition: 2024, dimension: .wgiCC).rows.filter(\.postSoviet)
        guard case .intervals(let m)? = f.chart.panels[0].layers.last else { Issue.record("intervals"); return }
        #expect(m.position.count == 15)
        #expect(m.estimate == gaps.map(\.gap))
        let est = try #require(m.estimate)
        #expect(est == est.sorted(by: >), "largest gap first (top)")
        for (i, g) in gaps.enumerated() {
            #expect(m.lower[i] == g.egdiPercentile - (g.governanceHigh ?? .nan))
            #expect(m.upper[i] == g.egdiPercentile - (g.governanceLow ?? .nan))
            // Flagged exactly when the interval misses 0.
            #expect(g.flagged == (m.lower[i] > 0 || m.upper[i] < 0))
            #expect(m.groups?[i] == (g.flagged ? ParadoxIndexFigure.outsideLevel : ParadoxIndexFigure.insideLevel))
        }
    }
}
