import Testing
import Plot
@testable import Paradox

/// The five-forms small multiples: one panel per headline indicator of each measured form,
/// the 15 states' values as in the metric, Kazakhstan highlighted, the world median marked.
struct FiveFormsFigureTests {
    @Test func panelsValuesHighlightAndMedians() throws {
        let panel = try #require(Shared.panel)
        let result = try panel.fiveForms(from: 2008, to: 2024)
        let f = try FiveFormsFigure.make(result: result, panel: panel)
        let headlines = FiveFormsResult.headlineIndicators.filter { $0.form != .pettyVersusGrandCorruption }
        #expect(f.chart.panels.map { $0.title?.plainText } == headlines.map(\.header))
        #expect(f.chart.facetColumns == 4 && f.chart.facetScales == .fixed)
        #expect(f.chart.size.width.millimetres == 175)
        #expect(f.caption.contains("Not drawn: (3) petty corruption down, grand corruption remains"))
        let names = FigureStyle.postSovietOrder(panel).map { FigureStyle.shortName($0, panel) }
        #expect(names.count == 15 && names.first == "Estonia")
        for (p, h) in zip(f.chart.panels, headlines) {
            guard case .points(let m)? = p.layers.last else { Issue.record("points \(h.name)"); continue }
            var drawn = 0
            for (iso, name) in zip(FigureStyle.postSovietOrder(panel), names) {
                let v = result.rows.first { $0.iso3 == iso && $0.form == h.form }?.indicators.first { $0.name == h.name }?.value ?? nil
                let k = m.y.firstIndex(of: .category(name))
                #expect((k == nil) == (v == nil), "\(h.name) \(iso)")
                guard let k, let v else { continue }
                drawn += 1
                #expect(m.x[k] == .number(v), "\(h.name) \(iso)")
                #expect(m.groups?[k] == (iso == "KAZ" ? "Kazakhstan" : FiveFormsFigure.otherLevel))
            }
            #expect(drawn == m.x.count && drawn >= 12, "\(h.name)")
            // Reference lines: 0, then the median of all countries with the indicator.
            let world = result.rows.filter { $0.form == h.form }.compactMap { r in r.indicators.first { $0.name == h.name }?.value ?? nil }.sorted()
            let median = world.count % 2 == 1 ? world[world.count / 2] : (world[world.count / 2 - 1] + world[world.count / 2]) / 2
            let lines = p.layers.compactMap { if case .reference(let r) = $0, case .vertical(let x) = r.line { return x } else { return nil } }
            #expect(lines == [0, median], "\(h.name)")
        }
        // The scene builds: eight strips, every tick and strip label inside the figure.
        let scene = f.chart.build(measurer: ApproximateTextMeasurer())
        #expect(scene.items.filter { if case .group("strip", _, _) = $0 { return true }; return false }.count == 8)
        #expect(scene.warnings.isEmpty, "\(scene.warnings)")
    }

    @Test func nothingToDrawIsAnError() throws {
        let panel = try #require(Shared.panel)
        let empty = FiveFormsResult(from: 2008, to: 2024, pairedYear: 2023, pairedFromYear: 2007, rows: [], notes: [])
        #expect(throws: FigureError.self) { try FiveFormsFigure.make(result: empty, panel: panel) }
    }
}
