/// The alternative hypothesis of a correlation test (R `cor.test(alternative =)`).
public enum CorrelationAlternative: String, CaseIterable, Sendable, Codable {
    /// H₁: ρ ≠ 0.
    case twoSided = "two-sided"
    /// H₁: ρ > 0 (positive association).
    case greater
    /// H₁: ρ < 0 (negative association).
    case less

    /// The same alternative for `PermutationTest`.
    public var permutationAlternative: PermutationAlternative {
        switch self {
        case .twoSided: return .twoSided
        case .greater: return .greater
        case .less: return .less
        }
    }
}
