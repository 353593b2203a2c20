/// Which observations R's `influence.measures` would mark as influential
/// (its `is.inf` matrix, shown with `*` by `summary(influence.measures(m))`).
///
/// With `k = p` coefficients and `n` the rows with positive leverage (R's
/// `sum(h > 0)`), an observation is flagged by a criterion when
/// (Belsley, Kuh & Welsch 1980, §2.1 cut-offs as adopted by R's `stats:::is.influential`):
///
/// - `|DFBETASᵢⱼ| > 1` (per coefficient)
/// - `|DFFITSᵢ| > 3 √(k / (n − k))`
/// - `|1 − COVRATIOᵢ| > 3k / (n − k)`
/// - `F_{k, n−k}(Dᵢ) > 0.5`, i.e. Cook's `Dᵢ` above the median of `F(k, n − k)`
///   (Cook 1977, *Technometrics* 19(1), 15–18)
/// - `hᵢ > 3k / n`
///
/// Undefined (`NaN`) measures are not flagged (R's `NA` counts as not influential).
public struct InfluenceFlags: Sendable, Equatable, Codable {
    /// One rule.
    public enum Criterion: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        case dfbetas, dffits, covarianceRatio, cooksDistance, leverage
    }

    /// The thresholds in use.
    public struct Cutoffs: Sendable, Equatable, Codable {
        /// 1.
        public let dfbetas: Double
        /// `3 √(k/(n − k))`.
        public let dffits: Double
        /// `3k/(n − k)` (for `|1 − COVRATIO|`).
        public let covarianceRatio: Double
        /// Median of `F(k, n − k)`.
        public let cooksDistance: Double
        /// `3k/n`.
        public let leverage: Double
    }

    public let cutoffs: Cutoffs
    /// `dfbetas[j][i]`: row `i` exceeds the cut-off on coefficient `j` (coefficient order of `InfluenceMeasures`).
    public let dfbetas: [[Bool]]
    public let dffits: [Bool]
    public let covarianceRatio: [Bool]
    public let cooksDistance: [Bool]
    public let leverage: [Bool]

    /// Applies the rules to `measures`.
    /// - Throws: `.noResidualDegreesOfFreedom` when `n ≤ k` (R stops there too).
    public init(_ measures: InfluenceMeasures) throws(DiagnosticsError) {
        let k = measures.parameters
        let n = measures.leverage.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        if n <= k { throw .noResidualDegreesOfFreedom(observations: n, parameters: k) }
        let dk = Double(k), dn = Double(n)
        let c = Cutoffs(
            dfbetas: 1, dffits: 3 * (dk / (dn - dk)).squareRoot(), covarianceRatio: 3 * dk / (dn - dk),
            cooksDistance: DiagnosticDistributions.fisherMedian(d1: dk, d2: dn - dk), leverage: 3 * dk / dn)
        cutoffs = c
        dfbetas = (0..<k).map { j in measures.dfbetas.column(j).map { Swift.abs($0) > c.dfbetas } }
        dffits = measures.dffits.map { Swift.abs($0) > c.dffits }
        covarianceRatio = measures.covarianceRatio.map { Swift.abs(1 - $0) > c.covarianceRatio }
        // As R: P(F ≤ D) > 0.5 (equivalent to D > median, without a quantile's rounding).
        cooksDistance = measures.cooksDistance.map {
            $0.isNaN ? false : DiagnosticDistributions.fisherCDF($0, d1: dk, d2: dn - dk) > 0.5
        }
        leverage = measures.leverage.map { $0 > c.leverage }
    }

    /// The criteria row `i` fails, in `Criterion.allCases` order.
    public func criteria(row i: Int) -> [Criterion] {
        var out: [Criterion] = []
        if dfbetas.contains(where: { $0[i] }) { out.append(.dfbetas) }
        if dffits[i] { out.append(.dffits) }
        if covarianceRatio[i] { out.append(.covarianceRatio) }
        if cooksDistance[i] { out.append(.cooksDistance) }
        if leverage[i] { out.append(.leverage) }
        return out
    }

    /// Rows failing at least one criterion, ascending.
    public var flaggedRows: [Int] {
        (0..<dffits.count).filter { !criteria(row: $0).isEmpty }
    }
}
