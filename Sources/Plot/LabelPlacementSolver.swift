// The engine behind `placeLabels` (see LabelPlacement.swift for the contract).
//
// Penalty of a candidate = template base (Imhof rank on the default ring, then
// 2 + ring distance in points for leadered rings, see LabelCandidate) plus, for
// a leadered candidate, 10 per other leader it crosses, 10 per obstacle it
// crosses and 3 per other marker it passes over. Hard constraints (bounds,
// padding to labels, markers, obstacles and other leaders; own leader clear of
// other labels) make a candidate infeasible.
//
// Phases:
//   greedy   — labels in priority order take their least-penalty feasible
//              candidate. Because templates are sorted by base penalty and the
//              context terms are non-negative, the scan stops as soon as the
//              next base penalty reaches the best total found: a label whose
//              upper-right position is free costs a single test.
//   repair   — (Christensen, Marks & Shieber 1995, local repair) for each
//              unplaced label, candidates blocked by at most two placed labels
//              are tried, fewest blockers and least penalty first: remove the
//              blockers, place the label, re-place the blockers greedily; keep
//              the move only if every blocker found a place, else roll back.
//              The number of labels placed never decreases.
//   polish   — every leadered label is lifted and re-placed greedily; its old
//              spot is still a candidate, so its penalty never increases.
// Repair + polish repeat for `improvementRounds` rounds or until a round
// places nothing new. Work in the repair phase is capped by a deterministic
// budget of candidate tests, so pathological inputs stay fast and the output
// stays reproducible.

struct LabelPlacementSolver {
    private let requests: [LabelRequest]
    private let bounds: Rect
    private let options: LabelPlacementOptions
    private let radius: Double
    private let padding: Double
    private let templates: [LabelCandidate]
    private let grid: LabelPlacementGrid

    private let obstacles: [Rect]
    private var obstacleCells: LabelPlacementBuckets
    private var markerCells: LabelPlacementBuckets
    private var labelCells: LabelPlacementBuckets
    private var leaderCells: LabelPlacementBuckets

    /// Processing order: priority descending (NaN lowest), then index.
    private let order: [Int]
    private let eligible: [Bool]
    private let markerValid: [Bool]

    private var placed: [Bool]
    private var frames: [Rect]
    private var leaders: [Leader?]
    private var penalties: [Double]

    /// Visit stamps to report each label once per query although it is filed
    /// in several cells.
    private var seen: [UInt32]
    private var obstacleSeen: [UInt32]
    private var stamp: UInt32 = 0

    /// Remaining candidate tests for the repair phase.
    private var repairBudget: Int

    /// Per label, the indices of templates that pass the static tests
    /// (bounds, markers, obstacles), ascending; filled by the first complete
    /// scan, so later searches (repair, polish) skip those tests.
    private var staticCandidates: [[Int32]?]
    private var scanBuffer: [Int32] = []

    /// Areas where labels moved during the current improvement round; an
    /// unplaced label is retried next round only if its reach meets one.
    private var changed: [Rect] = []

    /// In the improvement phases labels are searched repeatedly: compute each
    /// label's full static list on first use instead of scanning with early exit.
    private var fillCache = false

    static let leaderCrossingPenalty = 10.0
    static let obstacleCrossingPenalty = 10.0
    static let markerCrossingPenalty = 3.0
    static let maxBlockers = 2
    static let repairAttemptsPerLabel = 8

    init(requests: [LabelRequest], obstacles: [Rect], bounds: Rect, options: LabelPlacementOptions) {
        self.requests = requests
        self.bounds = bounds
        self.options = options
        radius = options.markerRadius
        padding = options.padding
        templates = LabelCandidate.templates(options: options)

        let n = requests.count
        let boundsValid = bounds.minX.isFinite && bounds.minY.isFinite && bounds.width.isFinite
            && bounds.height.isFinite && bounds.width > 0 && bounds.height > 0

        var eligible = [Bool](repeating: false, count: n)
        var markerValid = [Bool](repeating: false, count: n)
        for (i, q) in requests.enumerated() {
            let a = q.anchor, s = q.size
            markerValid[i] = a.x.isFinite && a.y.isFinite
            eligible[i] = boundsValid && markerValid[i] && bounds.contains(a)
                && s.width.isFinite && s.height.isFinite && s.width > 0 && s.height > 0
                && s.width <= bounds.width && s.height <= bounds.height
        }
        self.eligible = eligible
        self.markerValid = markerValid

        let keys = requests.map { $0.priority.isNaN ? -Double.infinity : $0.priority }
        order = (0..<n).sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }

