import Foundation
import Testing
@testable import Stats

@Suite struct ErrorFunctionTests {
    /// erf and erfc against mpmath (60 digits) from 1e-300 to x = 26.55, where
    /// erfc ≈ 3e-308 is still a normal double.
    @Test func againstMpmath() throws {
        var ledger = ErrorLedger(bound: 1e-14)
        for row in try SpecialFunctionFixture.load().erf {
            let x = Double(row.x) ?? .nan
            ledger.record("erf", error: referenceRelativeError(SpecialFunctions.erf(x), row.erf), label: "erf(\(row.x))")
            ledger.record("erfc", error: referenceRelativeError(SpecialFunctions.erfc(x), row.erfc), label: "erfc(\(row.x))")
        }
        print(ledger.summary("worst"))
        #expect(ledger.failures.isEmpty, Comment(rawValue: ledger.failures.joined(separator: "\n")))
    }
}
