import Foundation
import Testing
@testable import Stats

@Suite struct WaldTestTests {
    /// A 2-coefficient example computed by hand: b = (1, 2), V = [[1, 0.5], [0.5, 2]].
    /// H: b1 = 0, b2 = 0: W = bᵀV⁻¹b = (1·2 − 2·0.5·1·2 + 4·1)/(2 − 0.25) = (2 − 2 + 4)/1.75 = 16/7.
    @Test func quadraticFormByHand() throws {
        let v = try #require(Matrix(rowMajor: [[1, 0.5], [0.5, 2]]))
        let r = try LinearRestrictions.parse("a = 0; b = 0", names: ["a", "b"])
        let chi = try WaldTest(r, estimates: [1, 2], covariance: v, reference: .normal)
        #expect(abs(chi.wald - 16.0 / 7) < 1e-14)
        #expect(chi.distribution == .chiSquared && chi.denominatorDegreesOfFreedom == nil)
        // χ²(2) upper tail is exp(−x/2).
        #expect(abs(chi.pValue - exp(-8.0 / 7)) < 1e-15)
        let f = try WaldTest(r, estimates: [1, 2], covariance: v, reference: .studentT(degreesOfFreedom: 30))
        #expect(abs(f.statistic - 8.0 / 7) < 1e-14)
        #expect(f.denominatorDegreesOfFreedom == 30)
    }

    /// a + b with V above: estimate 3, variance 1 + 2 + 2·0.5 = 4, SE 2, z 1.5.
    @Test func linearCombinationByHand() throws {
        let v = try #require(Matrix(rowMajor: [[1, 0.5], [0.5, 2]]))
        let l = try LinearCombination(LinearForm.parse("a + b", names: ["a", "b"]), estimates: [1, 2], covariance: v, reference: .normal)
        #expect(l.inference.estimate == 3 && abs(l.inference.standardError - 2) < 1e-15)
        #expect(abs(l.inference.statistic - 1.5) < 1e-15)
        #expect(abs(l.inference.confidenceLow - (3 - 1.959963984540054 * 2)) < 1e-12)
    }

    /// A singular R V Rᵀ is refused, not inverted.
    @Test func singularCovarianceIsRefused() throws {
        let v = try #require(Matrix(rowMajor: [[1, 1], [1, 1]]))
        let r = try LinearRestrictions.parse("a = 0; b = 0", names: ["a", "b"])
        #expect(throws: InferenceError.singularCovariance(hypothesis: "a = 0; b = 0")) {
            try WaldTest(r, estimates: [1, 2], covariance: v, reference: .normal)
        }
    }
}