        // About one label per cell, never finer than a typical label height.
        let eligibleCount = eligible.reduce(0) { $0 + ($1 ? 1 : 0) }
        let area = boundsValid ? bounds.width * bounds.height : 1
        let cellSize = Swift.max((area / Double(Swift.max(eligibleCount, 1))).squareRoot(), 4)
        grid = LabelPlacementGrid(bounds: boundsValid ? bounds : Rect(x: 0, y: 0, width: 1, height: 1),
                                  cellSize: cellSize)

        // Only items that can come within `padding` of something inside the
        // panel matter; labels and leaders always lie inside it.
        let reach = radius + padding + LabelGeometry.epsilon
        var kept: [Rect] = []
        obstacleCells = LabelPlacementBuckets(grid: grid)
        for o in obstacles where o.minX.isFinite && o.minY.isFinite && o.width.isFinite && o.height.isFinite
            && o.width >= 0 && o.height >= 0 && boundsValid && LabelGeometry.closer(o, bounds, than: padding) {
            obstacleCells.insert(kept.count, in: grid.range(o, grownBy: padding))
            kept.append(o)
        }
        self.obstacles = kept
        obstacleSeen = [UInt32](repeating: 0, count: kept.count)
        markerCells = LabelPlacementBuckets(grid: grid)
        for i in 0..<n where markerValid[i] && boundsValid
            && LabelGeometry.distance(from: requests[i].anchor, to: bounds) < reach {
            let a = requests[i].anchor
            markerCells.insert(i, in: grid.range(minX: a.x, minY: a.y, maxX: a.x, maxY: a.y))
        }
        labelCells = LabelPlacementBuckets(grid: grid)
        leaderCells = LabelPlacementBuckets(grid: grid)

