import Testing
@testable import Plot

struct PointShapeTests {
    /// Shoelace area of a closed polygon path.
    func area(_ p: Path) -> Double {
        let pts = p.elements.compactMap { e -> Point? in
            switch e { case .move(let q), .line(let q): return q; default: return nil } }
        var a = 0.0
        for i in pts.indices { let j = (i + 1) % pts.count; a += pts[i].x * pts[j].y - pts[j].x * pts[i].y }
        return abs(a) / 2
    }
    // Filled shapes match the area of the circle of the same nominal size
    // (π r², r = 2), to the 3 significant digits of their constants.
    @Test func equalAreaShapes() {
        let circle = Double.pi * 4
        for s in [PointShape.square, .diamond, .triangle, .invertedTriangle] {
            let a = area(s.path(center: Point(x: 0, y: 0), diameter: 4))
            #expect(abs(a - circle) / circle < 0.002, "\(s): \(a)")
        }
    }
    @Test func triangleOrientation() {
        let p = PointShape.triangle.path(center: Point(x: 0, y: 0), diameter: 4)
        if case .move(let apex) = p.elements.first { #expect(apex.y < 0) } else { Issue.record("no move") }
    }
}
