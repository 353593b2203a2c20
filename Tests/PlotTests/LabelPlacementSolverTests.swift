import Testing
@testable import Plot

// The improvement pass (local repair after Christensen, Marks & Shieber 1995)
// and the polish pass, observed through `placeLabels`.

struct LabelPlacementSolverTests {
    /// A hand-built case greedy placement cannot solve: the high-priority label
    /// #0 takes its upper-right spot, which is the only spot #1 has. Repair
    /// moves #0 to its upper-left spot and gives #1 the freed room.
    /// Geometry: marker 2 + padding 1 = ring 3; #1's other positions either
    /// leave the 60 × 20 panel or cover #0's marker (worked out by hand).
    @Test func repairMovesABlockerAside() {
        let bounds = Rect(x: 0, y: 0, width: 60, height: 20)
        let s = Size(width: 20, height: 7)
        let requests = [LabelRequest(anchor: Point(x: 30, y: 10), size: s, priority: 1),
                        LabelRequest(anchor: Point(x: 50, y: 12.5), size: s)]
        let greedy = placeLabels(requests, obstacles: [], bounds: bounds,
                                 options: .init(maxLeaderLength: 0, improvementRounds: 0))
        #expect(greedy.unplaced == [1])
        let h = 3 / 2.0.squareRoot()
        #expect(greedy.placed.first.map { abs($0.frame.minX - (30 + h)) < 1e-9 } == true)   // upper right

        let repaired = placeLabels(requests, obstacles: [], bounds: bounds, options: .init(maxLeaderLength: 0))
        #expect(repaired.unplaced.isEmpty)
        #expect(repaired.placed.count == 2)
        #expect(repaired.placed.first.map { abs($0.frame.maxX - (30 - h)) < 1e-9 } == true)  // upper left
        #expect(repaired.placed.last.map { $0.frame == Rect(x: 40, y: 2.5, width: 20, height: 7) } == true) // above
    }

    /// Repair never loses a label, so it places at least as many as greedy,
    /// and the result still satisfies every constraint.
    @Test("Repair is monotone on dense clouds", arguments: [UInt64(21), 22, 23])
    func repairNeverLosesLabels(seed: UInt64) {
        let panel = LabelFixtures.panel
        let requests = LabelFixtures.cloud(193, seed: seed, chars: 3...5)
        let greedy = placeLabels(requests, obstacles: [], bounds: panel, options: .init(improvementRounds: 0))
        let improved = placeLabels(requests, obstacles: [], bounds: panel)
        #expect(improved.placed.count >= greedy.placed.count)
        #expect(labelPlacementViolations(requests, obstacles: [], bounds: panel, options: .init(), result: improved).isEmpty)
        // Greedy alone satisfies them too.
        #expect(labelPlacementViolations(requests, obstacles: [], bounds: panel, options: .init(), result: greedy).isEmpty)
    }

    /// Leaders avoid crossing each other where a free alternative exists: two
    /// points covered by one box both need leaders; they must not cross.
    @Test func leadersDoNotCrossWhenAvoidable() {
        let bounds = Rect(x: 0, y: 0, width: 200, height: 200)
        let box = Rect(x: 80, y: 90, width: 40, height: 20)
        let requests = [LabelRequest(anchor: Point(x: 95, y: 100), size: Size(width: 10.5, height: 7)),
                        LabelRequest(anchor: Point(x: 105, y: 100), size: Size(width: 10.5, height: 7))]
        let r = placeLabels(requests, obstacles: [box], bounds: bounds)
        #expect(r.placed.count == 2)
        let ls = r.placed.compactMap(\.leader)
        #expect(ls.count == 2)
        if ls.count == 2 {
            #expect(!LabelGeometry.segmentsCross(ls[0].from, ls[0].to, ls[1].from, ls[1].to))
        }
        #expect(labelPlacementViolations(requests, obstacles: [box], bounds: bounds, options: .init(), result: r).isEmpty)
    }
}
