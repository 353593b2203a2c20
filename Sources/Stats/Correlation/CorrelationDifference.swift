import Foundation

/// The test of H₀: ρ₁ = ρ₂ for correlations from two independent samples.
public struct CorrelationDifferenceTest: Sendable, Equatable, Codable {
    public var r1: Double
    public var n1: Int
    public var r2: Double
    public var n2: Int
    /// z = (atanh r₁ − atanh r₂) / √(1/(n₁ − 3) + 1/(n₂ − 3)).
    public var statistic: Double
    public var pValue: Double
    public var alternative: CorrelationAlternative
}

extension Correlation {
    /// Fisher's (1921) z test of the difference between two independent correlations:
    /// z = (atanh r₁ − atanh r₂)/√(1/(n₁ − 3) + 1/(n₂ − 3)), referred to N(0, 1);
    /// `greater` means H₁: ρ₁ > ρ₂. For Pearson r; for rank correlations it is an approximation.
    ///
    /// - Throws: `.tooFewObservations` for n < 4 in either sample, `.unsupported` for |r| ≥ 1
    ///   or a non-finite r.
    public static func compareIndependent(
        r1: Double, n1: Int, r2: Double, n2: Int,
        alternative: CorrelationAlternative = .twoSided
    ) throws(CorrelationError) -> CorrelationDifferenceTest {
        guard n1 >= 4 else { throw .tooFewObservations(needed: 4, got: n1) }
        guard n2 >= 4 else { throw .tooFewObservations(needed: 4, got: n2) }
        for r in [r1, r2] where !(abs(r) < 1) {
            throw .unsupported("correlation \(r) is not strictly between -1 and 1: Fisher's z is infinite, the comparison is undefined")
        }
        let z = (atanh(r1) - atanh(r2)) / (1 / Double(n1 - 3) + 1 / Double(n2 - 3)).squareRoot()
        return CorrelationDifferenceTest(r1: r1, n1: n1, r2: r2, n2: n2, statistic: z,
                                         pValue: normalPValue(z, alternative: alternative), alternative: alternative)
    }
}
