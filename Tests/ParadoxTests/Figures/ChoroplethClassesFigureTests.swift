import Plot
import Stats
import Testing
@testable import Paradox

@Suite struct ChoroplethClassesFigureTests {
    @Test func quantileBreaksAreRoundedOutwardsAtTheEnds() throws {
        let values: [Double] = (0..<20).map { (i: Int) -> Double in
            let step: Double = 0.2 * Double(i)
            let wiggle: Double = 0.013 * Double(i % 3)
            return -1.6394 + step + wiggle
        }
        let c = try ChoroplethFigure.quantileClasses(values, count: 4)
        let q = try Descriptive.quantiles(values, [0, 0.25, 0.5, 0.75, 1])
        #expect(c.breaks.count == 5)
        // Range 3.83: one decimal (two significant digits); outer breaks floor/ceil.
        #expect(c.breaks.first == -1.7 && c.breaks.last == (q[4] * 10).rounded(.up) / 10)
        for i in 1..<4 { #expect(c.breaks[i] == (q[i] * 10).rounded() / 10) }
        #expect(c.outside(values) == 0)
    }

    @Test func errors() {
        #expect(throws: FigureError.self) { try ChoroplethFigure.quantileClasses([1, 2, 3], count: 1) }
        #expect(throws: FigureError.self) { try ChoroplethFigure.quantileClasses([2, 2, 2], count: 3) }
        #expect(throws: FigureError.self) { try ChoroplethFigure.quantileClasses([], count: 3) }
    }
}
