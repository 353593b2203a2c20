import Testing
@testable import Plot

struct LabelPlacementGridTests {
    let grid = LabelPlacementGrid(bounds: Rect(x: 10, y: 20, width: 100, height: 50), cellSize: 10)

    @Test func layoutAndClamping() {
        #expect(grid.cols == 10 && grid.rows == 5)
        let inside = grid.range(minX: 15, minY: 25, maxX: 34.9, maxY: 30)
        #expect(inside.c0 == 0 && inside.c1 == 2 && inside.r0 == 0 && inside.r1 == 1)
        let outside = grid.range(minX: -1e9, minY: .nan, maxX: 1e9, maxY: 1e9)
        #expect(outside.c0 == 0 && outside.c1 == 9 && outside.r0 == 0 && outside.r1 == 4)
        // Never more than 128 cells a side.
        let fine = LabelPlacementGrid(bounds: Rect(x: 0, y: 0, width: 1000, height: 10), cellSize: 0.1)
        #expect(fine.cols <= 128 && fine.rows >= 1)
    }

    @Test func insertAndRemove() {
        var b = LabelPlacementBuckets(grid: grid)
        let wide = grid.range(minX: 10, minY: 20, maxX: 40, maxY: 20)    // cells 0...3 of row 0
        b.insert(7, in: wide)
        b.insert(8, in: grid.range(minX: 12, minY: 22, maxX: 12, maxY: 22))
        func items(_ k: Int) -> [Int32] {
            var out: [Int32] = [], p = b.head[k]
            while p >= 0 { out.append(b.item[Int(p)]); p = b.next[Int(p)] }
            return out
        }
        #expect(items(0) == [8, 7] && items(3) == [7] && items(4).isEmpty)
        b.remove(7, from: wide)
        #expect(items(0) == [8] && items(3).isEmpty)
        b.insert(9, in: wide)                                             // reuses freed nodes
        #expect(items(2) == [9] && b.item.count == 5)
    }
}
