import Foundation
import Testing
@testable import Stats

@Suite struct IncompleteBetaTests {
    /// I_x(a, b) and 1 − I_x(a, b) against a 60-digit continued fraction (cross-checked
    /// with mpmath.betainc by the generator), a and b from 1e-3 to 1e6.
    @Test func againstMpmath() throws {
        var ledger = ErrorLedger(bound: 1e-13)
        for row in try SpecialFunctionFixture.load().beta {
            let x = Double(row.x) ?? .nan, a = Double(row.a) ?? .nan, b = Double(row.b) ?? .nan
            let lower = SpecialFunctions.regularizedBeta(x, a: a, b: b)
            let upper = SpecialFunctions.regularizedBetaComplement(x, a: a, b: b)
            for (name, value, reference) in [("I", lower, row.lower), ("1-I", upper, row.upper)] {
                if let r = Double(reference), r < Double.leastNormalMagnitude { continue }
                ledger.record(name, error: referenceRelativeError(value, reference),
                              label: "\(name)_\(row.x)(\(row.a), \(row.b)): got \(value), want \(reference)")
            }
        }
        print(ledger.summary("worst"))
        #expect(ledger.failures.isEmpty, Comment(rawValue: ledger.failures.joined(separator: "\n")))
    }

    @Test func closedFormsAndEdges() {
        // I_x(1, 1) = x; I_x(a, 1) = xᵃ; I_x(½, ½) = (2/π)·asin(√x).
        #expect(abs(SpecialFunctions.regularizedBeta(0.3, a: 1, b: 1) / 0.3 - 1) < 1e-15)
        #expect(abs(SpecialFunctions.regularizedBeta(0.2, a: 3.5, b: 1) / pow(0.2, 3.5) - 1) < 1e-14)
        #expect(abs(SpecialFunctions.regularizedBeta(0.7, a: 0.5, b: 0.5) / (2 / Double.pi * asin(0.7.squareRoot())) - 1) < 1e-14)
        #expect(SpecialFunctions.regularizedBeta(0, a: 2, b: 3) == 0 && SpecialFunctions.regularizedBetaComplement(1, a: 2, b: 3) == 0)
        #expect(SpecialFunctions.regularizedBeta(1.5, a: 2, b: 3).isNaN)
        #expect(abs(SpecialFunctions.logBeta(2, 3) - log(1.0 / 12)) < 1e-15)
    }
}
