#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the covariance of quantile-regression coefficients is estimated; each
/// is computed exactly as R's `quantreg::summary.rq` does with `se =` the same
/// name (Koenker, *Quantile Regression*, 2005, §3.4).
public enum QuantileCovariance: Sendable, Equatable, Hashable {
    /// `se = "iid"`: `τ(1 − τ) ŝ² (XᵀX)⁻¹`, the sparsity `ŝ = 1/f(F⁻¹(τ))`
    /// estimated as summary.rq does (Koenker & Bassett 1978): the slope of a
    /// median regression of the `h + 1` ordered residuals nearest zero (after
    /// the `pz` exact zeros) on their ranks `/(n − p)`, `h = max(p + 1, ⌈n·b⌉)`
    /// with `b` the Hall–Sheather bandwidth.
    case iid
    /// `se = "nid"` (Hendricks & Koenker 1992): local densities
    /// `fᵢ = max(0, 2b/(xᵢᵀ(β̂(τ + b) − β̂(τ − b)) − √ε))`, `V = τ(1 − τ)
    /// (XᵀFX)⁻¹ XᵀX (XᵀFX)⁻¹`, Hall–Sheather bandwidth `b` (α = 0.05), halved
    /// until `τ ± b` lies in (0, 1).
    case nid
    /// `se = "boot"`, `bsmethod = "xy"`: the sample covariance of `replications`
    /// estimates on xy-pairs resamples (rows drawn with replacement), drawn by
    /// ``Xoshiro256StarStar`` seeded with `seed`. Deterministic for a seed;
    /// comparable with R only within Monte Carlo error.
    case bootstrap(replications: Int, seed: UInt64)

    /// Short label for output: "iid", "nid", "bootstrap (xy pairs, B = 200)".
    public var label: String {
        switch self {
        case .iid: return "iid"
        case .nid: return "nid"
        case let .bootstrap(b, _): return "bootstrap (xy pairs, B = \(b))"
        }
    }
}

/// Why a quantile regression cannot be fitted.
public enum QuantileRegressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// τ outside the open interval (0, 1).
    case invalidQuantile(Double)
    /// The design has collinear columns (named).
    case collinear([String])
    /// Not more observations than coefficients.
    case tooFewObservations(observations: Int, parameters: Int)
    /// The simplex did not terminate.
    case noConvergence(iterations: Int)
    /// A bootstrap needs at least two replications.
    case invalidReplications(Int)
    /// The iid sparsity estimate needs more observations than summary.rq's window.
    case sparsityWindow(needed: Int, observations: Int)
    /// Invalid shapes.
    case invalidInput(String)

    public var description: String {
        switch self {
        case let .invalidQuantile(t):
            return "the quantile τ = \(t) is outside (0, 1): give a probability strictly between 0 and 1, e.g. 0.5 for the median"
        case let .collinear(names):
            return "the design is rank deficient: \(names.joined(separator: ", ")) \(names.count == 1 ? "is a linear combination" : "are linear combinations") of earlier terms; remove \(names.count == 1 ? "it" : "them") (quantile regression does not drop terms)"
        case let .tooFewObservations(n, p):
            return "quantile regression needs more observations than coefficients: \(n) observations for \(p) coefficients"
        case let .noConvergence(k):
            return "the simplex did not reach an optimal vertex within \(k) pivots (a degenerate problem); perturb the data slightly or report it"
        case let .invalidReplications(b):
            return "the bootstrap needs at least 2 replications, got \(b): pass --reps B (e.g. 200, quantreg's default)"
        case let .sparsityWindow(needed, n):
            return "the iid sparsity estimate needs \(needed) ordered residuals but there are \(n) observations: use --vcov nid or boot"
        case let .invalidInput(why):
            return "invalid quantile-regression input: \(why)"
        }
    }
}

/// A linear quantile regression (Koenker & Bassett 1978): the coefficients
/// minimise `Σ ρ_τ(yᵢ − xᵢᵀβ)`, solved exactly by a simplex method on the
/// vertices of the linear program (`QuantileSimplex`, the approach of
/// quantreg's default `method = "br"`), so they equal R's `rq(…, method = "br")`
/// whenever the solution is unique. When it is not (the objective is flat along
/// an edge of the optimal vertex, common with discrete data), any point of the
/// optimal face minimises the objective; the result says so in a note, as rq
/// warns "Solution may be nonunique", and the vertex found may differ from R's.
public struct QuantileRegressionModel: Sendable, Equatable {
    /// `n × p` design, column-major, including the intercept column if any.
    public var design: Matrix
    /// The response.
    public var response: [Double]
    /// One name per column.
    public var termNames: [String]