        placed = [Bool](repeating: false, count: n)
        frames = [Rect](repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: n)
        leaders = [Leader?](repeating: nil, count: n)
        penalties = [Double](repeating: 0, count: n)
        seen = [UInt32](repeating: 0, count: n)
        repairBudget = 4000 * Swift.max(eligibleCount, 1)
        staticCandidates = [[Int32]?](repeating: nil, count: n)
    }

    // MARK: - Driver

    mutating func run() -> LabelPlacementResult {
        for i in order where eligible[i] {
            if let best = bestCandidate(for: i) { place(i, best) }
        }
        fillCache = true
        var previous: [Rect]? = nil                       // nil: first round, try all
        for _ in 0..<options.improvementRounds {
            changed.removeAll()
            var gained = false
            for i in order where eligible[i] && !placed[i] && repairBudget > 0 {
                if let previous, !previous.contains(where: { reach(of: i).intersects($0) }) { continue }
                if repair(i) { gained = true }
            }
            fillCache = false                             // each label is searched once in a polish
            polish()
            fillCache = true
            if !gained { break }
            previous = changed
        }
        var result = LabelPlacementResult(placed: [], unplaced: [])
        for i in requests.indices {
            if placed[i] {
                result.placed.append(PlacedLabel(index: i, frame: frames[i], leader: leaders[i]))
            } else {
                result.unplaced.append(i)
            }
        }
        return result
    }

    /// Everything a label's candidates (and their blockers) can touch.
    private func reach(of i: Int) -> Rect {
        let q = requests[i]
        let d = radius + padding + options.maxLeaderLength + Swift.max(q.size.width, q.size.height)
            + 2 * padding + 1
        return Rect(x: q.anchor.x - d, y: q.anchor.y - d, width: 2 * d, height: 2 * d)
    }

    /// The box around a label and its leader.
    private func footprint(_ c: Choice) -> Rect {
        guard let l = c.leader else { return c.frame }
        let x0 = Swift.min(c.frame.minX, l.from.x), y0 = Swift.min(c.frame.minY, l.from.y)
        let x1 = Swift.max(c.frame.maxX, l.from.x), y1 = Swift.max(c.frame.maxY, l.from.y)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    // MARK: - Placing and lifting

    private struct Choice {
        var frame: Rect
        var leader: Leader?
        var penalty: Double
    }

    private mutating func place(_ i: Int, _ c: Choice) {
        placed[i] = true
        frames[i] = c.frame
        leaders[i] = c.leader
        penalties[i] = c.penalty
        labelCells.insert(i, in: grid.range(c.frame, grownBy: padding))
        if let l = c.leader { leaderCells.insert(i, in: grid.range(segment: l.from, l.to)) }
    }

    private mutating func lift(_ i: Int) -> Choice {
        let old = Choice(frame: frames[i], leader: leaders[i], penalty: penalties[i])
        placed[i] = false
        labelCells.remove(i, from: grid.range(old.frame, grownBy: padding))
        if let l = old.leader { leaderCells.remove(i, from: grid.range(segment: l.from, l.to)) }
        leaders[i] = nil
        return old
    }

    // MARK: - Candidate tests

    private mutating func nextStamp() -> UInt32 {
        if stamp == UInt32.max {
            for k in seen.indices { seen[k] = 0 }
            for k in obstacleSeen.indices { obstacleSeen[k] = 0 }
            stamp = 0
        }
        stamp += 1
        return stamp
    }

    /// Bounds, obstacles and markers: constraints that never change.
    private func staticallyFeasible(_ i: Int, _ f: Rect) -> Bool {
        let e = LabelGeometry.epsilon
        guard f.minX >= bounds.minX - e, f.maxX <= bounds.maxX + e,
              f.minY >= bounds.minY - e, f.maxY <= bounds.maxY + e else { return false }
        let reach = radius + padding
        let limit2 = (reach - e) * (reach - e)
        let mr = grid.range(f, grownBy: reach)
        for r in mr.r0...mr.r1 {
            for c in mr.c0...mr.c1 {
                var node = markerCells.head[r * grid.cols + c]
                while node >= 0 {
                    let m = markerCells.item[Int(node)]
                    node = markerCells.next[Int(node)]
                    let a = requests[Int(m)].anchor
                    let dx = Swift.max(f.minX - a.x, 0, a.x - f.maxX)
                    let dy = Swift.max(f.minY - a.y, 0, a.y - f.maxY)
                    if dx * dx + dy * dy < limit2 { return false }
                }
            }
        }
        let or = grid.range(f)
        for r in or.r0...or.r1 {
            for c in or.c0...or.c1 {
                var node = obstacleCells.head[r * grid.cols + c]
                while node >= 0 {
                    let o = obstacleCells.item[Int(node)]
                    node = obstacleCells.next[Int(node)]
                    guard LabelGeometry.closer(f, obstacles[Int(o)], than: padding) else { continue }
                    return false
                }
            }
        }
        return true
    }

    /// Placed labels (other than `i`) that conflict with frame `f` and leader
    /// `l`: too close to `f`, crossed by `l`, or whose leader comes too close
    /// to `f`. Stops after `limit` + 1 distinct blockers; `blockers` is cleared
    /// first. Returns true when there are at most `limit`.
    private mutating func conflicts(_ i: Int, _ f: Rect, _ l: Leader?, limit: Int,
                                    into blockers: inout [Int]) -> Bool {
        blockers.removeAll(keepingCapacity: true)
        let s = nextStamp()
        let cols = grid.cols
        // Labels near the frame.
        let fr = grid.range(f)
        for r in fr.r0...fr.r1 {
            for c in fr.c0...fr.c1 {
                var node = labelCells.head[r * cols + c]
                while node >= 0 {
                    let jj = labelCells.item[Int(node)]
                    node = labelCells.next[Int(node)]
                    let j = Int(jj)
                    if j == i || seen[j] == s { continue }
                    if LabelGeometry.closer(f, frames[j], than: padding) {
                        seen[j] = s
                        blockers.append(j)
                        if blockers.count > limit { return false }
                    }
                }
            }
        }
        // Other leaders near the frame.
        let grown = f.insetBy(-padding + LabelGeometry.epsilon)
        let lr = grid.range(grown)
        for r in lr.r0...lr.r1 {
            for c in lr.c0...lr.c1 {
                var node = leaderCells.head[r * cols + c]
                while node >= 0 {
                    let jj = leaderCells.item[Int(node)]
                    node = leaderCells.next[Int(node)]
                    let j = Int(jj)
                    if j == i || seen[j] == s { continue }
                    if let lj = leaders[j], LabelGeometry.segment(lj.from, lj.to, intersects: grown) {
                        seen[j] = s
                        blockers.append(j)
                        if blockers.count > limit { return false }
                    }
                }
            }
        }
        // Own leader against other labels.
        if let l {
            let sr = grid.range(segment: l.from, l.to)
            for r in sr.r0...sr.r1 {
                for c in sr.c0...sr.c1 {
                    var node = labelCells.head[r * cols + c]
                    while node >= 0 {
                        let jj = labelCells.item[Int(node)]
                        node = labelCells.next[Int(node)]
                        let j = Int(jj)
                        if j == i || seen[j] == s { continue }
                        if LabelGeometry.segment(l.from, l.to, intersects: frames[j].insetBy(-padding + LabelGeometry.epsilon)) {
                            seen[j] = s
                            blockers.append(j)
                            if blockers.count > limit { return false }
                        }
                    }
                }
            }
        }
        return true
    }

    /// The context part of a leadered candidate's penalty.
    private mutating func leaderPenalty(_ i: Int, _ l: Leader) -> Double {
        var p = 0.0
        let cols = grid.cols
        let s = nextStamp()
        let sr = grid.range(segment: l.from, l.to)
        for r in sr.r0...sr.r1 {
            for c in sr.c0...sr.c1 {
                var node = leaderCells.head[r * cols + c]
                while node >= 0 {
                    let jj = leaderCells.item[Int(node)]
                    node = leaderCells.next[Int(node)]
                    let j = Int(jj)
                    if j == i || seen[j] == s { continue }
                    seen[j] = s
                    if let lj = leaders[j], LabelGeometry.segmentsCross(l.from, l.to, lj.from, lj.to) {
                        p += Self.leaderCrossingPenalty
                    }
                }
                var onode = obstacleCells.head[r * cols + c]
                while onode >= 0 {
                    let o = Int(obstacleCells.item[Int(onode)])
                    onode = obstacleCells.next[Int(onode)]
                    if obstacleSeen[o] == s { continue }
                    obstacleSeen[o] = s
                    if LabelGeometry.segment(l.from, l.to, intersects: obstacles[o]) {
                        p += Self.obstacleCrossingPenalty
                    }
                }
            }
        }
        let mr = grid.range(segment: l.from, l.to, grownBy: radius)
        let a = requests[i].anchor
        for r in mr.r0...mr.r1 {
            for c in mr.c0...mr.c1 {
                var node = markerCells.head[r * cols + c]
                while node >= 0 {
                    let m = markerCells.item[Int(node)]
                    node = markerCells.next[Int(node)]
                    guard Int(m) != i else { continue }
                    let b = requests[Int(m)].anchor
                    if b == a { continue }                    // a duplicate of our own point
                    if LabelGeometry.distance(from: b, toSegment: l.from, l.to) < radius {
                        p += Self.markerCrossingPenalty
                    }
                }
            }
        }
        return p
    }

    // MARK: - Greedy

    /// The least-penalty feasible candidate for `i` given the labels placed now.
    private mutating func bestCandidate(for i: Int) -> Choice? {
        let q = requests[i]
        var best: Choice?
        var scratch: [Int] = []
        if let list = staticCandidates[i] {
            for k in list {
                let t = templates[Int(k)]
                if let b = best, t.base >= b.penalty { break }
                consider(i, t, t.frame(anchor: q.anchor, size: q.size), &best, &scratch)
            }
            return best
        }
        if fillCache {
            fillStaticCandidates(i)
            return bestCandidate(for: i)
        }
        var buffer = scanBuffer
        buffer.removeAll(keepingCapacity: true)
        var complete = true
        for (k, t) in templates.enumerated() {
            if let b = best, t.base >= b.penalty { complete = false; break }
            let f = t.frame(anchor: q.anchor, size: q.size)
            guard staticallyFeasible(i, f) else { continue }
            buffer.append(Int32(k))
            consider(i, t, f, &best, &scratch)
        }
        if complete { staticCandidates[i] = buffer }
        scanBuffer = buffer
        return best
    }

    /// Computes the full list of statically feasible templates of `i`.
    private mutating func fillStaticCandidates(_ i: Int) {
        let q = requests[i]
        var list: [Int32] = []
        for (k, t) in templates.enumerated() where staticallyFeasible(i, t.frame(anchor: q.anchor, size: q.size)) {
            list.append(Int32(k))
        }
        staticCandidates[i] = list
    }

    /// Tests a statically feasible candidate and keeps it in `best` if better.
    @inline(__always)
    private mutating func consider(_ i: Int, _ t: LabelCandidate, _ f: Rect, _ best: inout Choice?,
                                   _ scratch: inout [Int]) {
        let l = t.hasLeader ? t.leader(anchor: requests[i].anchor, markerRadius: radius) : nil
        guard conflicts(i, f, l, limit: 0, into: &scratch) else { return }
        let total = t.base + (l.map { leaderPenalty(i, $0) } ?? 0)
        if let b = best, b.penalty <= total { return }
        best = Choice(frame: f, leader: l, penalty: total)
    }

    // MARK: - Repair

    private mutating func repair(_ u: Int) -> Bool {
        let q = requests[u]
        struct Option { var blockers: [Int]; var choice: Choice; var rank: Int }
        var options: [Option] = []
        var scratch: [Int] = []
        if staticCandidates[u] == nil, let c = bestCandidate(for: u) {   // a failed search fills the cache
            place(u, c)
            changed.append(footprint(c))
            return true
        }
        let list = staticCandidates[u] ?? templates.indices.map { Int32($0) }
        for k in list {
            let t = templates[Int(k)]
            repairBudget -= 1
            let f = t.frame(anchor: q.anchor, size: q.size)
            if staticCandidates[u] == nil, !staticallyFeasible(u, f) { continue }
            let l = t.hasLeader ? t.leader(anchor: q.anchor, markerRadius: radius) : nil
            guard conflicts(u, f, l, limit: Self.maxBlockers, into: &scratch) else { continue }
            let total = t.base + (l.map { leaderPenalty(u, $0) } ?? 0)
            options.append(Option(blockers: scratch, choice: Choice(frame: f, leader: l, penalty: total), rank: Int(k)))
        }
        options.sort { a, b in
            if a.blockers.count != b.blockers.count { return a.blockers.count < b.blockers.count }
            if a.choice.penalty != b.choice.penalty { return a.choice.penalty < b.choice.penalty }
            return a.rank < b.rank
        }
        // A free spot (possible when neighbours moved since the last try).
        if let first = options.first, first.blockers.isEmpty {
            place(u, first.choice)
            changed.append(footprint(first.choice))
            return true
        }
        for option in options.prefix(Self.repairAttemptsPerLabel) {
            if repairBudget <= 0 { return false }
            // Re-place blockers in processing order, for determinism and so that
            // higher-priority ones get first pick.
            let blockers = order.filter { option.blockers.contains($0) }
            var saved: [(Int, Choice)] = []
            for b in blockers { saved.append((b, lift(b))) }
            place(u, option.choice)
            var replaced: [Int] = []
            var ok = true
            for b in blockers {
                repairBudget -= templates.count
                if let c = bestCandidate(for: b) { place(b, c); replaced.append(b) } else { ok = false; break }
            }
            if ok {
                changed.append(footprint(option.choice))
                for (b, c) in saved {
                    changed.append(footprint(c))
                    changed.append(footprint(Choice(frame: frames[b], leader: leaders[b], penalty: 0)))
                }
                return true
            }
            for b in replaced { _ = lift(b) }
            _ = lift(u)
            for (b, c) in saved { place(b, c) }
        }
        return false
    }

    // MARK: - Polish

    private mutating func polish() {
        // Only labels near a change of this round can have gained a better spot:
        // after the greedy phase every label held its best spot given the
        // labels placed before it, and later labels only took space away.
        for i in order where placed[i] && leaders[i] != nil {
            let area = reach(of: i)
            guard changed.contains(where: { area.intersects($0) }) else { continue }
            let old = lift(i)
            // The old spot is one of the candidates and still free, so the
            // search cannot come back empty or with a worse spot; the fallback
            // only guards against that reasoning ever being wrong.
            let new = bestCandidate(for: i) ?? old
            place(i, new)
            if new.frame != old.frame { changed.append(footprint(old)); changed.append(footprint(new)) }
        }
    }
}
