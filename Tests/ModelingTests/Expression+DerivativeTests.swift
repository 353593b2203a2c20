import Foundation
import Testing
@testable import Modeling

@Suite struct ExpressionDerivativeTests {
    func parse(_ rhs: String) throws -> Modeling.Expression {
        let f = try Formula.parse("y ~ " + rhs)
        guard case .expression(let e)? = f.terms.first?.variables.first else { throw FormulaError(message: "not an expression", column: nil, formula: rhs) }
        return e
    }

    /// Analytic derivatives written out by hand.
    @Test func matchesAnalyticDerivatives() throws {
        let p = ["x": 2.5, "z": 4.0]
        let cases: [(String, Double, Double)] = [
            ("I(x^2)", 6.25, 5),
            ("log(x)", log(2.5), 1 / 2.5),
            ("log10(x)", log10(2.5), 1 / (2.5 * log(10))),
            ("sqrt(x)", sqrt(2.5), 0.5 / sqrt(2.5)),
            ("exp(x)", exp(2.5), exp(2.5)),
            ("I(x/z)", 0.625, 0.25),
            ("I(z/x)", 1.6, -4 / 6.25),
            ("I(x^3 - 2*x*z)", 15.625 - 20, 3 * 6.25 - 8),
            ("I(z^x)", pow(4, 2.5), pow(4, 2.5) * log(4)),
            ("log1p(x)", log1p(2.5), 1 / 3.5),
            ("I(-x)", -2.5, -1),
        ]
        for (text, value, derivative) in cases {
            let e = try parse(text)
            let r = try #require(e.valueAndDerivative(p, withRespectTo: "x"))
            #expect(abs(r.value - value) <= 1e-14 * max(1, abs(value)))
            #expect(abs(r.derivative - derivative) <= 1e-14 * max(1, abs(derivative)))
            #expect(e.valueAndDerivative(p, withRespectTo: "w")?.derivative == 0)
        }
        #expect(try parse("log(x)").valueAndDerivative(["x": -1], withRespectTo: "x") == nil)
    }
}
