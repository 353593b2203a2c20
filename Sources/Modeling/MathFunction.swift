import Foundation

/// The one-argument numeric transformations a formula or a filter may call,
/// named as in R. Plots reuse them for transformed axes.
///
/// `identity` is R's `I()`: in a formula it protects arithmetic (`I(x^2)`)
/// from being read as formula operators; numerically it is the identity.
public enum MathFunction: String, Sendable, Hashable, Codable, CaseIterable {
    case identity = "I"
    case log
    case log2
    case log10
    case log1p
    case exp
    case sqrt
    case abs

    /// The name as written in a formula.
    public var name: String { rawValue }

    /// The value at `x`, or `nil` when `x` is outside the domain (log of a
    /// non-positive number, square root of a negative one) or is not finite.
    /// The result may be infinite (`exp(1000)`); callers decide what to do.
    public func apply(_ x: Double) -> Double? {
        guard x.isFinite else { return nil }
        switch self {
        case .identity: return x
        case .log: return x > 0 ? Foundation.log(x) : nil
        case .log2: return x > 0 ? Foundation.log2(x) : nil
        case .log10: return x > 0 ? Foundation.log10(x) : nil
        case .log1p: return x > -1 ? Foundation.log1p(x) : nil
        case .exp: return Foundation.exp(x)
        case .sqrt: return x >= 0 ? x.squareRoot() : nil
        case .abs: return Swift.abs(x)
        }
    }

    /// What the argument must satisfy, for error messages ("must be positive"),
    /// or `nil` when every finite number is allowed.
    public var domainRequirement: String? {
        switch self {
        case .log, .log2, .log10: return "must be positive"
        case .log1p: return "must be greater than -1"
        case .sqrt: return "must not be negative"
        case .identity, .exp, .abs: return nil
        }
    }
}
