import Foundation
import Testing
@testable import Stats

@Suite struct LogGammaTests {
    /// ln|Γ(x)| against mpmath.loggamma (60 digits), including x = 1 ± 2⁻⁵², 2 + 2⁻⁵¹
    /// (values ~1e-16 that must keep their relative precision), 1e-300, 1e300 and negatives.
    @Test func againstMpmath() throws {
        var ledger = ErrorLedger(bound: 1e-14)
        for row in try SpecialFunctionFixture.load().logGamma {
            let x = Double(row.x) ?? .nan
            let value = SpecialFunctions.logGamma(x)
            ledger.record("logGamma", error: referenceRelativeError(value, row.value),
                          label: "logGamma(\(row.x)): got \(value), want \(row.value)")
        }
        print(ledger.summary("worst"))
        #expect(ledger.failures.isEmpty, Comment(rawValue: ledger.failures.joined(separator: "\n")))
    }

    @Test func zerosPolesAndSpecialValues() {
        #expect(SpecialFunctions.logGamma(1) == 0 && SpecialFunctions.logGamma(2) == 0)
        #expect(SpecialFunctions.logGamma(0) == .infinity && SpecialFunctions.logGamma(-3) == .infinity)
        #expect(SpecialFunctions.logGamma(.nan).isNaN)
        #expect(abs(SpecialFunctions.logGamma(0.5) / (0.5 * log(Double.pi)) - 1) < 1e-15)   // Γ(½) = √π
    }
}
