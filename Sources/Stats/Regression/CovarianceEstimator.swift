/// How the covariance matrix of the coefficients is estimated.
///
/// All sandwich forms are `V = B M B` with the bread `B = (XᵀWX)⁻¹ = R⁻¹R⁻ᵀ`
/// taken from the QR factor (never by inverting `XᵀX`) and the meat built from
/// the rows `zᵢ = R⁻ᵀ(√wᵢ xᵢ)` of `Q₁`: `V = R⁻¹ (Σ ωᵢ zᵢzᵢᵀ) R⁻ᵀ` for HC and
/// `V = R⁻¹ (Σ_g s_g s_gᵀ) R⁻ᵀ` with `s_g = Σ_{i∈g} zᵢeᵢ` for clusters, where
/// `eᵢ = √wᵢ uᵢ` is the weighted residual. No `n × n` matrix is formed. When the
/// fit was solved in double-double, the meat and the products are too.
///
/// With weights, every formula is the OLS formula for the transformed model
/// `√W y = √W X β + ε` (as R's sandwich does for `lm(weights=)`).
public enum CovarianceEstimator: Sendable, Equatable, Hashable {
    /// `σ̂²(XᵀWX)⁻¹`, `σ̂² = Σwᵢuᵢ²/(n − k)`. t statistics on `n − k` df.
    case classical
    /// White (1980): `ωᵢ = eᵢ²`.
    case hc0
    /// MacKinnon & White (1985): `ωᵢ = eᵢ² · n/(n − k)` (Stata's `robust`). With
    /// absorbed fixed effects `k` counts them too (`n − k` is the residual df).
    case hc1
    /// MacKinnon & White (1985): `ωᵢ = eᵢ²/(1 − hᵢᵢ)`.
    case hc2
    /// MacKinnon & White (1985), ≈ jackknife: `ωᵢ = eᵢ²/(1 − hᵢᵢ)²`.
    case hc3
    /// Cribari-Neto (2004): `ωᵢ = eᵢ²/(1 − hᵢᵢ)^δᵢ`, `δᵢ = min(4, n·hᵢᵢ/k)`.
    case hc4
    /// One-way cluster-robust (Liang & Zeger 1986; Arellano 1987), with a
    /// small-sample adjustment and a reference distribution for inference.
    case cluster(ClusterVariable, adjustment: ClusterAdjustment = .cr1, inference: ClusterInference = .clustersMinusOne)
    /// Two-way cluster-robust, Cameron, Gelbach & Miller (2011, JBES 29(2)):
    /// `V = V₁ + V₂ − V₁∩₂`, each term with its own cluster count in its
    /// `G/(G−1)` factor (`.eachTerm`, CGM's and R sandwich's convention) or with
    /// the smallest `G` for all (`.minimum`, fixest's `cluster.df = "min"`);
    /// `(N−1)/(N−K)` applies to all. If `V` is not positive semi-definite, its
    /// negative eigenvalues are set to zero (CGM 2011, §2.3) and a note says so.
    /// Inference with `.clustersMinusOne` uses `t(min(G₁, G₂) − 1)` (fixest's `t.df = "min"`).
    case twoWayCluster(
        ClusterVariable, ClusterVariable, adjustment: ClusterAdjustment = .cr1,
        groupCount: TwoWayGroupCount = .eachTerm, inference: ClusterInference = .clustersMinusOne)

    /// The `--vcov robust` default: HC1 (Stata's).
    public static let robust = CovarianceEstimator.hc1

    /// The family, without data.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable {
        case classical, hc0, hc1, hc2, hc3, hc4, cluster, twoWayCluster
    }

    public var kind: Kind {
        switch self {
        case .classical: return .classical
        case .hc0: return .hc0
        case .hc1: return .hc1
        case .hc2: return .hc2
        case .hc3: return .hc3
        case .hc4: return .hc4
        case .cluster: return .cluster
        case .twoWayCluster: return .twoWayCluster
        }
    }
}

/// A cluster variable: a name (for output) and one integer code per observation
/// (codes are only compared for equality).
public struct ClusterVariable: Sendable, Equatable, Hashable, Codable {
    public var name: String
    public var codes: [Int]
    public init(name: String, codes: [Int]) {
        self.name = name
        self.codes = codes
    }
}

/// Small-sample adjustment of a cluster-robust covariance.
public enum ClusterAdjustment: String, Sendable, Equatable, Hashable, Codable {
    /// CR1, Stata's default: `G/(G−1) · (N−1)/(N−K)`
    /// (= R `sandwich::vcovCL(type = "HC1", cadjust = TRUE)`, fixest's default `ssc()`).
    case cr1
    /// CR0: no adjustment (`vcovCL(type = "HC0", cadjust = FALSE)`).
    case cr0
    /// `G/(G−1)` only (`vcovCL(type = "HC0", cadjust = TRUE)`, sandwich's default for non-lm models).
    case clusterOnly
}

/// Reference distribution for t tests, confidence intervals and the Wald F test
/// under a cluster-robust covariance.
public enum ClusterInference: String, Sendable, Equatable, Hashable, Codable {
    /// `t(G − 1)` and `F(q, G − 1)` (Stata; fixest `t.df = "min"`; Bester, Conley & Hansen 2011).
    case clustersMinusOne
    /// `t(n − k)` and `F(q, n − k)` with the residual df (R `lmtest::coeftest(vcov = vcovCL)` default).
    case residual
    /// Standard normal and `χ²(q)/q` (asymptotic z tests).
    case normal
}

/// Which `G` enters the `G/(G−1)` factors of a two-way clustered covariance.
public enum TwoWayGroupCount: String, Sendable, Equatable, Hashable, Codable {
    /// Each of `V₁`, `V₂`, `V₁∩₂` uses its own `G` (CGM 2011; R `sandwich::vcovCL`).
    case eachTerm
    /// All three use `G_min = min(G₁, G₂)` (fixest `ssc(cluster.df = "min")`, its default).
    case minimum
}
