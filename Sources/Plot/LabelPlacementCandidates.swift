// Candidate label positions around a point, as size-independent templates.
//
// Each template names a direction u = (dx, dy) (unit, y down) and a distance d:
// the label is put where its frame's point nearest to the anchor is exactly
// anchor + d·u. For an oblique u that nearest point is a corner of the frame
// (the frame lies entirely on the far side of both axes through that corner);
// for an axis direction it lies on an edge, and `slide` says how far along
// that edge the frame is shifted (0.5 = centred). This makes the gap between
// marker and label the same for every template of a ring, whatever the label's
// width, and the leader simply runs along u from radius `markerRadius` to d.

struct LabelCandidate: Sendable {
    enum Kind: Sendable { case corner, horizontal, vertical }

    var kind: Kind
    var dx: Double
    var dy: Double
    var distance: Double
    /// For `.horizontal`: fraction of the label's height above the anchor;
    /// for `.vertical`: fraction of its width left of the anchor.
    var slide: Double
    /// Penalty before context-dependent terms; templates are sorted by it.
    var base: Double
    /// False on the default ring (no leader drawn), true beyond it.
    var hasLeader: Bool

    @inline(__always)
    func frame(anchor a: Point, size s: Size) -> Rect {
        let qx = a.x + distance * dx, qy = a.y + distance * dy
        switch kind {
        case .corner:
            return Rect(x: dx > 0 ? qx : qx - s.width, y: dy > 0 ? qy : qy - s.height,
                        width: s.width, height: s.height)
        case .horizontal:
            return Rect(x: dx > 0 ? qx : qx - s.width, y: a.y - slide * s.height,
                        width: s.width, height: s.height)
        case .vertical:
            return Rect(x: a.x - slide * s.width, y: dy > 0 ? qy : qy - s.height,
                        width: s.width, height: s.height)
        }
    }

    /// From the marker's edge to the label's nearest point.
    @inline(__always)
    func leader(anchor a: Point, markerRadius r: Double) -> Leader {
        Leader(from: Point(x: a.x + r * dx, y: a.y + r * dy),
               to: Point(x: a.x + distance * dx, y: a.y + distance * dy))
    }

