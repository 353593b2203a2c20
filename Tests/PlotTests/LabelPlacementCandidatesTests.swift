import Testing
@testable import Plot

struct LabelPlacementCandidatesTests {
    let options = LabelPlacementOptions()

    @Test func sortedByBaseAndRingsWithinReach() {
        let t = LabelCandidate.templates(options: options)
        #expect(zip(t, t.dropFirst()).allSatisfy { $0.base <= $1.base })
        let g = options.markerRadius + options.padding
        #expect(t.filter { !$0.hasLeader }.allSatisfy { $0.distance == g })
        #expect(t.filter { $0.hasLeader }.allSatisfy { $0.distance > g && $0.distance - options.markerRadius <= options.maxLeaderLength + 1e-9 })
        // Unleadered candidates come first.
        let firstLeader = t.firstIndex { $0.hasLeader } ?? t.count
        #expect(t[firstLeader...].allSatisfy { $0.hasLeader })
        #expect(firstLeader == 8 + 24)
    }

    @Test func noLeaderedRingsWhenMaxLeaderIsZero() {
        let t = LabelCandidate.templates(options: .init(maxLeaderLength: 0))
        #expect(t.count == 32 && t.allSatisfy { !$0.hasLeader })
    }

    /// Every template puts the frame's nearest point to the anchor at exactly
    /// `distance` along its direction, whatever the label's size; the leader
    /// runs along that direction from the marker's edge.
    @Test func nearestPointIsOnTheDirection() {
        let a = Point(x: 50, y: 40)
        for s in [Size(width: 10.5, height: 7), Size(width: 42, height: 7), Size(width: 3, height: 20)] {
            for c in LabelCandidate.templates(options: options) {
                let f = c.frame(anchor: a, size: s)
                #expect(f.size == s)
                let nx = min(max(a.x, f.minX), f.maxX), ny = min(max(a.y, f.minY), f.maxY)
                let want = Point(x: a.x + c.distance * c.dx, y: a.y + c.distance * c.dy)
                #expect(abs(nx - want.x) < 1e-9 && abs(ny - want.y) < 1e-9)
                #expect(abs((c.dx * c.dx + c.dy * c.dy).squareRoot() - 1) < 1e-12)
                let l = c.leader(anchor: a, markerRadius: 2)
                #expect(abs(l.from.x - (a.x + 2 * c.dx)) < 1e-12 && l.to == want)
            }
        }
    }

    /// The Foundation-free sine used for ring directions agrees with exact
    /// values at the angles where they are known.
    @Test func ringDirectionsHitKnownAngles() {
        let t = LabelCandidate.templates(options: options).filter(\.hasLeader)
        // Diagonal directions exist on every ring (a multiple of 8 per ring).
        let h = 0.5.squareRoot()
        let diagonals = t.filter { abs(abs($0.dx) - h) < 1e-15 && abs(abs($0.dy) - h) < 1e-15 }
        let rings = Set(t.map(\.distance)).count
        #expect(diagonals.count == 4 * rings)
    }
}
