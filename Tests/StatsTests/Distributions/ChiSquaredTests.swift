import Foundation
import Testing
@testable import Stats

@Suite struct ChiSquaredTests {
    /// Closed forms: 2 df is the exponential with mean 2 (sf = e^{−x/2}); 1 df is a
    /// squared normal (sf(x) = erfc(√(x/2))).
    @Test func closedForms() throws {
        let two = try ChiSquared(df: 2)
        #expect(abs(two.sf(10) / exp(-5) - 1) < 1e-15)
        #expect(abs(two.upperQuantile(1e-300) / (-2 * log(1e-300)) - 1) < 1e-15)
        let one = try ChiSquared(df: 1)
        // x = 2u² with u exact, so that erfc's argument carries no rounding.
        for u in [0.125, 0.5, 3.0, 20.0] {
            #expect(abs(one.sf(2 * u * u) / SpecialFunctions.erfc(u) - 1) < 1e-14)
        }
        #expect(one.cdf(0) == 0 && one.sf(-1) == 1 && one.quantile(0) == 0 && one.upperQuantile(0) == .infinity)
        #expect(try ChiSquared(df: 7).mean == 7 && ChiSquared(df: 7).variance == 14)
    }

    @Test func spellingsAndErrors() throws {
        #expect(try ChiSquared(df: 3) == ChiSquared(degreesOfFreedom: 3))
        #expect(throws: DistributionError.self) { try ChiSquared(df: -1) }
        #expect(throws: DistributionError.self) { try ChiSquared(df: .infinity) }
    }
}
