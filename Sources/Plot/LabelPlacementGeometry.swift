// Small exact predicates used by label placement: rectangle/disk distance,
// segment/rectangle and segment/segment intersection. Kept free of any state
// so the tests can check them directly.

enum LabelGeometry {
    /// Slack for comparisons of computed coordinates: positions built as
    /// `anchor + d·(cos θ, sin θ)` touch their constraint up to rounding.
    static let epsilon = 1e-7

    /// Euclidean distance from `p` to the closest point of `r` (0 inside).
    @inline(__always)
    static func distance(from p: Point, to r: Rect) -> Double {
        let dx = Swift.max(r.minX - p.x, 0, p.x - r.maxX)
        let dy = Swift.max(r.minY - p.y, 0, p.y - r.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// True when the interiors of `a` grown by `gap` and `b` overlap by more
    /// than `epsilon`, i.e. the two are closer than `gap` (touching at exactly
    /// `gap` is allowed).
    @inline(__always)
    static func closer(_ a: Rect, _ b: Rect, than gap: Double) -> Bool {
        let g = gap - epsilon
        return a.minX - g < b.maxX && b.minX < a.maxX + g
            && a.minY - g < b.maxY && b.minY < a.maxY + g
    }

    /// True when the segment p–q passes through the interior of `r`
    /// (Liang–Barsky clipping; a segment merely touching an edge does not count).
    static func segment(_ p: Point, _ q: Point, intersects r: Rect) -> Bool {
        let dx = q.x - p.x, dy = q.y - p.y
        var t0 = 0.0, t1 = 1.0
        // Each boundary: den·t <= num must hold for the clipped parameter t.
        @inline(__always)
        func clip(_ den: Double, _ num: Double) -> Bool {
            if den == 0 { return num > epsilon }          // parallel: inside that slab?
            let t = num / den
            if den < 0 { if t > t0 { t0 = t } } else { if t < t1 { t1 = t } }
            return t0 < t1
        }
        guard clip(-dx, p.x - r.minX), clip(dx, r.maxX - p.x),
              clip(-dy, p.y - r.minY), clip(dy, r.maxY - p.y) else { return false }
        // Require a clipped piece of positive length strictly inside.
        let len = (dx * dx + dy * dy).squareRoot()
        return (t1 - t0) * len > epsilon
    }

    /// Twice the signed area of the triangle a, b, c.
    @inline(__always)
    static func orient(_ a: Point, _ b: Point, _ c: Point) -> Double {
        (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
    }

    /// True when segments a–b and c–d cross at a single interior point
    /// (shared endpoints and collinear touching do not count: two leaders from
    /// the same anchor may start at the same place).
    static func segmentsCross(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
        let d1 = orient(c, d, a), d2 = orient(c, d, b)
        let d3 = orient(a, b, c), d4 = orient(a, b, d)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0))
            && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }

    /// Distance from `c` to the segment p–q.
    static func distance(from c: Point, toSegment p: Point, _ q: Point) -> Double {
        let dx = q.x - p.x, dy = q.y - p.y
        let len2 = dx * dx + dy * dy
        var t = len2 > 0 ? ((c.x - p.x) * dx + (c.y - p.y) * dy) / len2 : 0
        t = Swift.min(1, Swift.max(0, t))
        let ex = p.x + t * dx - c.x, ey = p.y + t * dy - c.y
        return (ex * ex + ey * ey).squareRoot()
    }
}
