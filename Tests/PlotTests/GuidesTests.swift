import Testing
@testable import Plot

struct GuidesTests {
    let m = ApproximateTextMeasurer()

    @Test func legendRightWithShapes() {
        let c = Chart(size: FigureSize(.single, height: .mm(60)), x: Axis("EGDI"), y: Axis("WGI"),
                      groups: GroupScale(title: "Subregion"),
                      layers: [.points(PointsMark(x: [0.5, 0.6, 0.7], y: [1, 2, 3], groups: ["Baltic", "Eastern Europe", "Central Asia"]))])
        let s = c.build(measurer: m)
        Golden.check(s, "legend-right")
        let legend = flatten(s.items).filter { $0.roles.contains("legend") }
        #expect(legend.filter { if case .text = $0.primitive { return true }; return false }.count == 4)
    }

    @Test func legendBottomAndBorderFrame() {
        var theme = Theme.publication
        theme.legendPosition = .bottom
        theme.frame = .border
        let c = Chart(size: FigureSize(.single, height: .mm(60)), theme: theme, x: Axis("Year"), y: Axis("CPI"),
                      layers: [.lines(LinesMark(series: [LineSeries(x: [2012, 2016, 2020], y: [64, 70, 74], group: "EST"),
                                                         LineSeries(x: [2012, 2016, 2020], y: [28, 29, 33], group: "RUS")]))])
        let s = c.build(measurer: m)
        Golden.check(s, "legend-bottom-border")
        #expect(s.items.contains { if case .group("frame", _, _) = $0 { return true }; return false })
    }

    /// A bottom legend wider than the figure wraps onto a second row instead of
    /// running off the page; every entry stays inside the figure.
    @Test func bottomLegendWrapsWhenTooWide() {
        var theme = Theme.publication
        theme.legendPosition = .bottom
        let names = ["Baltic", "Eastern Europe", "South Caucasus", "Central Asia", "Other countries"]
        let c = Chart(size: FigureSize(width: .mm(85), height: .mm(70)), theme: theme,
                      layers: [.points(PointsMark(x: [1, 2, 3, 4, 5], y: [1, 2, 3, 4, 5], groups: names))])
        let s = c.build(measurer: m)
        let texts = flatten(s.items).filter { $0.roles.contains("legend") }.compactMap { e -> TextItem? in
            if case .text(let t) = e.primitive { return t }; return nil }
        #expect(texts.count == names.count)
        let frames = texts.map { frame(of: $0, measurer: m) }
        for f in frames { #expect(f.minX >= 0 && f.maxX <= s.size.width, "legend entry outside the figure: \(f)") }
        #expect(Set(texts.map { $0.position.y }).count == 2, "two rows")
        for (i, a) in frames.enumerated() { for b in frames[(i + 1)...] { #expect(!a.intersects(b)) } }
        // The same legend at 175 mm fits one row.
        var wide = c; wide.size = FigureSize(width: .mm(175), height: .mm(70))
        let ys = flatten(wide.build(measurer: m).items).filter { $0.roles.contains("legend") }.compactMap { e -> Double? in
            if case .text(let t) = e.primitive { return t.position.y }; return nil }
        #expect(Set(ys).count == 1)
    }

    @Test func axisScalesGolden() {
        let log = Chart(size: FigureSize(.single, height: .mm(60)), x: Axis("GDP per capita (PPP)", scale: .log10),
                        y: Axis("Rank", scale: .reversed),
                        layers: [.points(PointsMark(x: [800, 4000, 25000, 90000], y: [150, 90, 30, 1]))])
        Golden.check(log.build(measurer: m), "axes-log-reversed")
        let pct = Chart(size: FigureSize(.single, height: .mm(60)), x: Axis("Internet users", scale: .percent()),
                        y: Axis("Change", scale: .linear),
                        layers: [.points(PointsMark(x: [0.05, 0.4, 0.93], y: [-1.5, -0.2, 0.8]))])
        let s = pct.build(measurer: m)
        Golden.check(s, "axes-percent-negative")
        let texts = flatten(s.items).compactMap { e -> String? in if case .text(let t) = e.primitive { return t.text.plainText }; return nil }
        #expect(texts.contains { $0.hasSuffix("%") })
        #expect(!texts.contains { $0.contains("-") })   // U+2212 only
    }

    @Test func majorGridOptional() {
        let c = Chart(theme: .publicationGrid, layers: [.points(PointsMark(x: [0, 1], y: [0, 1]))])
        let panel = flatten(c.build(measurer: m).items).filter { $0.roles == ["panel"] }
        #expect(panel.count > 2)   // grid lines + 2 points
        let plain = flatten(Chart(layers: [.points(PointsMark(x: [0, 1], y: [0, 1]))]).build(measurer: m).items).filter { $0.roles == ["panel"] }
        #expect(plain.count == 2)
    }
}
