/// Which sample skewness and excess-kurtosis estimator (Joanes & Gill 1998, "Comparing
/// measures of sample skewness and kurtosis", The Statistician 47:183-189), named by the
/// `type` argument of R's `e1071::skewness`/`kurtosis`.
///
/// With m_r = Σ(xᵢ − x̄)^r / n, g₁ = m₃ / m₂^{3/2} and g₂ = m₄ / m₂² − 3:
/// - `type1`: g₁, g₂ — the moment estimators (scipy.stats default; Stata `summarize`
///   reports g₁ and the non-excess g₂ + 3);
/// - `type2`: G₁ = g₁ √(n(n−1)) / (n−2), G₂ = ((n+1) g₂ + 6)(n−1) / ((n−2)(n−3)) — SAS,
///   SPSS, Excel; G₂ is unbiased for normal samples. **The package default**;
/// - `type3`: b₁ = g₁ ((n−1)/n)^{3/2}, b₂ = (g₂ + 3)(1 − 1/n)² − 3 — MINITAB, BMDP, and
///   e1071's own default.
///
/// Kurtosis is always *excess* kurtosis (0 for the normal distribution).
public enum MomentEstimatorType: Int, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case type1 = 1, type2, type3

    /// The package default, G₁/G₂ (type 2).
    public static let `default` = MomentEstimatorType.type2

    public var description: String {
        switch self {
        case .type1: return "g1/g2 (moment estimators)"
        case .type2: return "G1/G2 (adjusted, SAS/SPSS/Excel)"
        case .type3: return "b1/b2 (MINITAB/BMDP)"
        }
    }
}

extension Descriptive {
    /// Central moment sums of a sample: n, m₂, m₃, m₄ (divided by n), compensated and centred
    /// by the corrected mean.
    /// The moments are those of x·2⁻ᵉ (`scaledToUnitMagnitude`): skewness and kurtosis do not
    /// change with scale, and m₄ of data near 1e±80 would otherwise overflow or underflow.
    private static func centralMoments(_ x: [Double]) -> (n: Double, m2: Double, m3: Double, m4: Double) {
        let x = scaledToUnitMagnitude(x)?.values ?? x
        let (m, lo) = accurateMean(x)
        var s2 = CompensatedSum(), s3 = CompensatedSum(), s4 = CompensatedSum()
        for v in x {
            let d = (v - m) - lo
            let d2 = d * d
            s2.add(d2)
            s3.add(d2 * d)
            s4.add(d2 * d2)
        }
        let n = Double(x.count)
        return (n, s2.value / n, s3.value / n, s4.value / n)
    }

    /// Sample skewness (see `MomentEstimatorType`; default G₁).
    ///
    /// - Returns: the skewness, or `.nan` when it is undefined: fewer than 3 observations
    ///   (fewer than 2 for `type1`/`type3`) or a constant sample.
    public static func skewness(_ x: [Double], type: MomentEstimatorType = .default) -> Double {
        let minimumCount = type == .type2 ? 3 : 2
        guard x.count >= minimumCount else { return .nan }
        let (n, m2, m3, _) = centralMoments(x)
        let g1 = m3 / (m2 * m2.squareRoot())
        switch type {
        case .type1: return g1
        case .type2: return g1 * (n * (n - 1)).squareRoot() / (n - 2)
        case .type3: let r = (n - 1) / n; return g1 * r * r.squareRoot()
        }
    }

    /// Sample excess kurtosis (see `MomentEstimatorType`; default G₂).
    ///
    /// - Returns: the excess kurtosis, or `.nan` when it is undefined: fewer than 4
    ///   observations (fewer than 2 for `type1`/`type3`) or a constant sample.
    public static func kurtosis(_ x: [Double], type: MomentEstimatorType = .default) -> Double {
        let minimumCount = type == .type2 ? 4 : 2
        guard x.count >= minimumCount else { return .nan }
        let (n, m2, _, m4) = centralMoments(x)
        let g2 = m4 / (m2 * m2) - 3
        switch type {
        case .type1: return g2
        case .type2: return ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3))
        case .type3: let r = 1 - 1 / n; return (g2 + 3) * r * r - 3
        }
    }
}
