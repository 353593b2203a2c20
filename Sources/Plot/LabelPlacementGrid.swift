// A uniform grid over the panel for overlap queries during label placement.
// Every item is filed in the cells its (grown) bounding box covers, so a query
// only looks at the few items near the candidate instead of scanning all
// labels: the cost per candidate is O(items per cell), not O(n).

/// The cell layout: `cols × rows` square cells of side `cell` starting at the
/// panel's top-left corner. Coordinates outside the panel are clamped to the
/// border cells, which keeps queries correct for items that straddle the edge.
struct LabelPlacementGrid: Sendable {
    let originX: Double
    let originY: Double
    let cell: Double
    let cols: Int
    let rows: Int

    /// A grid over `bounds` with cells of about `cellSize` (at most 128 per side).
    init(bounds: Rect, cellSize: Double) {
        let longest = Swift.max(bounds.width, bounds.height)
        let side = Swift.max(cellSize, longest / 128, 1e-6)
        originX = bounds.minX
        originY = bounds.minY
        cell = side
        cols = Swift.max(1, Swift.min(128, Int((bounds.width / side).rounded(.up))))
        rows = Swift.max(1, Swift.min(128, Int((bounds.height / side).rounded(.up))))
    }

    var count: Int { cols * rows }

    @inline(__always)
    private func column(_ x: Double) -> Int {
        let c = (x - originX) / cell
        if !(c >= 0) { return 0 }                          // also catches NaN
        return c >= Double(cols - 1) ? cols - 1 : Int(c)   // truncation = floor here
    }

    @inline(__always)
    private func row(_ y: Double) -> Int {
        let r = (y - originY) / cell
        if !(r >= 0) { return 0 }
        return r >= Double(rows - 1) ? rows - 1 : Int(r)
    }

    /// The inclusive cell ranges covered by the box [minX, maxX] × [minY, maxY].
    @inline(__always)
    func range(minX: Double, minY: Double, maxX: Double, maxY: Double) -> CellRange {
        CellRange(c0: column(minX), c1: column(maxX), r0: row(minY), r1: row(maxY))
    }

    @inline(__always)
    func range(_ r: Rect, grownBy d: Double = 0) -> CellRange {
        range(minX: r.minX - d, minY: r.minY - d, maxX: r.maxX + d, maxY: r.maxY + d)
    }

    @inline(__always)
    func range(segment p: Point, _ q: Point, grownBy d: Double = 0) -> CellRange {
        range(minX: Swift.min(p.x, q.x) - d, minY: Swift.min(p.y, q.y) - d,
              maxX: Swift.max(p.x, q.x) + d, maxY: Swift.max(p.y, q.y) + d)
    }
}

/// Inclusive column and row ranges of a grid.
struct CellRange: Sendable {
    var c0: Int, c1: Int, r0: Int, r1: Int
}

/// Item ids filed per grid cell, as singly linked lists in flat arrays:
/// `head[cell]` is the first node, `next[node]` the following one (-1 ends a
/// list), `item[node]` the id. Flat arrays avoid the reference counting that
/// an array per cell costs on every visit, which dominated the profile.
/// Removed nodes go to a free list. A cell lists its ids newest first; the
/// same sequence of insertions and removals always gives the same lists.
struct LabelPlacementBuckets: Sendable {
    private(set) var head: [Int32]
    private(set) var next: [Int32] = []
    private(set) var item: [Int32] = []
    private var free: Int32 = -1
    let cols: Int

    init(grid: LabelPlacementGrid) {
        head = Array(repeating: -1, count: grid.count)
        cols = grid.cols
    }

    mutating func insert(_ id: Int, in range: CellRange) {
        for r in range.r0...range.r1 {
            for c in range.c0...range.c1 {
                let k = r * cols + c
                let node: Int32
                if free >= 0 {
                    node = free
                    free = next[Int(node)]
                    item[Int(node)] = Int32(id)
                    next[Int(node)] = head[k]
                } else {
                    node = Int32(item.count)
                    item.append(Int32(id))
                    next.append(head[k])
                }
                head[k] = node
            }
        }
    }

    mutating func remove(_ id: Int, from range: CellRange) {
        let key = Int32(id)
        for r in range.r0...range.r1 {
            for c in range.c0...range.c1 {
                let k = r * cols + c
                var previous: Int32 = -1
                var p = head[k]
                while p >= 0 {
                    if item[Int(p)] == key {
                        if previous >= 0 { next[Int(previous)] = next[Int(p)] } else { head[k] = next[Int(p)] }
                        next[Int(p)] = free
                        free = p
                        break
                    }
                    previous = p
                    p = next[Int(p)]
                }
            }
        }
    }
}
