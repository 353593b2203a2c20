/// The Breusch–Pagan test for heteroskedasticity, as R `lmtest::bptest`.
///
/// With `uᵢ` the residuals (weighted: `√wᵢ eᵢ`) of the `n` rows with positive
/// weight, `σ̃² = Σ uᵢ² / n` and `Z` the variance regressors (by default the
/// model's own design, intercept included):
///
/// - **Koenker** (studentized, lmtest's default `studentize = TRUE`; Koenker,
///   *J. Econometrics* 17, 1981, 107–112): regress `gᵢ = uᵢ² − σ̃²` on `Z`;
///   `BP = n · Σ ĝᵢ² / Σ gᵢ²`, i.e. `n R²` of the auxiliary regression. Robust
///   to non-normal errors.
/// - **Original** (`studentize = FALSE`; Breusch & Pagan, *Econometrica* 47(5),
///   1979, 1287–1294): regress `fᵢ = uᵢ²/σ̃² − 1` on `Z`; `BP = ½ Σ f̂ᵢ²`. Valid
///   only under normal errors.
///
/// Under homoskedasticity `BP ~ χ²(q)` asymptotically, `q = rank(Z) − 1`
/// (`Z` should contain an intercept, as lmtest assumes).
///
/// **Weights.** For a weighted fit the test is applied to the transformed
/// model `√w y = √w X β + u`, whose errors are homoskedastic when the weights
/// are right; this equals
/// `lmtest::bptest(ys ~ 0 + Xs, varformula = ~ 0 + Z)` with `ys = √w y`,
/// `Xs = √w X`. It differs on purpose from `lmtest::bptest(m)` on a weighted
/// `lm`, which mixes weighted and unweighted sums and changes when all weights
/// are multiplied by a constant.
public struct BreuschPaganTest: Sendable, Equatable, Codable {
    /// Which statistic.
    public enum Variant: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        /// Koenker's studentized statistic `n R²` (lmtest's default).
        case koenker
        /// The original Breusch–Pagan statistic `ESS / 2` (assumes normal errors).
        case original
    }

    public let variant: Variant
    public let statistic: Double
    /// `rank(Z) − 1`.
    public let degreesOfFreedom: Int
    /// `P(χ²_df > BP)`.
    public let pValue: Double
    /// Rows used (positive weight).
    public let observations: Int

    /// Tests `model`'s residuals.
    ///
    /// - Parameters:
    ///   - model: the fitted model whose residuals are tested.
    ///   - variant: `.koenker` (default) or `.original`.
    ///   - regressors: `Z`, one row per design row (zero-weight rows are
    ///     ignored), with an intercept column; default the model's design.
    /// - Throws: `.zeroResidualVariance` for a perfect fit,
    ///   `.invalidAuxiliaryRegressors` when `Z` has the wrong number of rows, fewer than
    ///   two columns, a non-finite entry, or rank below 2.
    public init(_ model: FittedDesign, variant: Variant = .koenker, regressors: Matrix? = nil) throws(DiagnosticsError) {
        let z = regressors ?? model.design
        let rows = model.design.rows
        if z.rows != rows {
            throw .invalidAuxiliaryRegressors(reason: "\(z.rows) rows, the design has \(rows): pass one row per observation")
        }
        if z.columns < 2 {
            throw .invalidAuxiliaryRegressors(reason: "\(z.columns) column(s): the variance regression needs an intercept and at least one regressor")
        }
        if model.isPerfectFit { throw .zeroResidualVariance }
        let used = model.usedRows
        let n = used.count
        let e = model.weightedResiduals
        let u2 = used.map { e[$0] * e[$0] }
        let sigma2 = u2.reduce(0, +) / Double(n)
        let dep = variant == .koenker ? u2.map { $0 - sigma2 } : u2.map { $0 / sigma2 - 1 }
        let zu = used.count == rows ? z : Self.rows(used, of: z)
        let aux: LeastSquaresFit
        do {
            aux = try LeastSquares.fit(zu, dep, options: LeastSquaresOptions(computeLeverage: false))
        } catch {
            throw .invalidAuxiliaryRegressors(reason: error.description)
        }
        if aux.rank < 2 {
            throw .invalidAuxiliaryRegressors(reason: "rank \(aux.rank) on the rows used: the variance regression needs an intercept and at least one non-constant regressor")
        }
        let ess = aux.fittedValues.reduce(0) { $0 + $1 * $1 }
        let bp: Double
        switch variant {
        case .koenker: bp = Double(n) * ess / dep.reduce(0) { $0 + $1 * $1 }
        case .original: bp = ess / 2
        }
        self.variant = variant
        self.statistic = bp
        self.degreesOfFreedom = aux.rank - 1
        self.pValue = DiagnosticDistributions.chiSquaredUpperTail(bp, degreesOfFreedom: aux.rank - 1)
        self.observations = n
    }

    private static func rows(_ idx: [Int], of m: Matrix) -> Matrix {
        var s: [Double] = []
        s.reserveCapacity(idx.count * m.columns)
        for j in 0..<m.columns { for i in idx { s.append(m.storage[i + j * m.rows]) } }
        return Matrix(uncheckedRows: idx.count, columns: m.columns, storage: s)
    }
}