    /// A model from its design, response and column names.
    public init(design: Matrix, response: [Double], termNames: [String]) {
        self.design = design
        self.response = response
        self.termNames = termNames
    }

    /// Fits the `tau` quantile and returns the result under `covariance`.
    ///
    /// Inference as summary.rq: t statistics on `n − p` degrees of freedom;
    /// confidence intervals `β̂ ± t_{n−p}·SE`.
    public func fit(tau: Double, covariance: QuantileCovariance = .nid, level: Double = 0.95) throws(QuantileRegressionError) -> QuantileRegressionResult {
        guard tau > 0 && tau < 1 else { throw .invalidQuantile(tau) }
        guard level > 0 && level < 1 else { throw .invalidInput("the confidence level must lie in (0, 1), got \(level)") }
        let n = design.rows, p = design.columns
        guard response.count == n, termNames.count == p else {
            throw .invalidInput("the design has \(n) rows and \(p) columns, the response \(response.count) values and \(termNames.count) names")
        }
        guard n > p else { throw .tooFewObservations(observations: n, parameters: p) }
        let ls: LeastSquaresFit
        do { ls = try LeastSquares.fit(design, response, options: LeastSquaresOptions(computeLeverage: false)) } catch {
            throw .invalidInput(error.description)
        }
        if !ls.aliasedColumns.isEmpty { throw .collinear(ls.aliasedColumns.map { termNames[$0] }) }
        let solution = try Self.solve(design, response, tau, start: ls.coefficients)

        var notes: [String] = []
        var v: Matrix
        var bandwidth: Double? = nil
        var sparsity: Double? = nil
        var failed = 0
        switch covariance {
        case .iid:
            let (vv, s, h) = try iidCovariance(solution: solution, tau: tau, xxInverse: ls.unscaledCovariance)
            v = vv; sparsity = s; bandwidth = h
        case .nid:
            let (vv, h, nonPositive) = try nidCovariance(tau: tau)
            v = vv; bandwidth = h
            if nonPositive > 0 { notes.append("\(nonPositive) non-positive fitted density differences xᵢᵀ(β̂(τ+h) − β̂(τ−h)): their densities are set to 0 (summary.rq warns \"\(nonPositive) non-positive fis\")") }
        case let .bootstrap(b, seed):
            guard b >= 2 else { throw .invalidReplications(b) }
            do { try ResamplingMemory.check(count: b, bytesEach: (p + 1) * MemoryLayout<Double>.size, what: "--reps \(b)") } catch {
                throw .invalidInput(error.description)
            }
            (v, failed) = bootstrapCovariance(tau: tau, replications: b, seed: seed)
            if failed > 0 { notes.append("\(failed) bootstrap resample\(failed == 1 ? "" : "s") with a singular design redrawn") }
            notes.append("bootstrap standard errors: xy-pairs resampling (quantreg's boot.rq bsmethod = \"xy\"), \(b) replications, seed \(seed); deterministic for the seed, comparable with R only within Monte Carlo error")
        }
        if solution.nonUnique {
            notes.append("the solution may be nonunique (as rq warns): the objective is flat along an edge of the optimal vertex, so other coefficient vectors fit equally well")
        }
        let df = n - p
        let crit = ReferenceDistributions.studentTUpperQuantile((1 - level) / 2, degreesOfFreedom: Double(df))
        var coefficients: [RegressionResult.Coefficient] = []
        for j in 0..<p {
            let b = solution.coefficients[j]
            let se = v[j, j].squareRoot()
            let t = b / se
            coefficients.append(.init(
                term: termNames[j], estimate: b, standardError: se, statistic: t,
                pValue: ReferenceDistributions.studentTTwoSidedPValue(t, degreesOfFreedom: Double(df)),
                confidenceLow: b - crit * se, confidenceHigh: b + crit * se))
        }
        return QuantileRegressionResult(
            tau: tau, coefficients: coefficients, covariance: v, covarianceKind: covariance, level: level,
            observations: n, residualDegreesOfFreedom: df, residuals: solution.residuals, objective: solution.objective,
            basis: solution.basis, nonUnique: solution.nonUnique, iterations: solution.iterations, bandwidth: bandwidth,
            sparsity: sparsity, notes: notes)
    }

