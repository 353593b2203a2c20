import Foundation
import Testing
@testable import Modeling

@Suite struct MathFunctionTests {
    @Test func domains() {
        #expect(MathFunction.log.apply(0) == nil)
        #expect(MathFunction.log.apply(-1) == nil)
        #expect(MathFunction.log.apply(M_E) == 1)
        #expect(MathFunction.log10.apply(1000) == 3)
        #expect(MathFunction.log2.apply(8) == 3)
        #expect(MathFunction.log1p.apply(-1) == nil)
        #expect(MathFunction.sqrt.apply(-0.5) == nil)
        #expect(MathFunction.sqrt.apply(0) == 0)
        #expect(MathFunction.abs.apply(-2) == 2)
        #expect(MathFunction.exp.apply(0) == 1)
        #expect(MathFunction.identity.apply(.nan) == nil)
        #expect(MathFunction.log.domainRequirement == "must be positive")
        #expect(MathFunction.exp.domainRequirement == nil)
    }
}
