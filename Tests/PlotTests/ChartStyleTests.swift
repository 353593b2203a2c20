import Testing
@testable import Plot

struct ChartStyleTests {
    let m = ApproximateTextMeasurer()

    @Test func fontAndSizeScaleEveryText() throws {
        let t = try ChartStyle(fontFamily: "Liberation Serif", fontSize: 10).apply(to: Theme.publication)
        #expect(t.axisTitle == TextStyle(family: "Liberation Serif", size: 10))
        #expect(t.tickLabel.size == 8.75 && t.title.size == 11.25 && t.title.weight == .bold)
        #expect([t.legendLabel, t.caption, t.stripText, t.annotation, t.subtitle, t.legendTitle].allSatisfy { $0.family == "Liberation Serif" })
        #expect(try ChartStyle().apply(to: Theme.publication) == Theme.publication)
    }

    @Test func limitsAndLogReachTheScales() throws {
        let style = try ChartStyle(xLimits: AxisLimits(lower: 0, upper: 1), logY: true)
        let c = style.apply(to: Chart(layers: [.points(PointsMark(x: [0.2, 0.5], y: [3, 3000]))]))
        guard case .continuous(let x)? = c.x.scale, case .continuous(let y)? = c.y.scale else { Issue.record("not continuous"); return }
        #expect(x.lower == 0 && x.upper == 1 && x.transform == .linear)
        #expect(y.transform == .log10)
        let s = c.build(measurer: m)
        #expect(s.warnings.isEmpty)
        // Categorical axes are left alone.
        let cat = style.apply(to: Chart(x: Axis(scale: .categorical), layers: []))
        #expect(cat.x.scale == .categorical)
    }

    @Test func logAxisTicksArePowersOrOneTwoFive() throws {
        let style = try ChartStyle(logX: true)
        let wide = style.apply(to: Chart(layers: [.points(PointsMark(x: [30, 950_000], y: [1, 2]))])).build(measurer: m)
        let short = style.apply(to: Chart(layers: [.points(PointsMark(x: [1.2, 40], y: [1, 2]))])).build(measurer: m)
        func xTicks(_ s: Scene) -> [String] {
            flatten(s.items).compactMap { e -> String? in
                if e.roles.contains("x-axis"), case .text(let t) = e.primitive { return t.text.plainText }; return nil }
        }
        #expect(xTicks(wide) == ["100", "1000", "10000", "100000"])
        #expect(xTicks(short) == ["2", "5", "10", "20"])
    }

    @Test func invalidValuesThrow() {
        #expect(throws: ChartStyleError.invalidLimits(lower: 1, upper: 0)) { try AxisLimits(lower: 1, upper: 0) }
        #expect(throws: ChartStyleError.invalidFontSize(30)) { try ChartStyle(fontSize: 30) }
        #expect(throws: ChartStyleError.invalidFont(" ")) { try ChartStyle(fontFamily: " ") }
        #expect(throws: ChartStyleError.nonPositiveLimitOnLog(axis: "x", lower: 0)) {
            try ChartStyle(xLimits: AxisLimits(lower: 0, upper: 1), logX: true)
        }
        let s = try? ChartStyle(logY: true)
        #expect(throws: ChartStyleError.nonPositiveOnLog(axis: "y", variable: "gap", count: 2, minimum: -3)) {
            try s?.checkLogData(x: [-1], y: [1, 0, -3], xName: "egdi", yName: "gap")
        }
        #expect(ChartStyleError.nonPositiveOnLog(axis: "y", variable: "gap", count: 2, minimum: -3).description
                    == "--log-y: gap has 2 value(s) ≤ 0 (smallest -3.0); a log axis needs positive data: drop --log-y, transform the variable, or keep positive rows with --where \"gap > 0\"")
    }

    @Test func namedPalettes() {
        #expect(NamedPalette.okabeIto.colors(count: 3) == OkabeIto.groupOrder)
        let v = NamedPalette.viridis.colors(count: 4)
        #expect(v.count == 4 && v[0] == ColorMap.viridis.color(at: 0) && v[3] == ColorMap.viridis.color(at: 0.9))
        let g = NamedPalette.grey.colors(count: 3)
        #expect(g[0] == Color(red: 0, green: 0, blue: 0) && abs(g[2].red - 0.7) < 1e-12)
        // Twelve groups: every (colour, dash, shape) triple differs.
        let p = NamedPalette.okabeIto.discrete(count: 12)
        let keys = (0..<12).map { "\(p.color($0))|\(p.dash($0))|\(p.shape($0))" }
        #expect(Set(keys).count == 12)
        #expect(p.dash(0).isEmpty && p.dash(7).isEmpty && !p.dash(8).isEmpty)
        let grey = NamedPalette.grey.discrete(count: 6)
        #expect(Set((0..<5).map { grey.dash($0) }).count == 5)
        #expect(DiscretePalette().dash(20).isEmpty)   // the default palette stays solid
    }

    @Test func labelOrderIsByTheVisibleText() {
        #expect(LabelOrder.sorted(["Lithuania", "Latvia", "Estonia", "Latvia"]) == ["Estonia", "Latvia", "Lithuania"])
        #expect(LabelOrder.sorted(["Group 10", "group 2", "Group 1"]) == ["Group 1", "group 2", "Group 10"])
        #expect(LabelOrder.sorted(["Österreich", "Oman", "Peru"]) == ["Oman", "Österreich", "Peru"])
    }

    /// Twelve lines: Okabe–Ito colours, the second colour cycle dashed, shapes as well; legend keys carry the dashes.
    @Test func twelveSeriesGolden() {
        let names = ["Armenia", "Azerbaijan", "Belarus", "Estonia", "Georgia", "Kazakhstan", "Kyrgyzstan", "Latvia",
                     "Lithuania", "Moldova", "Russia", "Tajikistan"]
        let series = names.enumerated().map { i, n in
            LineSeries(x: [2012, 2016, 2020, 2024], y: [Double(i), Double(i) + 1, Double(i) + 0.5, Double(i) + 2], group: n)
        }
        let c = Chart(size: .doubleColumn, x: Axis("Year"), y: Axis("Value"),
                      groups: GroupScale(palette: NamedPalette.okabeIto.discrete(count: 12), levels: names),
                      layers: [.lines(LinesMark(series: series))])
        let s = c.build(measurer: m)
        #expect(s.warnings.isEmpty)
        let dashed = flatten(s.items).filter { e in
            if e.roles.contains("panel"), case .path(_, _, let st?) = e.primitive { return !st.dash.isEmpty }; return false }
        #expect(dashed.count == 4)
        Golden.check(s, "lines-twelve-groups")
    }
}
