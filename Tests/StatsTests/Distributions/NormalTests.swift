import Foundation
import Testing
@testable import Stats

@Suite struct NormalTests {
    @Test func closedFormsAndSymmetry() throws {
        let n = Normal.standard
        #expect(abs(n.upperQuantile(0.025) - 1.959963984540054) < 1e-15)   // R: qnorm(0.975), %.16g
        #expect(n.pdf(0) == 1 / (2 * Double.pi).squareRoot())
        for x in [-30.0, -3, -0.5, 0.7, 8] { #expect(n.cdf(-x) == n.sf(x)) }
        #expect(n.quantile(0.5) == 0 && n.quantile(0) == -.infinity && n.upperQuantile(0) == .infinity)
        #expect(n.quantile(-0.1).isNaN && n.cdf(.nan).isNaN)
        let shifted = try Normal(mean: 2, sd: 3)
        #expect(shifted.cdf(2) == 0.5)
        #expect(shifted.quantile(n.cdf(-1.5)) == 2 + 3 * n.quantile(n.cdf(-1.5)))
        #expect(shifted.variance == 9 && shifted.mean == 2)
    }

    @Test func spellingsAndErrors() throws {
        #expect(try Normal(mean: 1, sd: 2) == Normal(mean: 1, standardDeviation: 2))
        #expect(throws: DistributionError.self) { try Normal(mean: 0, sd: -1) }
        #expect(throws: DistributionError.self) { try Normal(mean: .infinity, sd: 1) }
        do {
            _ = try Normal(mean: 0, sd: .nan)
            Issue.record("expected an error")
        } catch {
            #expect(error.parameter == "sd")
            #expect(error.description.contains("must be finite and > 0"))
        }
    }
}
