#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Namespace for the special functions behind the distributions: log-gamma,
/// the error function, regularized incomplete gamma and beta functions.
///
/// Every function documents its algorithm and accuracy; tails are computed
/// directly (never as `1 - complement`) so that they keep relative precision
/// down to the smallest normal double.
public enum SpecialFunctions {}

/// Shared constants, split into a double plus its rounding error where a
/// correction term needs more than 53 bits.
@usableFromInline enum MathConstants {
    /// 1/√2 = hi + lo.
    static let invSqrt2Hi = 0.7071067811865476
    static let invSqrt2Lo = -4.833646656726457e-17
    /// √(2π).
    static let sqrt2Pi = 2.5066282746310007
    /// 1/√(2π).
    static let invSqrt2Pi = 0.3989422804014327
    /// ln √(2π).
    static let logSqrt2Pi = 0.9189385332046728
    /// 2/√π.
    static let twoOverSqrtPi = 1.1283791670955126
}
