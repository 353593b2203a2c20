import Foundation
import Plot
import Stats
import Testing
@testable import Paradox

/// Golden scene dumps of the histogram (Tests/ParadoxTests/Fixtures/golden/<name>.txt):
/// regenerate with PLOT_UPDATE_GOLDEN=1 after an intended change and review the diff.
private func checkGolden(_ scene: Scene, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden/\(name).txt")
    let text = scene.dump()
    let update = ProcessInfo.processInfo.environment["PLOT_UPDATE_GOLDEN"] == "1"
    guard !update, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        if !update { Issue.record("golden \(name).txt did not exist; written, review and rerun", sourceLocation: sourceLocation) }
        return
    }
    #expect(text == expected, "scene dump differs from golden/\(name).txt", sourceLocation: sourceLocation)
}

@Suite struct HistogramFigureTests {
    let m = ApproximateTextMeasurer()
    // A fixed two-humped sample (n = 40) and its subregions.
    static let values: [Double] = (0..<40).map { i in
        let u = Double((i * 37) % 40) / 40
        return i % 3 == 0 ? 0.8 + 0.1 * u : 0.35 + 0.25 * u
    }
    static let groups: [String] = (0..<40).map { ["Central Asia", "Baltic", "Eastern Europe", "South Caucasus"][$0 % 4] }

    @Test func barsFollowTheBins() throws {
        let f = try HistogramFigure(HistogramSpec(values: Self.values, variableLabel: "EGDI"), theme: .publication)
        let bins = try HistogramBins(Self.values)
        #expect(f.bins == bins)
        let counts = bins.counts(Self.values)
        let ribbons = f.chart.panels[0].layers.compactMap { l -> RibbonMark? in if case .ribbon(let r) = l { return r }; return nil }
        #expect(ribbons.count == counts.filter { $0 > 0 }.count)
        #expect(ribbons.map { $0.upper[0] } == counts.filter { $0 > 0 }.map(Double.init))
        #expect(f.caption.contains("Freedman–Diaconis rule"))
        let s = f.chart.build(measurer: m)
        #expect(s.warnings.isEmpty, "\(s.warnings)")
        checkGolden(s, "histogram-fd")
    }

    @Test func densityScaleAndCurve() throws {
        let spec = HistogramSpec(values: Self.values, scale: .density, density: .nrd0, variableLabel: "EGDI")
        let f = try HistogramFigure(spec)
        // Bar areas sum to 1 on the density scale.
        let ribbons = f.chart.panels[0].layers.compactMap { l -> RibbonMark? in if case .ribbon(let r) = l { return r }; return nil }
        let area = ribbons.map { ($0.x[1] - $0.x[0]) * $0.upper[0] }.reduce(0, +)
        #expect(abs(area - 1) < 1e-12)
        let h = try KernelDensity(Self.values).bandwidth
        #expect(f.bandwidths[""] == h)
        #expect(f.caption.contains("bw.nrd0"))
        checkGolden(f.chart.build(measurer: m), "histogram-density-kde")
    }

    @Test func countScaleCurveIsScaledToCounts() throws {
        let f = try HistogramFigure(HistogramSpec(values: Self.values, rule: .count(8), density: .nrd, variableLabel: "EGDI"))
        let lines = f.chart.panels[0].layers.compactMap { l -> LinesMark? in if case .lines(let l) = l { return l }; return nil }
        guard let curve = lines.last?.series.first else { Issue.record("no curve"); return }
        let kde = try KernelDensity(Self.values, bandwidth: .nrd)
        let w = f.bins.edges[1] - f.bins.edges[0]
        let x0 = curve.x[100].number ?? 0, y0 = curve.y[100].number ?? 0
        #expect(abs(y0 - kde.density(at: x0) * 40 * w) < 1e-12)
    }

    @Test func overlaidGroupsShareBinsAndSortTheLegend() throws {
        let f = try HistogramFigure(HistogramSpec(values: Self.values, groups: Self.groups, rule: .width(0.1),
                                                  variableLabel: "EGDI", groupTitle: "Subregion"))
        #expect(f.chart.groups.levels == ["Baltic", "Central Asia", "Eastern Europe", "South Caucasus"])
        #expect(f.bins.edges.first.map { abs($0 - 0.3) < 1e-12 } == true)
        var theme = Theme.publication
        theme.legendPosition = .bottom
        let g = try HistogramFigure(HistogramSpec(values: Self.values, groups: Self.groups, rule: .width(0.1),
                                                  variableLabel: "EGDI", groupTitle: "Subregion"), theme: theme)
        let s = g.chart.build(measurer: m)
        #expect(s.warnings.isEmpty, "\(s.warnings)")
        checkGolden(s, "histogram-overlay")
    }

    @Test func facetsAreOrderedByLabelWithFreeY() throws {
        let f = try HistogramFigure(HistogramSpec(values: Self.values, facets: Self.groups, variableLabel: "EGDI", freeY: true),
                                    size: .doubleColumn)
        #expect(f.chart.panels.map { $0.title?.plainText ?? "" } == ["Baltic", "Central Asia", "Eastern Europe", "South Caucasus"])
        #expect(f.chart.facetScales == .freeY)
        #expect(f.chart.panels.allSatisfy { $0.yScale != nil })
        let s = f.chart.build(measurer: m)
        #expect(s.warnings.isEmpty, "\(s.warnings)")
        checkGolden(s, "histogram-facets-free-y")
    }

    @Test func errors() {
        #expect(throws: DensityError.emptySample) { try HistogramFigure(HistogramSpec(values: [], variableLabel: "x")) }
        #expect(throws: DensityError.invalidBinCount(0)) { try HistogramFigure(HistogramSpec(values: [1, 2], rule: .count(0), variableLabel: "x")) }
        // A group too small for a bandwidth rule: a note, not a failure.
        let f = try? HistogramFigure(HistogramSpec(values: [1, 2, 3, 4], groups: ["a", "a", "a", "b"], density: .nrd0, variableLabel: "x"))
        #expect(f?.notes.contains { $0.contains("no density curve for b") } == true)
    }
}
