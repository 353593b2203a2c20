import Testing
@testable import Plot

@Suite struct ChoroplethMapTests {
    let m = ApproximateTextMeasurer()

    static func square(_ lon: Double, _ lat: Double, _ side: Double) -> [Point] {
        [Point(x: lon, y: lat), Point(x: lon + side, y: lat), Point(x: lon + side, y: lat + side), Point(x: lon, y: lat + side)]
    }

    /// Five made-up countries over the post-Soviet region: one with a hole, one
    /// straddling the antimeridian, a tiny one with a marker, one without data,
    /// one outside the frame.
    static var features: [MapFeature] {
        [MapFeature(code: "AAA", rings: [square(60, 45, 10), square(63, 48, 2).reversed()], value: -1,
                    label: "AAA", labelPosition: Point(x: 65, y: 50)),
         MapFeature(code: "BBB", rings: [[Point(x: 170, y: 60), Point(x: 180, y: 60), Point(x: 180, y: 65), Point(x: 170, y: 65)],
                                         [Point(x: -180, y: 60), Point(x: -175, y: 60), Point(x: -175, y: 65), Point(x: -180, y: 65)]],
                    value: 2),
         MapFeature(code: "CCC", rings: [square(40, 42, 0.05)], value: 0.5, marker: Point(x: 40.02, y: 42.02),
                    label: "CCC", labelPosition: Point(x: 36, y: 40), labelAnchor: Point(x: 40.02, y: 42.02)),
         MapFeature(code: "DDD", rings: [square(90, 50, 8)], value: nil),
         MapFeature(code: "EEE", rings: [square(-60, -20, 10)], value: 1)]
    }

    static func map(_ region: MapRegion = .postSoviet, colorMap: ColorMap = .viridis) -> ChoroplethMap {
        ChoroplethMap(size: FigureSize(width: .mm(175), height: .mm(110)), region: region, features: features,
                      colorMap: colorMap, legendTitle: "Index", notes: ["Boundaries: test."])
    }

    @Test func golden() {
        Golden.check(Self.map().build(measurer: m), "choropleth-post-soviet")
        Golden.check(Self.map(.world, colorMap: .redBlue).build(measurer: m), "choropleth-world-diverging")
    }

    @Test func everyDrawnCountryIsOneIdentifiedGroupInsideTheFrame() {
        let s = Self.map().build(measurer: m)
        guard case let .group(_, _, countries)? = s.items.first(where: { if case .group("map", _, _) = $0 { return true }; return false }) else {
            Issue.record("no map group"); return
        }
        let roles = countries.compactMap { p -> String? in if case let .group(role, _, _) = p { return role }; return nil }
        // EEE (South America) is outside the post-Soviet frame and is not drawn at all.
        #expect(roles == ["#country-AAA", "#country-BBB", "#country-CCC", "#country-DDD"])
        // AAA keeps its hole: two rings in one path, opposite orientations.
        if case let .group(_, _, children) = countries[0], case let .path(path, _, _) = children[0] {
            #expect(path.elements.filter { if case .move = $0 { return true }; return false }.count == 2)
        } else { Issue.record("AAA is not one path") }
        // CCC is tiny: it gets a marker (a second path).
        if case let .group(_, _, children) = countries[2] { #expect(children.count == 2) }
        // No data is grey.
        if case let .group(_, _, children) = countries[3], case let .path(_, fill, _) = children[0] {
            #expect(fill == Color(hex: 0xCCCCCC))
        }
    }

    @Test func theDivergingScaleIsSymmetricAroundTheMidpoint() {
        let mapping = Self.map(.world, colorMap: .redBlue).colorMapping()
        #expect(mapping.lower == -2 && mapping.upper == 2)
        let sequential = Self.map().colorMapping()
        #expect(sequential.lower == -1 && sequential.upper == 2)
    }

    @Test func theNaturalHeightFitsTheMapToTheWidth() {
        let map = Self.map(.world)
        let h = map.naturalHeight(measurer: m)
        #expect(h > 200 && h < 400)
    }
}
