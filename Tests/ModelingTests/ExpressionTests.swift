import Testing
@testable import Modeling

@Suite struct ExpressionTests {
    /// Spacing and parentheses as R's deparse(): e.g. deparse(quote(I((x+1)^2/2*3-x^-1)))
    /// gives "I((x + 1)^2/2 * 3 - x^-1)" in R 4.x.
    @Test func printsLikeRDeparse() {
        let x = Expression.column("x")
        #expect(Expression.binary(.power, .binary(.add, x, .number(1)), .number(2)).rDescription == "(x + 1)^2")
        #expect(Expression.binary(.subtract, x, .binary(.subtract, x, .number(1))).rDescription == "x - (x - 1)")
        #expect(Expression.binary(.divide, x, .binary(.multiply, x, .number(2))).rDescription == "x/(x * 2)")
        #expect(Expression.negate(.binary(.add, x, x)).rDescription == "-(x + x)")
        #expect(Expression.binary(.power, .negate(x), .number(2)).rDescription == "(-x)^2")
        #expect(Expression.binary(.power, x, .negate(.number(1))).rDescription == "x^-1")
        #expect(Expression.column("my var").rDescription == "`my var`")
        #expect(Expression.call(.log, .binary(.add, x, .number(0.5))).rDescription == "log(x + 0.5)")
    }

    @Test func evaluatesWithMissingAndDomain() {
        let e = Expression.call(.log, .binary(.subtract, .column("x"), .number(2)))
        #expect(e.evaluate { _ in 3 } == .value(0))
        #expect(e.evaluate { _ in nil } == .missing)
        #expect(e.evaluate { _ in .nan } == .missing)
        #expect(e.evaluate { _ in 1 } == .undefined(function: .log, argument: .binary(.subtract, .column("x"), .number(2)), value: -1))
        #expect(e.columns == ["x"])
    }
}
