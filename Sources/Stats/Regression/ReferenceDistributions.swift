import Foundation

/// The reference distributions of the regression layer (t, z, F, χ² tests and
/// confidence intervals), forwarded to `Stats/Distributions`. The regression
/// code calls them only through this file. Invalid degrees of freedom (≤ 0,
/// NaN) give NaN, never a trap: a result with no residual df is refused
/// earlier, so NaN here only marks an undefined test.
enum ReferenceDistributions {
    /// `true`: p-values, quantiles and hence confidence intervals are computed.
    static let isAvailable = true

    /// `t` with `P(T > t) = p` (e.g. `p = α/2` for a two-sided interval).
    ///
    /// Memoised per `(p, ν)`: the quantile is solved iteratively on the double-double
    /// t CDF (dozens of incomplete-beta evaluations), and a batch of fits asks for the
    /// same critical value with the same residual df again and again (10,000 small
    /// fits spent half their time here, Benchmarks/RESULTS.md). The cached value is
    /// the one `StudentT.upperQuantile` returns, bit for bit.
    static func studentTUpperQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        let key = QuantileKey(p: p.bitPattern, df: df.bitPattern)
        if let hit = studentTQuantileCache.value(for: key) { return hit }
        guard let t = try? StudentT(degreesOfFreedom: df) else { return .nan }
        let q = t.upperQuantile(p)
        studentTQuantileCache.store(q, for: key)
        return q
    }

    /// `z` with `P(Z > z) = p`.
    static func normalUpperQuantile(_ p: Double) -> Double {
        Normal.standard.upperQuantile(p)
    }

    /// `P(|T| ≥ |t|) = 2·P(T > |t|)`, from the upper tail directly (no `1 − cdf`
    /// cancellation), so tiny p-values keep their relative accuracy.
    static func studentTTwoSidedPValue(_ t: Double, degreesOfFreedom df: Double) -> Double {
        guard !t.isNaN, let d = try? StudentT(degreesOfFreedom: df) else { return .nan }
        return Swift.min(1, 2 * d.sf(Swift.abs(t)))
    }

    /// `P(|Z| ≥ |z|)`.
    static func normalTwoSidedPValue(_ z: Double) -> Double {
        guard !z.isNaN else { return .nan }
        return Swift.min(1, 2 * Normal.standard.sf(Swift.abs(z)))
    }

    /// `P(F > f)` for `F(numerator, denominator)`.
    static func fisherFUpperTail(_ f: Double, numerator: Double, denominator: Double) -> Double {
        guard !f.isNaN, let d = try? FisherF(numeratorDegreesOfFreedom: numerator, denominatorDegreesOfFreedom: denominator) else { return .nan }
        return d.sf(f)
    }

    /// `P(χ² > x)` for `χ²(df)`.
    static func chiSquaredUpperTail(_ x: Double, degreesOfFreedom df: Double) -> Double {
        guard !x.isNaN, let d = try? ChiSquared(degreesOfFreedom: df) else { return .nan }
        return d.sf(x)
    }
}

struct QuantileKey: Hashable, Sendable {
    let p: UInt64
    let df: UInt64
}

/// A small thread-safe memo of t critical values (bounded: cleared when it reaches
/// `capacity` entries, so an unusual caller with many distinct df cannot grow it).
final class QuantileCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [QuantileKey: Double] = [:]
    private let capacity = 512

    func value(for key: QuantileKey) -> Double? {
        lock.lock(); defer { lock.unlock() }
        return entries[key]
    }

    func store(_ value: Double, for key: QuantileKey) {
        lock.lock(); defer { lock.unlock() }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
    }
}

let studentTQuantileCache = QuantileCache()
