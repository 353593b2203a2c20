import Testing
import Plot
@testable import Paradox

struct RankRankFigureTests {
    @Test func diagonalReversedAxesAndGovernanceRanks() throws {
        let panel = try #require(Shared.panel)
        let f = try RankRankFigure.make(panel: panel, options: ParadoxFigureOptions())
        let layers = f.chart.panels[0].layers
        #expect(layers.contains { if case .reference(let r) = $0, case .diagonal(0, 1) = r.line { return true }; return false })
        for axis in [f.chart.x, f.chart.y] {
            guard case .continuous(let c)? = axis.scale else { Issue.record("continuous rank axis"); continue }
            #expect(c.reversed && c.lower == 1)
        }
        // Ranks 1…n: the governance rank of the best-governed country is 1.
        let ys = layers.compactMap { if case .labels(let l) = $0 { return l.y.compactMap(\.number) }; return nil }.flatMap { $0 }
        #expect(ys.min() == 1 && ys.count == 191) // 193 assessed, CAF and SOM flagged (egdi_flag)
        #expect(layers.filter { if case .text = $0 { return true }; return false }.count == 2, "two region labels")
    }

    @Test func rankBreaksStartAtOne() {
        #expect(RankRankFigure.rankBreaks(193) == [1, 50, 100, 150])
        #expect(RankRankFigure.rankBreaks(83) == [1, 20, 40, 60, 80])
    }
}