    static func solve(_ x: Matrix, _ y: [Double], _ tau: Double, start: [Double]? = nil) throws(QuantileRegressionError) -> QuantileSimplex.Solution {
        do { return try QuantileSimplex.solve(x: x, y: y, tau: tau, start: start) } catch {
            switch error {
            case .singularDesign: throw .invalidInput("the design is singular")
            case let .noConvergence(k): throw .noConvergence(iterations: k)
            }
        }
    }

    /// Hall & Sheather (1988) bandwidth as quantreg's `bandwidth.rq(τ, n, hs = TRUE, alpha = 0.05)`:
    /// `n^(−1/3) z_{1−α/2}^(2/3) (1.5 φ(Φ⁻¹(τ))² / (2Φ⁻¹(τ)² + 1))^(1/3)`.
    public static func hallSheatherBandwidth(tau: Double, observations n: Int, alpha: Double = 0.05) -> Double {
        let x0 = Normal.standard.quantile(tau)
        let f0 = Normal.standard.pdf(x0)
        let z = Normal.standard.quantile(1 - alpha / 2)
        return pow(Double(n), -1.0 / 3) * pow(z, 2.0 / 3) * pow(1.5 * f0 * f0 / (2 * x0 * x0 + 1), 1.0 / 3)
    }

    private func iidCovariance(
        solution: QuantileSimplex.Solution, tau: Double, xxInverse: Matrix
    ) throws(QuantileRegressionError) -> (Matrix, Double, Double) {
        let n = design.rows, p = design.columns
        let eps = Double.ulpOfOne.squareRoot()
        let resid = solution.residuals
        let pz = resid.filter { abs($0) < eps }.count
        let b = Self.hallSheatherBandwidth(tau: tau, observations: n)
        let h = Swift.max(p + 1, Int((Double(n) * b).rounded(.up)))
        // ir = (pz + 1):(h + pz + 1), 1-based.
        let last = h + pz + 1
        guard last <= n else { throw .sparsityWindow(needed: last, observations: n) }
        let byAbs = (0..<n).sorted { (abs(resid[$0]), $0) < (abs(resid[$1]), $1) }
        let ir = Array((pz + 1)...last)
        let ordered = ir.map { resid[byAbs[$0 - 1]] }.sorted()
        let xt = ir.map { Double($0) / Double(n - p) }
        let x2 = Matrix(uncheckedRows: ir.count, columns: 2, storage: [Double](repeating: 1, count: ir.count) + xt)
        let s = try Self.solve(x2, ordered, 0.5).coefficients[1]
        let v = xxInverse.scaled(by: s * s * tau * (1 - tau))
        return (v, s, b)
    }

    private func nidCovariance(tau: Double) throws(QuantileRegressionError) -> (Matrix, Double, Int) {
        let n = design.rows, p = design.columns
        let eps = Double.ulpOfOne.squareRoot()
        var h = Self.hallSheatherBandwidth(tau: tau, observations: n)
        while tau - h < 0 || tau + h > 1 { h /= 2 }
        let hi = try Self.solve(design, response, tau + h).coefficients
        let lo = try Self.solve(design, response, tau - h).coefficients
        var f = [Double](repeating: 0, count: n)
        var nonPositive = 0
        for i in 0..<n {
            var dy = 0.0
            for j in 0..<p { dy += design[i, j] * (hi[j] - lo[j]) }
            if dy <= 0 { nonPositive += 1 }
            f[i] = Swift.max(0, 2 * h / (dy - eps))
        }
        // (XᵀFX)⁻¹ from the QR of √f·X; XᵀX directly.
        var xs = design
        for j in 0..<p { for i in 0..<n { xs[i, j] = design[i, j] * f[i].squareRoot() } }
        let fit: LeastSquaresFit
        do { fit = try LeastSquares.fit(xs, [Double](repeating: 0, count: n), options: LeastSquaresOptions(precision: .double, computeLeverage: false)) } catch {
            throw .invalidInput("the density-weighted design is singular: \(error.description)")
        }
        if !fit.aliasedColumns.isEmpty { throw .invalidInput("the density-weighted design is singular (too few positive density estimates)") }
        let fxx = fit.unscaledCovariance
        let xx = design.transposeTimes(design)
        let v = fxx.times(xx).times(fxx).scaled(by: tau * (1 - tau))
        return (symmetrized(v), h, nonPositive)
    }

