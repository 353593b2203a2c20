import Testing
import Plot
@testable import Paradox

@Suite struct ChoroplethFigureMapTests {
    @Test func valuesBecomeFeaturesWithTheRegionDefaults() throws {
        let (map, warnings) = try ChoroplethFigure.map(values: ["KAZ": 66, "EST": -3, "XXX": 1, "RUS": .nan],
                                                       region: .postSoviet, colorMap: .redBlue, midpoint: 0,
                                                       legendTitle: "Gap", labelPostSoviet: true)
        #expect(map.region == .postSoviet)
        #expect(map.projection == MapRegion.postSoviet.projection(.lambertConic))
        #expect(map.midpoint == 0)
        #expect(map.notes == ChoroplethFigure.notes(region: .postSoviet))
        #expect(map.features.first { $0.code == "KAZ" }?.value == 66)
        #expect(map.features.first { $0.code == "KAZ" }?.label == "KAZ")
        // A non-finite value is drawn as no data, never as a colour.
        #expect(map.features.first { $0.code == "RUS" }?.value == nil)
        // A code without an outline is reported, not silently dropped.
        #expect(warnings == ["1 country with a value has no outline of its own and is not drawn: XXX"])
        // Sequential maps have no midpoint.
        #expect(try ChoroplethFigure.map(values: ["KAZ": 1], midpoint: 0.5).map.midpoint == nil)
    }

    @Test func badInputIsAClearError() {
        #expect(throws: FigureError.self) { try ChoroplethFigure.map(values: [:]) }
        #expect(throws: FigureError.self) { try ChoroplethFigure.map(values: ["KAZ": 1], region: .world, projection: .lambertConic) }
    }
}
