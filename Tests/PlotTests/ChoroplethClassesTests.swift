import Testing
@testable import Plot

struct ChoroplethClassesTests {
    let m = ApproximateTextMeasurer()

    @Test func classesAndColours() throws {
        let c = try ChoroplethClasses(breaks: [-1, 0, 0.5, 2])
        #expect(c.count == 3)
        #expect([-5, -1, -0.2, 0, 0.49, 0.5, 2, 9].map(c.index(of:)) == [0, 0, 0, 1, 1, 2, 2, 2])
        #expect(c.outside([-5, 0, 9]) == 2)
        let seq = ColorMapping(map: .viridis, lower: -1, upper: 2, reversed: false)
        #expect(c.color(ofClass: 1, mapping: seq) == ColorMap.viridis.color(at: 0.5))
        let div = ColorMapping(map: .redBlue, lower: -2, upper: 2, reversed: false)
        #expect(c.color(ofClass: 0, mapping: div) == div.color(-0.5))
        #expect(throws: ChartStyleError.invalidBreaks([1])) { try ChoroplethClasses(breaks: [1]) }
        #expect(throws: ChartStyleError.invalidBreaks([0, 0])) { try ChoroplethClasses(breaks: [0, 0]) }
    }

    /// A binned map: countries take their class colour, the legend is one box per class with the breaks as labels.
    @Test func steppedLegend() throws {
        let square: [[Point]] = [[Point(x: 30, y: 45), Point(x: 40, y: 45), Point(x: 40, y: 55), Point(x: 30, y: 55), Point(x: 30, y: 45)]]
        let shifted = { (dx: Double) in square.map { $0.map { Point(x: $0.x + dx, y: $0.y) } } }
        var map = ChoroplethMap(region: .postSoviet, features: [
            MapFeature(code: "AAA", rings: shifted(0), value: -0.8), MapFeature(code: "BBB", rings: shifted(20), value: 0.3),
            MapFeature(code: "CCC", rings: shifted(40), value: 1.9), MapFeature(code: "DDD", rings: shifted(60), value: nil),
        ], colorMap: .viridis, legendTitle: RichText("Score"))
        map.classes = try ChoroplethClasses(breaks: [-1, 0, 1, 2])
        let s = map.build(measurer: m)
        let items = flatten(s.items)
        let legendTexts = items.compactMap { e -> String? in
            if e.roles.contains("legend"), case .text(let t) = e.primitive { return t.text.plainText }; return nil }
        #expect(legendTexts == ["Score", "\u{2212}1", "0", "1", "2", "No data"])
        let boxes = items.filter { $0.roles.contains("colorbar-bar") }
        #expect(boxes.count == 3)
        let fills = items.compactMap { e -> Color? in
            if e.roles.contains("#country-BBB"), case .path(_, let f?, _) = e.primitive { return f }; return nil }
        #expect(fills.first == ColorMap.viridis.color(at: 0.5))
    }
}
