import Testing
@testable import Plot

@Suite struct MapGeometryTests {
    @Test func chukotkaMovesEastAsAWholeRing() {
        // Stored west of the antimeridian (−180…−169); a map centred on 105° E wants it at 180…191.
        let ring = [Point(x: -180, y: 65), Point(x: -169, y: 66), Point(x: -175, y: 70), Point(x: -180, y: 69)]
        let s = MapGeometry.shifted(ring, centralMeridian: 105)
        #expect(s == ring.map { Point(x: $0.x + 360, y: $0.y) })
        // Every vertex moved by the same amount, including those at exactly −180.
        #expect(Set(zip(s, ring).map { $0.x - $1.x }) == [360])
        // Centred on Greenwich nothing moves.
        #expect(MapGeometry.shifted(ring, centralMeridian: 0) == ring)
    }

    @Test func russiasMainlandRingTouchingPlus180StaysPut() {
        let ring = [Point(x: 28, y: 60), Point(x: 180, y: 65), Point(x: 180, y: 71), Point(x: 30, y: 69)]
        #expect(MapGeometry.shifted(ring, centralMeridian: 105) == ring)
        #expect(MapGeometry.shifted(ring, centralMeridian: 0) == ring)
    }

    @Test func fijisRingsStayOnTheirSidesForGreenwichAndMoveTogetherForThePacific() {
        let west = [Point(x: 177, y: -17), Point(x: 180, y: -17), Point(x: 180, y: -16), Point(x: 178, y: -16)]
        let east = [Point(x: -180, y: -17), Point(x: -179, y: -17), Point(x: -179, y: -16), Point(x: -180, y: -16)]
        #expect(MapGeometry.shifted(west, centralMeridian: 0) == west)
        #expect(MapGeometry.shifted(east, centralMeridian: 0) == east)
        // Centred on 170° E, the eastern islands come to 180…181 next to the western ones.
        #expect(MapGeometry.shifted(east, centralMeridian: 170).map(\.x) == [180, 181, 181, 180])
    }

    @Test func clippingKeepsTheInsideAndDropsWhatIsOutside() {
        let square = [Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 10, y: 10), Point(x: 0, y: 10)]
        let frame = Rect(x: 5, y: -5, width: 20, height: 10)
        let c = MapGeometry.clip(square, to: frame)
        #expect(abs(MapGeometry.signedDoubleArea(c)) == 50)
        #expect(c.allSatisfy { frame.contains($0) })
        #expect(MapGeometry.clip(square, to: Rect(x: 20, y: 20, width: 5, height: 5)).isEmpty)
        // Orientation is kept (holes stay holes).
        #expect(MapGeometry.signedDoubleArea(MapGeometry.clip(square.reversed(), to: frame)) < 0)
    }
}
