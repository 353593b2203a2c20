import Testing
@testable import Plot

/// Golden scene dumps, one per mark, at a fixed 85 × 60 mm size with the
/// approximate DejaVu measurer (regenerate: PLOT_UPDATE_GOLDEN=1).
struct MarkDrawingTests {
    let m = ApproximateTextMeasurer()
    func chart(_ layers: [Layer], x: Axis = Axis("x"), y: Axis = Axis("y"), colorScale: ColorScale = ColorScale()) -> Chart {
        Chart(size: FigureSize(.single, height: .mm(60)), x: x, y: y, colorScale: colorScale, layers: layers)
    }

    @Test func pointsWithGroups() {
        let c = chart([.points(PointsMark(x: [1, 2, 3, 4], y: [2, 4, 3, 5], groups: ["Baltic", "Baltic", "Caucasus", "Central Asia"]))])
        let s = c.build(measurer: m)
        Golden.check(s, "points-groups")
        let symbols = flatten(s.items).filter { $0.roles == ["panel"] }
        #expect(symbols.count == 4)
    }

    @Test func linesAndRibbon() {
        let x: [Double] = [0, 1, 2, 3]
        let c = chart([
            .ribbon(RibbonMark(x: x, lower: [0.5, 1.2, 1.9, 2.4], upper: [1.5, 2.0, 2.9, 3.8], group: "fit")),
            .lines(LinesMark(series: [LineSeries(x: x, y: [1, 1.6, 2.4, 3.1], group: "fit"),
                                      LineSeries(x: [3, 0, 2], y: [0, 1, .nan], group: "raw")])),
        ])
        Golden.check(c.build(measurer: m), "lines-ribbon")
    }

    @Test func referenceLinesClipToPanel() {
        let c = chart([.points(PointsMark(x: [0, 10], y: [0, 10])),
                       .reference(ReferenceLineMark(.diagonal(intercept: 2, slope: 1))),
                       .reference(ReferenceLineMark(.horizontal(y: 5))),
                       .reference(ReferenceLineMark(.vertical(x: 3)))])
        let s = c.build(measurer: m)
        Golden.check(s, "reference-lines")
        let panel = flatten(s.items).filter { $0.roles == ["panel"] }
        guard case .group(_, let clip?, _)? = s.items.first(where: { if case .group("panel", _, _) = $0 { return true }; return false }) else {
            Issue.record("no panel"); return
        }
        for (_, p) in panel {
            guard case .path(let path, _, _) = p else { continue }
            for e in path.elements { if case .line(let q) = e { #expect(clip.insetBy(-1e-9).contains(q)) } }
        }
    }

    @Test func richTextAnnotation() {
        let label = RichText([TextRun("r", italic: true), TextRun(" = 0.62, "), TextRun("n", italic: true), TextRun(" = 182")])
        let r2 = RichText([TextRun("R"), TextRun("2", shift: .superscript), TextRun(" = 0.38")])
        let c = chart([.points(PointsMark(x: [0, 1], y: [0, 1])),
                       .text(TextMark(label, at: .panel(x: 0.05, y: 0.05))),
                       .text(TextMark(r2, at: .data(x: 1, y: 0), horizontal: .right, vertical: .bottom))])
        Golden.check(c.build(measurer: m), "text-annotation")
    }

    @Test func dotWhiskerCoefficientPlot() {
        let c = chart([.reference(ReferenceLineMark(.vertical(x: 0))),
                       .intervals(.dotWhisker(terms: ["EGDI", "log GDP", "Post-Soviet"], estimate: [0.42, 0.18, -0.31],
                                              lower: [0.21, 0.05, -0.55], upper: [0.63, 0.31, -0.07]))],
                      x: Axis("Estimate"), y: Axis(nil, scale: .categorical(CategoricalScale(reversed: true))))
        let s = c.build(measurer: m)
        Golden.check(s, "dot-whisker")
        let labels = flatten(s.items).filter { $0.roles == ["y-axis"] }.compactMap { e -> String? in
            if case .text(let t) = e.primitive { return t.text.plainText }; return nil }
        #expect(labels == ["EGDI", "log GDP", "Post-Soviet"])
        let xl = flatten(s.items).filter { $0.roles == ["x-axis"] }.compactMap { e -> String? in
            if case .text(let t) = e.primitive { return t.text.plainText }; return nil }
        #expect(xl.contains { $0.hasPrefix("\u{2212}") })
    }

    @Test func errorBarsVertical() {
        let c = chart([.intervals(IntervalMark(orientation: .vertical, position: [2003, 2008, 2014], lower: [0.3, 0.4, 0.5],
                                               upper: [0.5, 0.6, 0.8], estimate: [0.4, 0.5, 0.65], capWidth: 4))])
        Golden.check(c.build(measurer: m), "error-bars")
    }

    @Test func heatmapTilesWithColourBar() {
        let xs: [PlotValue] = ["2018", "2020", "2022", "2018", "2020", "2022"]
        let ys: [PlotValue] = ["EST", "EST", "EST", "GEO", "GEO", "GEO"]
        let c = chart([.tiles(TileMark(x: xs, y: ys, values: [0.81, 0.84, nil, 0.62, 0.7, 0.74], labelDecimals: 2))],
                      x: Axis(), y: Axis(), colorScale: ColorScale(map: .viridis, title: "EGDI"))
        let s = c.build(measurer: m)
        Golden.check(s, "heatmap")
        #expect(flatten(s.items).contains { $0.roles.contains("colorbar") })
        // Tiles fill the panel exactly (no expansion).
        guard case .group(_, let clip?, let children)? = s.items.first(where: { if case .group("panel", _, _) = $0 { return true }; return false }),
              case .path(let first, _, _)? = children.first, case .move(let p0)? = first.elements.first else { Issue.record("no tiles"); return }
        #expect(abs(p0.x - clip.minX) < 1e-9)
    }

    @Test func divergingColourScaleIsSymmetric() {
        let c = chart([.tiles(TileMark(x: ["a", "b"], y: ["r", "r"], values: [-0.2, 0.6]))], x: Axis(), y: Axis(),
                      colorScale: ColorScale(map: .redBlue))
        let s = c.build(measurer: m)
        let labels = flatten(s.items).filter { $0.roles.contains("colorbar") }.compactMap { e -> String? in
            if case .text(let t) = e.primitive { return t.text.plainText }; return nil }
        // Limits are symmetric about 0 (−0.6…0.6), so the ticks are too.
        #expect(labels.count >= 3 && labels.first == "\u{2212}" + (labels.last ?? ""))
    }

    @Test func slopegraph() {
        let c = chart([.slopegraph(SlopegraphMark(left: "2003", right: "2024", items: [
            SlopeItem("EST", left: 0.55, right: 0.93), SlopeItem("GEO", left: 0.35, right: 0.80),
            SlopeItem("UZB", left: 0.34, right: 0.79), SlopeItem("TKM", left: 0.30, right: 0.42)], valueDecimals: 2))],
                      x: Axis(), y: Axis("EGDI"))
        let s = c.build(measurer: m)
        Golden.check(s, "slopegraph")
        // End labels stay inside the figure and do not overlap on either side.
        let texts = flatten(s.items).filter { $0.roles == ["panel"] }.compactMap { e -> Rect? in
            if case .text(let t) = e.primitive { return frame(of: t, measurer: m) }; return nil }
        #expect(texts.count == 8)
        for (i, a) in texts.enumerated() {
            #expect(Rect(origin: Point(x: 0, y: 0), size: s.size).contains(a))
            for b in texts[(i + 1)...] { #expect(!a.intersects(b)) }
        }
    }
}