    private func bootstrapCovariance(tau: Double, replications: Int, seed: UInt64) -> (Matrix, Int) {
        let n = design.rows, p = design.columns
        var rng = Xoshiro256StarStar(seed: seed)
        var draws: [[Double]] = []
        var failed = 0
        while draws.count < replications {
            let idx = (0..<n).map { _ in RandomDraws.index(below: n, using: &rng) }
            var xb = Matrix(rows: n, columns: p)
            for j in 0..<p { for (r, i) in idx.enumerated() { xb[r, j] = design[i, j] } }
            let yb = idx.map { response[$0] }
            if let s = try? QuantileSimplex.solve(x: xb, y: yb, tau: tau) {
                draws.append(s.coefficients)
            } else {
                failed += 1
                if failed > 10 * replications { break }
            }
        }
        let b = Double(draws.count)
        let mean = (0..<p).map { j in draws.reduce(0.0) { $0 + $1[j] } / b }
        var v = Matrix(rows: p, columns: p)
        for a in 0..<p {
            for c in 0..<p {
                v[a, c] = draws.reduce(0.0) { $0 + ($1[a] - mean[a]) * ($1[c] - mean[c]) } / (b - 1)
            }
        }
        return (v, failed)
    }

    private func symmetrized(_ v: Matrix) -> Matrix {
        var s = v
        for a in 0..<v.rows { for c in 0..<v.columns { s[a, c] = 0.5 * (v[a, c] + v[c, a]) } }
        return s
    }
}

/// A fitted quantile regression under one covariance estimator.
public struct QuantileRegressionResult: Sendable, Equatable {
    /// The quantile τ.
    public let tau: Double
    /// The coefficient table (t statistics on `n − p` df, as summary.rq).
    public let coefficients: [RegressionResult.Coefficient]
    /// Covariance of the coefficients, in their order.
    public let covariance: Matrix
    /// The covariance estimator used.
    public let covarianceKind: QuantileCovariance
    /// Confidence level of the intervals.
    public let level: Double
    /// Observations used.
    public let observations: Int
    /// `n − p`.
    public let residualDegreesOfFreedom: Int
    /// `yᵢ − xᵢᵀβ̂` (exactly zero on the basis).
    public let residuals: [Double]
    /// `Σ ρ_τ(rᵢ)` at the solution.
    public let objective: Double
    /// The `p` observations fitted exactly (0-based row indices of the design).
    public let basis: [Int]
    /// The objective is flat along an edge of the optimal vertex: the solution is not unique.
    public let nonUnique: Bool
    /// Simplex pivots from the starting vertex.
    public let iterations: Int
    /// Hall–Sheather bandwidth used by iid/nid (after halving for nid).
    public let bandwidth: Double?
    /// The sparsity estimate `1/f(F⁻¹(τ))` (iid).
    public let sparsity: Double?
    /// Conventions and events to report.
    public let notes: [String]
}

extension QuantileRegressionResult {
    /// The fit as the package's ``RegressionResult`` (coefficients, covariance,
    /// t inference on `n − p` df), so coefficient tables and post-estimation
    /// built for linear models apply. Least-squares quantities that a quantile
    /// regression does not have (σ̂, R², the F test, the Gaussian
    /// log-likelihood, AIC, BIC) are NaN or nil.
    public var regressionResult: RegressionResult {
        RegressionResult(
            coefficients: coefficients, droppedTerms: [], covariance: covariance, covarianceLabel: covarianceKind.label,
            clusters: [], smallSampleFactor: 1, smallSampleParameters: nil, statisticKind: .t,
            inferenceDegreesOfFreedom: residualDegreesOfFreedom, level: level, observations: observations,
            observationsDropped: 0, residualDegreesOfFreedom: residualDegreesOfFreedom,
            modelDegreesOfFreedom: coefficients.count - 1, sigma: .nan, rSquared: .nan, adjustedRSquared: .nan,
            rSquaredKind: .centered, withinRSquared: nil, fTest: nil, logLikelihood: .nan, aic: .nan, bic: .nan,
            conditionNumber: .nan, fixedEffects: nil, notes: notes)
    }
}
