// Point symbols as paths.

/// A point symbol. Filled shapes are drawn with a fill and a thin outline of
/// the same colour; sizes are the diameter of the circle of equal visual
/// weight (each shape's area is matched to the circle's, as ggplot2 roughly does).
public enum PointShape: String, Sendable, Hashable, Codable, CaseIterable {
    case circle, triangle, square, diamond, invertedTriangle, plus, cross, star

    /// Redundant-encoding order: the four most distinct filled shapes first.
    public static let groupOrder: [PointShape] = [.circle, .triangle, .square, .diamond, .invertedTriangle, .plus, .cross, .star]

    /// True for shapes drawn as strokes only (no interior).
    public var isLineShape: Bool { self == .plus || self == .cross }

    /// The outline of the shape centred at `c` for a symbol of diameter `d` points.
    public func path(center c: Point, diameter d: Double) -> Path {
        let r = d / 2
        switch self {
        case .circle:
            return .circle(center: c, radius: r)
        case .square:
            let h = r * 0.886      // equal area: side = r·√π
            return .rect(Rect(x: c.x - h, y: c.y - h, width: 2 * h, height: 2 * h))
        case .diamond:
            let h = r * 1.253      // equal area: half-diagonal = r·√(π/2)
            return .polyline([Point(x: c.x, y: c.y - h), Point(x: c.x + h, y: c.y),
                              Point(x: c.x, y: c.y + h), Point(x: c.x - h, y: c.y)], closed: true)
        case .triangle, .invertedTriangle:
            // Equilateral triangle with the circle's area, centroid at c.
            let s = r * 2.694      // side = r·√(4π/√3)
            let hgt = s * 0.8660254037844386
            let dir: Double = self == .triangle ? 1 : -1
            let apex = Point(x: c.x, y: c.y - dir * hgt * 2 / 3)
            let baseY = c.y + dir * hgt / 3
            return .polyline([apex, Point(x: c.x + s / 2, y: baseY), Point(x: c.x - s / 2, y: baseY)], closed: true)
        case .plus:
            let h = r * 1.1
            return Path([.move(Point(x: c.x - h, y: c.y)), .line(Point(x: c.x + h, y: c.y)),
                         .move(Point(x: c.x, y: c.y - h)), .line(Point(x: c.x, y: c.y + h))])
        case .cross:
            let h = r * 0.85
            return Path([.move(Point(x: c.x - h, y: c.y - h)), .line(Point(x: c.x + h, y: c.y + h)),
                         .move(Point(x: c.x - h, y: c.y + h)), .line(Point(x: c.x + h, y: c.y - h))])
        case .star:
            // Five-pointed star, inner radius 0.45 of the outer.
            let ro = r * 1.35, ri = ro * 0.45
            let cosines = [0.0, 0.5877852522924731, 0.9510565162951535, 0.9510565162951536, 0.5877852522924732,
                           0.0, -0.5877852522924730, -0.9510565162951535, -0.9510565162951536, -0.5877852522924734]
            let sines = [1.0, 0.8090169943749475, 0.3090169943749475, -0.3090169943749473, -0.8090169943749473,
                         -1.0, -0.8090169943749476, -0.3090169943749476, 0.3090169943749472, 0.8090169943749472]
            var pts: [Point] = []
            for k in 0..<10 {
                let rad = k % 2 == 0 ? ro : ri
                pts.append(Point(x: c.x + rad * cosines[k], y: c.y - rad * sines[k]))
            }
            return .polyline(pts, closed: true)
        }
    }
}
