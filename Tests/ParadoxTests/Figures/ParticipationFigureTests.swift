import Testing
import Plot
@testable import Paradox

struct ParticipationFigureTests {
    @Test func epiAgainstVoicePercentile() throws {
        let panel = try #require(Shared.panel)
        let f = try ParticipationFigure.make(panel: panel, options: ParadoxFigureOptions(edition: 2024))
        #expect(f.chart.x.title?.plainText == "E-Participation Index (2024)")
        #expect(f.chart.y.title?.plainText == "Voice and Accountability, percentile (WGI, 2023)")
        let labels = f.chart.panels[0].layers.compactMap { if case .labels(let l) = $0 { return l }; return nil }
        #expect(labels.first?.highlight?.filter { $0 }.count == 15)
        let scene = f.chart.build(measurer: ApproximateTextMeasurer())
        #expect(scene.warnings.isEmpty, "\(scene.warnings)")
    }
}
