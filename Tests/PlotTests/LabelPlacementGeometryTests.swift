import Testing
@testable import Plot

// Hand-worked cases for the predicates; each expectation is elementary geometry.
struct LabelPlacementGeometryTests {
    let r = Rect(x: 0, y: 0, width: 10, height: 4)

    @Test func pointToRectDistance() {
        #expect(LabelGeometry.distance(from: Point(x: 5, y: 2), to: r) == 0)
        #expect(LabelGeometry.distance(from: Point(x: 13, y: 8), to: r) == 5)      // 3-4-5 from the corner
        #expect(LabelGeometry.distance(from: Point(x: -2, y: 1), to: r) == 2)
    }

    @Test func closerThanGap() {
        let b = Rect(x: 11, y: 0, width: 5, height: 4)    // 1 pt to the right
        #expect(!LabelGeometry.closer(r, b, than: 1))      // exactly the gap: allowed
        #expect(LabelGeometry.closer(r, b, than: 1.01))
        #expect(!LabelGeometry.closer(r, b, than: 0))
    }

    @Test func segmentThroughRect() {
        #expect(LabelGeometry.segment(Point(x: -5, y: 2), Point(x: 15, y: 2), intersects: r))   // straight through
        #expect(LabelGeometry.segment(Point(x: 2, y: 1), Point(x: 3, y: 2), intersects: r))     // inside
        #expect(!LabelGeometry.segment(Point(x: -5, y: 0), Point(x: 15, y: 0), intersects: r))  // along an edge
        #expect(!LabelGeometry.segment(Point(x: -5, y: -5), Point(x: 0, y: 0), intersects: r))  // ends at a corner
        #expect(!LabelGeometry.segment(Point(x: 11, y: -1), Point(x: 20, y: 9), intersects: r)) // beside
        #expect(LabelGeometry.segment(Point(x: -1, y: 3), Point(x: 3, y: -1), intersects: r))   // cuts a corner
        #expect(!LabelGeometry.segment(Point(x: 20, y: 20), Point(x: 20, y: 20), intersects: r))
    }

    @Test func segmentCrossings() {
        let a = Point(x: 0, y: 0), b = Point(x: 4, y: 4)
        #expect(LabelGeometry.segmentsCross(a, b, Point(x: 0, y: 4), Point(x: 4, y: 0)))
        #expect(!LabelGeometry.segmentsCross(a, b, a, Point(x: 4, y: 0)))            // shared start
        #expect(!LabelGeometry.segmentsCross(a, b, Point(x: 1, y: 0), Point(x: 5, y: 4)))  // parallel
        #expect(!LabelGeometry.segmentsCross(a, b, Point(x: 5, y: 0), Point(x: 3, y: 2)))  // would meet beyond b
    }

    @Test func pointToSegmentDistance() {
        #expect(LabelGeometry.distance(from: Point(x: 2, y: 3), toSegment: Point(x: 0, y: 0), Point(x: 4, y: 0)) == 3)
        #expect(LabelGeometry.distance(from: Point(x: 7, y: 4), toSegment: Point(x: 0, y: 0), Point(x: 4, y: 0)) == 5)
        #expect(LabelGeometry.distance(from: Point(x: 1, y: 1), toSegment: Point(x: 0, y: 0), Point(x: 0, y: 0)) == 2.0.squareRoot())
    }
}
