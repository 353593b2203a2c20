import Foundation
import Testing
@testable import Stats

@Suite struct StudentTTests {
    @Test func edgesAndSymmetry() throws {
        let t = try StudentT(degreesOfFreedom: 3)
        #expect(t.cdf(0) == 0.5)
        #expect(t.quantile(0.5) == 0)
        #expect(t.quantile(0) == -.infinity && t.upperQuantile(0) == .infinity)
        #expect(t.quantile(1.5).isNaN && t.quantile(.nan).isNaN)
        #expect(t.cdf(-2) == t.sf(2))
        #expect(t.quantile(0.01) == -t.upperQuantile(0.01))
        #expect(t.mean == 0 && t.variance == 3)
    }

    /// df = ∞ is the normal, explicitly.
    @Test func infiniteDegreesOfFreedomIsNormal() throws {
        let inf = try StudentT(df: .infinity)
        for x in [-40.0, -1.5, 0.3, 9] {
            #expect(inf.cdf(x) == Normal.standard.cdf(x))
            #expect(inf.sf(x) == Normal.standard.sf(x))
        }
        #expect(inf.upperQuantile(1e-300) == Normal.standard.upperQuantile(1e-300))
    }

    /// Closed forms: ν = 1 is Cauchy, P(T ≤ t) = ½ + atan(t)/π; ν = 2 has
    /// P(T > t) = ½ − t/(2√(2 + t²)) and upper quantile (1 − 2q)/√(2q(1 − q)).
    @Test func closedForms() throws {
        let cauchy = try StudentT(df: 1)
        #expect(abs(cauchy.cdf(0.7) - (0.5 + atan(0.7) / Double.pi)) < 1e-15)
        let two = try StudentT(df: 2)
        for q in [0.3, 1e-3, 1e-40, 1e-300] {
            let exact = (1 - 2 * q) / (2 * q * (1 - q)).squareRoot()
            #expect(abs(two.upperQuantile(q) / exact - 1) < 1e-14)
        }
        #expect(abs(two.sf(-1.25) / (0.5 + 1.25 / (2 * (2 + 1.25 * 1.25).squareRoot())) - 1) < 1e-15)
    }

    @Test func spellingsAndErrors() throws {
        #expect(try StudentT(df: 7.5) == StudentT(degreesOfFreedom: 7.5))
        #expect(throws: DistributionError.self) { try StudentT(df: 0) }
        #expect(throws: DistributionError.self) { try StudentT(df: .nan) }
    }
}
