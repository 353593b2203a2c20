/// Errors of the bootstrap and permutation machinery. Messages say what went wrong and
/// how to fix it.
public enum ResamplingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Too few observations (or clusters) to resample.
    case tooFewObservations(needed: Int, got: Int)
    /// The number of resamples must be positive.
    case invalidResampleCount(Int)
    /// The confidence level must be strictly between 0 and 1.
    case invalidLevel(Double)
    /// Paired samples (x, y) of different lengths.
    case lengthMismatch(x: Int, y: Int)
    /// A cluster label vector whose length differs from the number of observations.
    case clusterLabelCount(expected: Int, got: Int)
    /// All bootstrap replicates are on one side of the estimate: the BCa bias correction
    /// z₀ = Φ⁻¹(#{θ* < θ̂}/B) is infinite.
    case bcaBiasInfinite
    /// The jackknife estimates do not vary (or are not finite): the BCa acceleration is undefined.
    case bcaAccelerationUndefined
    /// No finite bootstrap replicate to build an interval from.
    case noFiniteReplicates
    /// The exact enumeration would exceed the limit.
    case enumerationTooLarge(count: Double, limit: Int)
    /// The input contains NaN or an infinity (0-based index).
    case nonFiniteValue(index: Int)
    /// Storing `count` replicates would take `bytes`, more than ``ResamplingMemory/limitBytes``;
    /// `limit` is the largest count that fits.
    case tooMuchMemory(what: String, count: Int, bytes: Double, limit: Int)

    public var description: String {
        switch self {
        case .tooFewObservations(let needed, let got):
            return "resampling needs at least \(needed) observations (or clusters), got \(got)"
        case .invalidResampleCount(let b):
            return "the number of resamples must be positive, got \(b): use e.g. 9999"
        case .invalidLevel(let level):
            return "confidence level \(level) is not strictly between 0 and 1: use e.g. 0.95"
        case .lengthMismatch(let x, let y):
            return "paired samples have different lengths (\(x) and \(y)): pass one value of each per unit"
        case .clusterLabelCount(let expected, let got):
            return "\(got) cluster labels for \(expected) observations: pass one label per observation"
        case .bcaBiasInfinite:
            return "BCa interval undefined: every bootstrap replicate lies on one side of the estimate (z0 infinite); use the percentile interval"
        case .bcaAccelerationUndefined:
            return "BCa interval undefined: the jackknife estimates do not vary, so the acceleration is 0/0; use the percentile interval"
        case .noFiniteReplicates:
            return "no finite bootstrap replicate: the statistic is undefined on every resample"
        case .enumerationTooLarge(let count, let limit):
            return "exact enumeration needs \(count) resamples, more than the limit \(limit): use Monte Carlo resampling or raise the limit"
        case .nonFiniteValue(let index):
            return "value at position \(index + 1) is NaN or infinite: remove missing values first"
        case let .tooMuchMemory(what, count, bytes, limit):
            return "\(what): \(count) replicates would need \(ResamplingMemory.text(bytes: bytes)) of memory (every replicate is kept for the interval), more than the \(ResamplingMemory.text(bytes: Double(ResamplingMemory.limitBytes))) limit; use at most \(limit) (9999 is usual for publication)"
        }
    }
}
