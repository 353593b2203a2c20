// TEMPORARY until branch `dist` (Sources/Stats/Distributions) is merged: the
// regression layer calls its reference distributions only through this file.
enum ReferenceDistributions {
    /// `false` until the distributions are wired: p-values, quantiles and hence
    /// confidence intervals are NaN meanwhile.
    static let isAvailable = false
    static func studentTUpperQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double { .nan }
    static func normalUpperQuantile(_ p: Double) -> Double { .nan }
    static func studentTTwoSidedPValue(_ t: Double, degreesOfFreedom df: Double) -> Double { .nan }
    static func normalTwoSidedPValue(_ z: Double) -> Double { .nan }
    static func fisherFUpperTail(_ f: Double, numerator: Double, denominator: Double) -> Double { .nan }
    static func chiSquaredUpperTail(_ x: Double, degreesOfFreedom df: Double) -> Double { .nan }
}
