import Foundation
import Testing
@testable import Stats

@Suite struct IncompleteGammaTests {
    /// P(a, x) and Q(a, x) against a 60-digit series/continued fraction (cross-checked
    /// with mpmath.gammainc by the generator), for a from 1e-3 (Q small on the series
    /// side) to 5e5 (near and far from the mode).
    @Test func againstMpmath() throws {
        var ledger = ErrorLedger(bound: 1e-13)
        for row in try SpecialFunctionFixture.load().gamma {
            let a = Double(row.a) ?? .nan, x = Double(row.x) ?? .nan
            let p = SpecialFunctions.regularizedGammaP(a, x), q = SpecialFunctions.regularizedGammaQ(a, x)
            for (name, value, reference) in [("P", p, row.p), ("Q", q, row.q)] {
                if let r = Double(reference), r < Double.leastNormalMagnitude { continue }
                ledger.record(name, error: referenceRelativeError(value, reference),
                              label: "\(name)(\(row.a), \(row.x)): got \(value), want \(reference)")
            }
        }
        print(ledger.summary("worst"))
        #expect(ledger.failures.isEmpty, Comment(rawValue: ledger.failures.joined(separator: "\n")))
    }

    @Test func edges() {
        #expect(SpecialFunctions.regularizedGammaP(2, 0) == 0 && SpecialFunctions.regularizedGammaQ(2, 0) == 1)
        #expect(abs(SpecialFunctions.regularizedGammaQ(1, 3) / exp(-3) - 1) < 1e-15)
        #expect(SpecialFunctions.regularizedGammaP(0, 1).isNaN && SpecialFunctions.regularizedGammaQ(1, -1).isNaN)
    }
}
