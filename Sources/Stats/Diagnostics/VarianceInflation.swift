#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The variance inflation of one term: how much collinearity with the other
/// regressors inflates the variance of its coefficient(s).
public struct VarianceInflationFactor: Sendable, Equatable, Codable {
    /// Term name (a column name, or the name given to a block).
    public let term: String
    /// Design columns of the term (0-based).
    public let columns: [Int]
    /// `VIF = 1/(1 − R²)` for one column; the generalized VIF for a block.
    public let gvif: Double
    /// Number of columns in the term (car's `Df`).
    public let degreesOfFreedom: Int
    /// `GVIF^{1/(2 Df)}` (car's third column; `√VIF` for one column), comparable across block sizes.
    public let scaledGVIF: Double
}

/// Variance inflation factors, as R `car::vif` (Fox & Monette 1992).
///
/// For a single column `j` of a model with an intercept,
/// `VIFⱼ = 1 / (1 − Rⱼ²)`, `Rⱼ²` the R² of regressing `xⱼ` on the other
/// regressors (with intercept; weighted with the model's weights). It is
/// computed without the auxiliary regressions from the identity
/// `VIFⱼ = [(XᵀWX)⁻¹]ⱼⱼ · Σᵢ wᵢ (xᵢⱼ − x̄ⱼ)²` (`x̄ⱼ` the weighted mean): the
/// non-intercept block of `(XᵀWX)⁻¹` is the inverse of the centred
/// cross-product matrix, and `Var β̂ⱼ ∝ 1/(SSTⱼ (1 − Rⱼ²))` (Belsley, Kuh &
/// Welsch 1980, §3.1; Fox, *Applied Regression Analysis*, 3rd ed., §13.1).
///
/// For a block of columns `T` (the dummies of a factor, a polynomial), the
/// generalized VIF of Fox & Monette (JASA 87(417), 1992, 178–183) is
/// `GVIF_T = det R_TT · det R_{−T,−T} / det R`, `R` the correlation matrix of
/// the non-intercept coefficients (from `(XᵀWX)⁻¹`), determinants by Cholesky.
/// It equals `VIFⱼ` for a single column and does not depend on the coding of
/// the block.
///
/// Like car, the model must have no aliased columns; unlike car (which warns
/// and carries on), a model without an intercept is refused, since the VIF is
/// then not a statement about collinearity of centred regressors.
public enum VarianceInflation {
    /// A named group of design columns whose joint inflation is wanted.
    public struct Term: Sendable, Equatable, Hashable, Codable {
        public var name: String
        /// 0-based design columns (not the intercept).
        public var columns: [Int]
        public init(name: String, columns: [Int]) {
            self.name = name
            self.columns = columns
        }
    }

    /// VIF / GVIF per term.
    ///
    /// - Parameters:
    ///   - model: the fitted design.
    ///   - terms: the terms to report, each a set of non-intercept
    ///     columns; default: every non-intercept column on its own, named by
    ///     `model.columnNames`. Terms must not overlap.
    public static func compute(_ model: FittedDesign, terms: [Term]? = nil) throws(DiagnosticsError) -> [VarianceInflationFactor] {
        let fit = model.fit
        guard let icol = model.interceptColumn else { throw .requiresIntercept(diagnostic: "the variance inflation factor") }
        if !fit.aliasedColumns.isEmpty {
            throw .aliasedColumns(diagnostic: "the variance inflation factor", columns: fit.aliasedColumns)
        }
        let k = model.design.columns
        let others = (0..<k).filter { $0 != icol }
        let wanted = terms ?? others.map { Term(name: model.columnNames[$0], columns: [$0]) }
        var seen = Set<Int>()
        for t in wanted {
            if t.columns.isEmpty { throw .invalidTerms(reason: "term \"\(t.name)\" has no columns") }
            for j in t.columns {
                guard j >= 0 && j < k else { throw .invalidTerms(reason: "term \"\(t.name)\" refers to column \(j), the design has \(k)") }
                if j == icol { throw .invalidTerms(reason: "term \"\(t.name)\" contains the intercept column \(j)") }
                if !seen.insert(j).inserted { throw .invalidTerms(reason: "column \(j) appears in more than one term") }
            }
        }

        // Covariance of the non-intercept coefficients (kept order = column order, no aliasing).
        let m = others.count
        let cov = fit.unscaledCovariance
        let pos = others.map { j in fit.keptColumns.firstIndex(of: j) ?? 0 }
        var corr = [Double](repeating: 0, count: m * m)
        for b in 0..<m {
            for a in 0..<m {
                corr[a + b * m] = cov[pos[a], pos[b]] / (cov[pos[a], pos[a]] * cov[pos[b], pos[b]]).squareRoot()
            }
        }
        let detAll = choleskyDeterminant(corr, m: m, subset: Array(0..<m))

        let x = model.design
        let n = x.rows
        let w = model.weights
        return wanted.map { t in
            let gvif: Double
            if t.columns.count == 1 {
                let j = t.columns[0]
                var sw = 0.0, swx = 0.0
                for i in 0..<n {
                    let wi = w?[i] ?? 1
                    sw += wi
                    swx += wi * x.storage[i + j * n]
                }
                let mean = swx / sw
                var ss = 0.0
                for i in 0..<n {
                    let d = x.storage[i + j * n] - mean
                    ss += (w?[i] ?? 1) * d * d
                }
                let c = fit.keptColumns.firstIndex(of: j) ?? 0
                gvif = cov[c, c] * ss
            } else {
                let inT = t.columns.compactMap { others.firstIndex(of: $0) }
                let rest = (0..<m).filter { !inT.contains($0) }
                gvif = choleskyDeterminant(corr, m: m, subset: inT) * choleskyDeterminant(corr, m: m, subset: rest) / detAll
            }
            let df = t.columns.count
            let scaled = df == 1 ? gvif.squareRoot() : pow(gvif, 1 / Double(2 * df))
            return VarianceInflationFactor(term: t.name, columns: t.columns, gvif: gvif, degreesOfFreedom: df, scaledGVIF: scaled)
        }
    }

    /// `det A[subset, subset]` of a symmetric positive definite matrix by
    /// Cholesky (`det = Π Lᵢᵢ²`); 1 for an empty subset, 0 if not positive definite.
    static func choleskyDeterminant(_ a: [Double], m: Int, subset: [Int]) -> Double {
        let q = subset.count
        var l = [Double](repeating: 0, count: q * q)
        var det = 1.0
        for j in 0..<q {
            var d = a[subset[j] + subset[j] * m]
            for c in 0..<j { d -= l[j + c * q] * l[j + c * q] }
            guard d > 0 else { return 0 }
            let ljj = d.squareRoot()
            l[j + j * q] = ljj
            det *= d
            for i in (j + 1)..<Swift.max(q, j + 1) {
                var s = a[subset[i] + subset[j] * m]
                for c in 0..<j { s -= l[i + c * q] * l[j + c * q] }
                l[i + j * q] = s / ljj
            }
        }
        return det
    }
}
