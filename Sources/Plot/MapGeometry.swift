// Ring operations for maps: moving whole rings across the antimeridian, and
// clipping rings to a rectangle (Sutherland–Hodgman) before drawing.

/// Polygon rings as `Point` arrays: (longitude, latitude) in degrees before
/// projection, page points after. Rings are implicitly closed.
public enum MapGeometry {
    /// The ring moved by a whole multiple of 360° so that the middle of its
    /// longitude range lies in [λ₀ − 180, λ₀ + 180). Every vertex moves by the
    /// same amount — never a single vertex — so a ring touching ±180° (Chukotka
    /// stored at −180…−169, Fiji's eastern islands) stays in one piece on one
    /// side of the map's seam. Natural Earth cuts rings at ±180°, so for a
    /// central meridian of 0 nothing moves.
    public static func shifted(_ ring: [Point], centralMeridian l0: Double) -> [Point] {
        guard let lo = ring.map(\.x).min(), let hi = ring.map(\.x).max() else { return ring }
        let mid = (lo + hi) / 2
        var k = 0.0
        while mid + k * 360 < l0 - 180 { k += 1 }
        while mid + k * 360 >= l0 + 180 { k -= 1 }
        guard k != 0 else { return ring }
        return ring.map { Point(x: $0.x + k * 360, y: $0.y) }
    }

    /// The part of `ring` inside `rect` (Sutherland & Hodgman 1974, "Reentrant
    /// polygon clipping", CACM 17(1): 32–42), as one ring; empty when nothing
    /// remains. A concave ring cut into several pieces stays one ring joined
    /// along the rectangle's edges (zero-area bridges): its fill is exact, and
    /// the bridges lie on the rectangle's border.
    public static func clip(_ ring: [Point], to rect: Rect) -> [Point] {
        var output = ring
        for edge in 0..<4 {
            guard !output.isEmpty else { return [] }
            let input = output
            output = []
            output.reserveCapacity(input.count + 4)
            func inside(_ p: Point) -> Bool {
                switch edge {
                case 0: return p.x >= rect.minX
                case 1: return p.x <= rect.maxX
                case 2: return p.y >= rect.minY
                default: return p.y <= rect.maxY
                }
            }
            func intersection(_ a: Point, _ b: Point) -> Point {
                switch edge {
                case 0, 1:
                    let x = edge == 0 ? rect.minX : rect.maxX
                    let t = (x - a.x) / (b.x - a.x)
                    return Point(x: x, y: a.y + t * (b.y - a.y))
                default:
                    let y = edge == 2 ? rect.minY : rect.maxY
                    let t = (y - a.y) / (b.y - a.y)
                    return Point(x: a.x + t * (b.x - a.x), y: y)
                }
            }
            var previous = input[input.count - 1]
            for current in input {
                let ci = inside(current), pi = inside(previous)
                if ci {
                    if !pi { output.append(intersection(previous, current)) }
                    output.append(current)
                } else if pi {
                    output.append(intersection(previous, current))
                }
                previous = current
            }
        }
        return output.count >= 3 && abs(signedDoubleArea(output)) > 0 ? output : []
    }

    /// Twice the signed area (positive when counter-clockwise with y up).
    public static func signedDoubleArea(_ ring: [Point]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var s = 0.0
        var p = ring[ring.count - 1]
        for q in ring { s += p.x * q.y - q.x * p.y; p = q }
        return s
    }

    /// The smallest rectangle holding every point of `rings`, nil when there is none.
    public static func bounds(_ rings: [[Point]]) -> Rect? {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for r in rings { for p in r { minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y) } }
        guard minX <= maxX, minY <= maxY else { return nil }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}
