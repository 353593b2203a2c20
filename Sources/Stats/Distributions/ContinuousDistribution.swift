/// A continuous probability distribution on the real line.
///
/// Both tails are computed directly: `sf(x)` is the upper tail P(X > x),
/// evaluated by its own formula and never as `1 - cdf(x)`, so tail
/// probabilities far below machine epsilon (down to ~1e-300) keep their
/// relative precision. `quantile(p)` inverts the lower tail and
/// `upperQuantile(q)` the upper tail (scipy's `isf`). Probabilities outside
/// [0, 1] (or NaN) give NaN.
public protocol ContinuousDistribution: Sendable {
    /// Density at `x`.
    func pdf(_ x: Double) -> Double
    /// Lower tail P(X <= x).
    func cdf(_ x: Double) -> Double
    /// Upper tail P(X > x), computed directly.
    func sf(_ x: Double) -> Double
    /// The x with cdf(x) = p.
    func quantile(_ p: Double) -> Double
    /// The x with sf(x) = q, accurate for tiny q.
    func upperQuantile(_ q: Double) -> Double
    var mean: Double { get }
    var variance: Double { get }
}

extension ContinuousDistribution {
    /// √Var[X].
    public var standardDeviation: Double { variance.squareRoot() }
}
