#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Jarque–Bera test of normality, as R `tseries::jarque.bera.test`.
///
/// With the central sample moments `m_r = Σ (xᵢ − x̄)^r / n` (divisor `n`),
/// skewness² `b₁ = m₃² / m₂³` and kurtosis `b₂ = m₄ / m₂²`,
/// `JB = n b₁ / 6 + n (b₂ − 3)² / 24`, asymptotically χ²(2) under normality
/// (Jarque & Bera, *Economics Letters* 6(3), 1980, 255–259; Bera & Jarque 1981).
/// The p-value `P(χ²₂ > JB) = exp(−JB/2)` is exact for the χ²(2) reference
/// distribution (tseries computes `1 − pchisq`, which loses relative accuracy
/// below about 1e-16). The χ² approximation is poor in small samples: the test
/// over-rejects for n below a few hundred.
public struct JarqueBeraTest: Sendable, Equatable, Codable {
    /// `JB`.
    public let statistic: Double
    /// Always 2.
    public let degreesOfFreedom: Int
    /// `P(χ²₂ > JB)`.
    public let pValue: Double
    /// `√b₁` with sign (`m₃ / m₂^{3/2}`).
    public let skewness: Double
    /// `b₂` (3 for the normal).
    public let kurtosis: Double
    /// Sample size.
    public let observations: Int

    /// Tests the sample `x`.
    /// - Throws: `.tooFewObservations` for fewer than 2 values, `.zeroResidualVariance` if they are all equal.
    public init(_ x: [Double]) throws(DiagnosticsError) {
        let n = x.count
        if n < 2 { throw .tooFewObservations(diagnostic: "the Jarque–Bera test", needed: 2, actual: n) }
        let dn = Double(n)
        let mean = x.reduce(0, +) / dn
        var m2 = 0.0, m3 = 0.0, m4 = 0.0
        for v in x {
            let d = v - mean
            let d2 = d * d
            m2 += d2
            m3 += d2 * d
            m4 += d2 * d2
        }
        m2 /= dn; m3 /= dn; m4 /= dn
        if !(m2 > 0) { throw .zeroResidualVariance }
        let skew = m3 / (m2 * m2.squareRoot())
        let kurt = m4 / (m2 * m2)
        let jb = dn * skew * skew / 6 + dn * (kurt - 3) * (kurt - 3) / 24
        self.statistic = jb
        self.degreesOfFreedom = 2
        self.pValue = exp(-jb / 2)
        self.skewness = skew
        self.kurtosis = kurt
        self.observations = n
    }

    /// Tests the weighted residuals `√wᵢ eᵢ` of the rows with positive weight
    /// (the plain residuals without weights).
    public init(_ model: FittedDesign) throws(DiagnosticsError) {
        if model.isPerfectFit { throw .zeroResidualVariance }
        let e = model.weightedResiduals
        try self.init(model.usedRows.map { e[$0] })
    }
}
