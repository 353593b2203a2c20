import Testing
import Plot
@testable import Paradox

struct CoefficientFigureTests {
    @Test func debugPrint() throws {
        let panel = try #require(Shared.panel)
        let r = try CoefficientFigure.estimates(panel: panel, options: ParadoxFigureOptions())
        print(r.crossSection, r.fixedEffects)
    }
}