    /// All templates for `options`, sorted by increasing base penalty:
    ///
    /// - ring 0 (distance `markerRadius + padding`), the eight classic
    ///   positions in Imhof's order, base 0, 0.1, …, 0.7: upper right, upper
    ///   left, lower right, lower left, right, left, above, below;
    /// - ring 0 "slider" positions (corners at 22.5° and 67.5°, edge positions
    ///   shifted by 0, ¼, ¾, 1 of the label), base 1 + 0.01·k;
    /// - rings k = 1, 2, … at distance d = ring0 + k·ringSpacing while the
    ///   leader (d − markerRadius) is at most `maxLeaderLength`, with directions
    ///   every ≈`candidateSpacing` of arc (a multiple of 8 per ring, so the
    ///   axis and diagonal directions are always present), base
    ///   2 + (d − ring0) + q, where q ∈ [0, 0.4) prefers the upper-right side
    ///   the same way Imhof's order does. Since ringSpacing ≥ 0.5 > 0.4, the
    ///   order is ring by ring.
    static func templates(options o: LabelPlacementOptions) -> [LabelCandidate] {
        let r = o.markerRadius
        let g = r + o.padding
        let h = 0.5.squareRoot()
        var out: [LabelCandidate] = []

        func corner(_ dx: Double, _ dy: Double, _ d: Double, _ base: Double, _ leader: Bool) -> LabelCandidate {
            LabelCandidate(kind: .corner, dx: dx, dy: dy, distance: d, slide: 0, base: base, hasLeader: leader)
        }
        func horizontal(_ dx: Double, _ slide: Double, _ d: Double, _ base: Double, _ leader: Bool) -> LabelCandidate {
            LabelCandidate(kind: .horizontal, dx: dx, dy: 0, distance: d, slide: slide, base: base, hasLeader: leader)
        }
        func vertical(_ dy: Double, _ slide: Double, _ d: Double, _ base: Double, _ leader: Bool) -> LabelCandidate {
            LabelCandidate(kind: .vertical, dx: 0, dy: dy, distance: d, slide: slide, base: base, hasLeader: leader)
        }

        // Ring 0, Imhof's eight positions (y grows downwards: "upper" is dy < 0).
        out.append(corner(h, -h, g, 0.0, false))      // upper right
        out.append(corner(-h, -h, g, 0.1, false))     // upper left
        out.append(corner(h, h, g, 0.2, false))       // lower right
        out.append(corner(-h, h, g, 0.3, false))      // lower left
        out.append(horizontal(1, 0.5, g, 0.4, false))  // right
        out.append(horizontal(-1, 0.5, g, 0.5, false)) // left
        out.append(vertical(-1, 0.5, g, 0.6, false))   // above
        out.append(vertical(1, 0.5, g, 0.7, false))    // below

        // Ring 0 sliders, same quadrant preference.
        var k = 0.0
        func slider(_ c: LabelCandidate) { var c = c; c.base = 1 + 0.01 * k; k += 1; out.append(c) }
        let c1 = (Double.pi / 8).labelCos, s1 = (Double.pi / 8).labelSin    // 22.5°
        for (sx, sy) in [(1.0, -1.0), (-1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)] {
            slider(corner(sx * c1, sy * s1, g, 0, false))
            slider(corner(sx * s1, sy * c1, g, 0, false))
        }
        for f in [0.75, 0.25, 1.0, 0.0] {                 // more of the label above first
            slider(horizontal(1, f, g, 0, false))
            slider(horizontal(-1, f, g, 0, false))
        }
        for f in [0.25, 0.75, 0.0, 1.0] {                 // more of the label to the right first
            slider(vertical(-1, f, g, 0, false))
            slider(vertical(1, f, g, 0, false))
        }

        // Rings with leaders.
        guard o.maxLeaderLength > 0 else { return out }
        var ring = 1
        while true {
            let d = g + Double(ring) * o.ringSpacing
            if d - r > o.maxLeaderLength + LabelGeometry.epsilon { break }
            let n = 8 * Swift.max(1, Int((2 * Double.pi * d / o.candidateSpacing / 8).rounded(.up)))
            var ringCandidates: [LabelCandidate] = []
            ringCandidates.reserveCapacity(n)
            for j in 0..<n {
                let base = 2 + (d - g)
                // Axis directions exactly, so their frames are exact too.
                if (4 * j) % n == 0 {
                    switch (4 * j) / n {
                    case 0: ringCandidates.append(horizontal(1, 0.5, d, base + 0.05, true))
                    case 1: ringCandidates.append(vertical(-1, 0.5, d, base + 0.25, true))
                    case 2: ringCandidates.append(horizontal(-1, 0.5, d, base + 0.15, true))
                    default: ringCandidates.append(vertical(1, 0.5, d, base + 0.35, true))
                    }
                    continue
                }
                let theta = 2 * Double.pi * Double(j) / Double(n)   // counter-clockwise, y up
                let dx = theta.labelCos, dy = -theta.labelSin
                let quadrant: Double = dy < 0 ? (dx > 0 ? 0 : 0.1) : (dx > 0 ? 0.2 : 0.3)
                // Within a quadrant prefer the diagonal.
                let within = theta.truncatingRemainder(dividingBy: Double.pi / 2)
                let offDiagonal = abs(within - Double.pi / 4) / (Double.pi / 4)
                ringCandidates.append(corner(dx, dy, d, base + quadrant + 0.05 * offDiagonal, true))
            }
            out.append(contentsOf: ringCandidates)
            ring += 1
        }
        // Stable sort by base penalty: ties keep generation order.
        return out.enumerated().sorted { a, b in
            a.element.base != b.element.base ? a.element.base < b.element.base : a.offset < b.offset
        }.map(\.element)
    }
}

private extension Double {
    var labelCos: Double { _labelCos(self) }
    var labelSin: Double { _labelSin(self) }
}

// Foundation-free sine and cosine: the Plot module has no Foundation or libm
// import, and exact bit-for-bit reproducibility across platforms matters more
// here than speed (the templates are built once per call).
@inline(__always) private func _labelCos(_ x: Double) -> Double { _labelSin(x + Double.pi / 2) }

private func _labelSin(_ x: Double) -> Double {
    // Reduce to [-π, π], then Taylor series to convergence (|x| ≤ π needs ~20 terms).
    var y = x.truncatingRemainder(dividingBy: 2 * Double.pi)
    if y > Double.pi { y -= 2 * Double.pi } else if y < -Double.pi { y += 2 * Double.pi }
    var term = y, sum = y, n = 1.0
    while abs(term) > 1e-17 * Swift.max(1, abs(sum)) {
        term *= -y * y / ((n + 1) * (n + 2))
        sum += term
        n += 2
    }
    return sum
}
