import Testing
@testable import Plot

struct ChartBuilderTests {
    let m = ApproximateTextMeasurer()

    /// Every text box inside the figure, and no two axis/legend/title texts overlapping.
    func checkLayout(_ s: Scene, sourceLocation: SourceLocation = #_sourceLocation) {
        let figure = Rect(origin: Point(x: 0, y: 0), size: s.size)
        let texts = flatten(s.items).compactMap { e -> (roles: [String], rect: Rect)? in
            if case .text(let t) = e.primitive { return (e.roles, frame(of: t, measurer: m)) }; return nil }
        for t in texts { #expect(figure.insetBy(-1e-9).contains(t.rect), "\(t.roles) \(t.rect) outside figure", sourceLocation: sourceLocation) }
        let guides = texts.filter { !$0.roles.contains("panel") }
        for (i, a) in guides.enumerated() {
            for b in guides[(i + 1)...] {
                #expect(!a.rect.intersects(b.rect), "\(a.roles) \(a.rect) overlaps \(b.roles) \(b.rect)", sourceLocation: sourceLocation)
            }
        }
        // Panels do not overlap guide texts.
        let panels = s.items.compactMap { p -> Rect? in if case .group("panel", let c?, _) = p { return c }; return nil }
        for p in panels { for t in guides { #expect(!p.intersects(t.rect), "\(t.roles) inside a panel", sourceLocation: sourceLocation) } }
    }

    func scatter(_ size: FigureSize) -> Chart {
        Chart(size: size, title: "E-government and control of corruption",
              subtitle: "Post-Soviet states, 2022", caption: "Sources: UN DESA; World Bank WGI.",
              x: Axis("EGDI"), y: Axis(RichText([TextRun("WGI control of corruption ("), TextRun("z", italic: true), TextRun(")")])),
              groups: GroupScale(title: "Subregion"),
              layers: [.points(PointsMark(x: [0.55, 0.62, 0.7, 0.81, 0.9], y: [-1.2, -0.8, -0.3, 0.9, 1.6],
                                          groups: ["Central Asia", "South Caucasus", "Eastern Europe", "Baltic", "Baltic"]))])
    }

    @Test func layoutInvariantsAtSeveralSizes() {
        for size in [FigureSize.singleColumn, .doubleColumn, FigureSize(width: .mm(75), height: .mm(60)), FigureSize(width: .inches(4), height: .inches(4))] {
            let s = scatter(size).build(measurer: m)
            #expect(s.size == size.points)
            #expect(s.warnings.isEmpty, "\(s.warnings)")
            checkLayout(s)
        }
        Golden.check(scatter(.singleColumn).build(measurer: m), "scatter-full")
    }

    @Test func denseTicksAreThinned() {
        // A narrow figure with long labels: fewer ticks rather than overlapping ones.
        let c = Chart(size: FigureSize(width: .mm(40), height: .mm(40)), x: Axis("Population", scale: .continuous(ContinuousScale(tickTarget: 8, format: .decimal(thousands: .comma)))),
                      y: Axis("y"), layers: [.points(PointsMark(x: [1_000_000, 145_000_000], y: [0, 1]))])
        let s = c.build(measurer: m)
        checkLayout(s)
    }

    @Test func deterministic() {
        let c = scatter(.singleColumn)
        #expect(c.build(measurer: m) == c.build(measurer: m))
        #expect(c.build(measurer: m).dump() == c.build(measurer: m).dump())
    }

    @Test func facetsWrapSharedScales() {
        let panels = ["Baltic", "Eastern Europe", "South Caucasus", "Central Asia", "Russia"].enumerated().map { i, name in
            Panel(RichText(name), layers: [.points(PointsMark(x: [1, 2, 3], y: [Double(i), Double(i) + 1, Double(i) * 2]))])
        }
        let c = Chart(size: .doubleColumn, x: Axis("Year index"), y: Axis("Score"), panels: panels)
        let s = c.build(measurer: m)
        Golden.check(s, "facets-fixed")
        checkLayout(s)
        let panelRects = s.items.compactMap { p -> Rect? in if case .group("panel", let c?, _) = p { return c }; return nil }
        #expect(panelRects.count == 5)
        #expect(Set(panelRects.map(\.width)).count == 1)
        for (i, a) in panelRects.enumerated() { for b in panelRects[(i + 1)...] { #expect(!a.intersects(b)) } }
        // Shared y: tick labels only in the first column (3 columns: panels 0 and 3).
        let yLabelGroups = s.items.compactMap { p -> Int? in
            if case .group("y-axis", _, let ch) = p { return ch.filter { if case .text = $0 { return true }; return false }.count }; return nil }
        #expect(yLabelGroups.filter { $0 > 0 }.count == 2)
        #expect(s.items.filter { if case .group("strip", _, _) = $0 { return true }; return false }.count == 5)
    }

    @Test func facetsFreeScales() {
        let panels = [Panel("A", layers: [.points(PointsMark(x: [0, 1], y: [0, 1]))]),
                      Panel("B", layers: [.points(PointsMark(x: [0, 100], y: [0, 1000]))])]
        let c = Chart(size: .doubleColumn, x: Axis("x"), y: Axis("y"), panels: panels, facetScales: .free)
        let s = c.build(measurer: m)
        Golden.check(s, "facets-free")
        checkLayout(s)
        let ylabels = s.items.compactMap { p -> [String]? in
            if case .group("y-axis", _, let ch) = p { return ch.compactMap { if case .text(let t) = $0 { return t.text.plainText }; return nil } }; return nil }
        #expect(ylabels.count == 2 && ylabels[0] != ylabels[1])
    }

    /// A panel's own y scale (free y): the rank facet is reversed (rank 1 at the
    /// top), the percentile facet beside it is not.
    @Test func panelOwnReversedYScale() {
        let panels = [Panel("Rank", layers: [.points(PointsMark(x: [0, 1], y: [1, 100]))], yScale: .reversed),
                      Panel("Percentile", layers: [.points(PointsMark(x: [0, 1], y: [1, 100]))])]
        let s = Chart(size: .doubleColumn, panels: panels, facetScales: .freeY).build(measurer: m)
        checkLayout(s)
        let panelGroups = s.items.compactMap { p -> [Primitive]? in if case .group("panel", _, let ch) = p { return ch }; return nil }
        #expect(panelGroups.count == 2)
        // y of the marker drawn for y = 1 (first point) and y = 100 (second); circles start at (cx + r, cy).
        let ys = panelGroups.map { ch in ch.compactMap { p -> Double? in
            if case .path(let path, .some, _) = p, case .move(let q)? = path.elements.first { return q.y }; return nil } }
        #expect(ys[0].count == 2 && ys[1].count == 2)
        #expect(ys[0][0] < ys[0][1], "reversed: y = 1 drawn above y = 100")
        #expect(ys[1][0] > ys[1][1], "not reversed: y = 1 drawn below y = 100")
        // Without free y scales the panel's scale is ignored (one shared scale).
        let shared = Chart(size: .doubleColumn, panels: panels).build(measurer: m)
        let ys2 = shared.items.compactMap { p -> [Double]? in if case .group("panel", _, let ch) = p {
            return ch.compactMap { if case .path(let path, .some, _) = $0, case .move(let q)? = path.elements.first { return q.y }; return nil } }; return nil }
        #expect(ys2.count == 2 && ys2[0] == ys2[1])
    }

    @Test func tooSmallFigureWarns() {
        let s = scatter(FigureSize(width: .mm(15), height: .mm(15))).build(measurer: m)
        #expect(s.warnings.contains { $0.hasPrefix("the figure is too small") })
    }

    @Test func emptyChartBuilds() {
        let s = Chart(layers: []).build(measurer: m)
        #expect(s.warnings.isEmpty)
        checkLayout(s)
    }
}
