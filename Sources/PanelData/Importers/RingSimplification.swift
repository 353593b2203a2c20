// Douglas–Peucker simplification of closed rings in longitude/latitude degrees.

/// Simplifies polygon rings for drawing at a given size.
///
/// Douglas & Peucker (1973), "Algorithms for the reduction of the number of
/// points required to represent a digitized line or its caricature", The
/// Canadian Cartographer 10(2): 112–122. A vertex is kept when it lies more
/// than `tolerance` degrees (planar distance in the lon/lat plane) from the
/// chord of the section it belongs to. A closed ring is split at its first
/// vertex and at the vertex farthest from it, and both halves are simplified,
/// so the result does not depend on where the chain would otherwise be anchored
/// except through the ring's stored starting vertex (deterministic).
public enum RingSimplification {
    /// The kept vertices of `ring` (no repeated closing vertex) in order.
    /// Rings of fewer than four vertices are returned unchanged.
    public static func douglasPeucker(_ ring: [GeoCoordinate], tolerance: Double) -> [GeoCoordinate] {
        let n = ring.count
        guard n >= 4, tolerance > 0 else { return ring }
        var far = 1
        var best = -1.0
        for i in 1..<n {
            let d = squaredDistance(ring[i], ring[0])
            if d > best { best = d; far = i }
        }
        var keep = [Bool](repeating: false, count: n + 1)
        keep[0] = true; keep[far] = true; keep[n] = true
        // Index n stands for vertex 0 again (the closing vertex).
        let point: (Int) -> GeoCoordinate = { $0 == n ? ring[0] : ring[$0] }
        var stack: [(Int, Int)] = [(0, far), (far, n)]
        let tol2 = tolerance * tolerance
        while let (a, b) = stack.popLast() {
            guard b > a + 1 else { continue }
            var index = -1
            var dmax = -1.0
            let pa = point(a), pb = point(b)
            for i in (a + 1)..<b {
                let d = squaredSegmentDistance(point(i), pa, pb)
                if d > dmax { dmax = d; index = i }
            }
            if dmax > tol2, index > 0 {
                keep[index] = true
                stack.append((a, index))
                stack.append((index, b))
            }
        }
        return (0..<n).filter { keep[$0] }.map { ring[$0] }
    }

    /// Twice the signed area in square degrees (positive: counter-clockwise).
    public static func signedDoubleArea(_ ring: [GeoCoordinate]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var s = 0.0
        for i in ring.indices {
            let p = ring[i], q = ring[(i + 1) % ring.count]
            s += p.longitude * q.latitude - q.longitude * p.latitude
        }
        return s
    }

    static func squaredDistance(_ p: GeoCoordinate, _ q: GeoCoordinate) -> Double {
        let dx = p.longitude - q.longitude, dy = p.latitude - q.latitude
        return dx * dx + dy * dy
    }

    static func squaredSegmentDistance(_ p: GeoCoordinate, _ a: GeoCoordinate, _ b: GeoCoordinate) -> Double {
        let dx = b.longitude - a.longitude, dy = b.latitude - a.latitude
        let len2 = dx * dx + dy * dy
        guard len2 > 0 else { return squaredDistance(p, a) }
        let t = max(0, min(1, ((p.longitude - a.longitude) * dx + (p.latitude - a.latitude) * dy) / len2))
        let cx = a.longitude + t * dx - p.longitude, cy = a.latitude + t * dy - p.latitude
        return cx * cx + cy * cy
    }
}
