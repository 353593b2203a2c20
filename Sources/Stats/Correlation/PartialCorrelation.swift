extension Correlation {
    /// Partial correlation of x and y controlling for k covariates Z: the correlation of the
    /// least-squares residuals of x and of y on [1, Z] (Fisher 1924; as R `ppcor::pcor.test`).
    ///
    /// t = r·√(df/(1 − r²)) on df = n − 2 − k degrees of freedom (k = the rank of the
    /// covariates after the constant; collinear covariates count once); Fisher-z interval with
    /// SE 1/√(n − 3 − k). Spearman: the same on the midranks of x, y and every covariate
    /// (ppcor's `method = "spearman"`), with the Bonett–Wright SE √((1 + r²/2)/(n − 3 − k)) for
    /// the interval, as the simple Spearman interval. p-values are asymptotic.
    ///
    /// - Throws: `CorrelationError` for bad input, n < k + 3, Kendall (no partial τ test
    ///   here), or x or y fully explained by the covariates (zero residual variance).
    public static func partial(
        x: [Double], y: [Double], covariates: [[Double]],
        method: CorrelationMethod = .pearson,
        alternative: CorrelationAlternative = .twoSided,
        level: Double = 0.95
    ) throws(CorrelationError) -> CorrelationTest {
        if method == .kendall {
            throw .unsupported("partial correlation is available for Pearson and Spearman, not Kendall: use --method pearson or spearman")
        }
        try validate(x, y, minimum: 3)
        try validate(level: level)
        let n = x.count
        for (j, z) in covariates.enumerated() {
            guard z.count == n else { throw .lengthMismatch(x: n, y: z.count) }
            if let i = z.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(variable: "covariate \(j + 1)", index: i) }
        }
        if covariates.isEmpty {
            return method == .pearson
                ? try pearson(x: x, y: y, alternative: alternative, level: level)
                : pearsonTest(r: try productMoment(midranks(x), midranks(y)), n: n, covariates: 0,
                              alternative: alternative, level: level, method: .spearman)
        }
        let spearmanRanks = method == .spearman
        // Pearson: every column times a power of two (exact; r does not change), so data near
        // 1e±300 cannot overflow or underflow the least-squares fits and residual sums.
        func transform(_ v: [Double]) -> [Double] {
            spearmanRanks ? midranks(v) : (Descriptive.scaledToUnitMagnitude(v)?.values ?? v)
        }
        let columns = [[Double](repeating: 1, count: n)] + covariates.map { transform($0) }
        guard let design = Matrix(columns: columns) else { throw .covariates("could not build the design matrix") }
        let ex: [Double], ey: [Double], k: Int
        do {
            let options = LeastSquaresOptions(computeLeverage: false)
            let fx = try LeastSquares.fit(design, transform(x), options: options)
            let fy = try LeastSquares.fit(design, transform(y), options: options)
            ex = fx.residuals; ey = fy.residuals; k = fx.rank - 1
        } catch {
            throw .covariates(error.description)
        }
        guard n - 2 - k >= 1 else { throw .tooFewObservations(needed: k + 3, got: n) }
        for (name, v, e) in [("x", x, ex), ("y", y, ey)] where isExplainedExactly(transform(v), residuals: e) {
            throw .zeroVariance(variable: "\(name) after partialling out the covariates")
        }
        let r: Double
        do {
            r = try productMoment(ex, ey)
        } catch {
            if case .zeroVariance(let v) = error {
                throw .zeroVariance(variable: "\(v) after partialling out the covariates")
            }
            throw error
        }
        return pearsonTest(r: r, n: n, covariates: k, alternative: alternative, level: level, method: method)
    }
}
