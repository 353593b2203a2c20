/// A 2SLS model fitted once (``InstrumentalVariablesModel/estimate()``);
/// `result(covariance:level:absorbedParameters:)` gives the coefficient table
/// and the diagnostics under any covariance without refitting.
///
/// Diagnostics follow AER's `summary(ivreg, diagnostics = TRUE)` (Kleiber &
/// Zeileis, *Applied Econometrics with R*, 2008; the `ivreg` package's `ivdiag`):
///
/// * **first stage** (per endogenous regressor `e`): `RSS₀` of `e ~ W`, `RSS₁`
///   of `e ~ [W Z₂]`, `F = ((RSS₀ − RSS₁)/l)/(RSS₁/(n − rank₁))` on `(l, n − rank₁)`
///   df; partial R² `(RSS₀ − RSS₁)/RSS₀`; with a robust covariance also the Wald
///   form `π̂ᵀV̂⁻¹π̂/l` with `V̂` that covariance of the first stage (AER with `vcov.`);
/// * **Wu–Hausman**: `y ~ X` against `y ~ [X Ê]`, F on `(m, n − k − m)` df
///   (Wald form with a robust covariance, as AER with `vcov.`);
/// * **Sargan**: `n·R²` (centred) of the structural residuals on `Z`, `χ²(l − m)`.
///
/// With fixed effects all regressions run on the demeaned data; by
/// Frisch–Waugh–Lovell they equal the regressions with the fixed-effect dummies,
/// and the residual df subtract the absorbed parameters.
public struct FittedInstrumentalVariables: Sendable, Equatable {
    /// The second stage as a linear model with the structural residuals.
    let core: FittedLinearModel
    let exogenous: Matrix
    let endogenous: Matrix
    let instruments: Matrix
    let projected: Matrix
    let regressors: Matrix
    let y: [Double]
    let exogenousNames: [String]
    /// The endogenous regressors.
    public let endogenousNames: [String]
    /// The excluded instruments.
    public let instrumentNames: [String]
    let interceptColumn: Int?
    let firstStageFits: [LeastSquaresFit]
    let estimationRows: [Int]?
    let fixedEffectsCodes: [[Int]]
    let fixedEffects: FixedEffectsSummary?
    let absorbedParameters: Int

    /// Input rows used (all unless fixed effects dropped singletons).
    public var rows: [Int] { core.rows }

    /// The structural residuals `y − Xβ̂` on the estimation rows (demeaned with fixed effects).
    public var residuals: [Double] { core.fit.residuals }

    /// The result under `covariance` (classical, HC0, HC1, one- or two-way
    /// clustered), with `level` confidence intervals and, with fixed effects and
    /// clusters, `rule` for counting absorbed parameters in `K`.
    public func result(
        covariance: CovarianceEstimator = .classical, level: Double = 0.95,
        absorbedParameters rule: AbsorbedParameterRule = .nested
    ) throws(InstrumentalVariablesError) -> InstrumentalVariablesResult {
        switch covariance.kind {
        case .hc2, .hc3, .hc4: throw .unsupportedCovariance(covariance.kind)
        default: break
        }
        let base: RegressionResult
        do { base = try core.result(covariance: covariance, level: level, absorbedParameters: rule) } catch { throw .regression(error) }
        let robust: Bool
        if case .classical = covariance { robust = false } else { robust = true }

        // Wald test of all slopes with the chosen covariance (AER's summary.ivreg).
        var fTest = base.fTest
        var notes = base.notes
        if !robust {
            let slopes = (0..<base.coefficients.count).filter { $0 != interceptColumn }
            if !slopes.isEmpty, let w = Self.wald(base.covariance, base.coefficients.map(\.estimate), slopes) {
                let q = slopes.count
                let f = w / Double(q)
                fTest = .init(
                    kind: .wald, statistic: f, numeratorDegreesOfFreedom: q, denominatorDegreesOfFreedom: base.residualDegreesOfFreedom,
                    pValue: ReferenceDistributions.fisherFUpperTail(f, numerator: Double(q), denominator: Double(base.residualDegreesOfFreedom)))
            }
        }
        notes.append("the F test of all slopes is a Wald test with the model's covariance (AER's summary.ivreg); R² = 1 − RSS/TSS with the structural residuals; log-likelihood, AIC and BIC are not defined for 2SLS")
        let regression = RegressionResult(
            coefficients: base.coefficients, droppedTerms: base.droppedTerms, covariance: base.covariance,
            covarianceLabel: base.covarianceLabel, clusters: base.clusters, smallSampleFactor: base.smallSampleFactor,
            smallSampleParameters: base.smallSampleParameters, statisticKind: base.statisticKind,
            inferenceDegreesOfFreedom: base.inferenceDegreesOfFreedom, level: base.level, observations: base.observations,
            observationsDropped: base.observationsDropped, residualDegreesOfFreedom: base.residualDegreesOfFreedom,
            modelDegreesOfFreedom: base.modelDegreesOfFreedom, sigma: base.sigma, rSquared: base.rSquared,
            adjustedRSquared: base.adjustedRSquared, rSquaredKind: base.rSquaredKind, withinRSquared: base.withinRSquared,
            fTest: fTest, logLikelihood: .nan, aic: .nan, bic: .nan, conditionNumber: base.conditionNumber,
            fixedEffects: base.fixedEffects, notes: notes)

        let n = y.count
        let p = exogenous.columns
        let l = instruments.columns
        let m = endogenous.columns
        let zFull = InstrumentalVariablesModel.horizontal([exogenous, instruments])

        // First stages.
        var stages: [InstrumentalVariablesResult.FirstStage] = []
        let rank0 = p
        for j in 0..<m {
            let e = endogenous.column(j)
            let fit1 = firstStageFits[j]
            let rss0: Double
            if p > 0 {
                rss0 = try InstrumentalVariablesModel.leastSquares(exogenous, e).residualSumOfSquares
            } else {
                rss0 = Self.sumOfSquares(e)
            }
            let rss1 = fit1.residualSumOfSquares
            let df1 = fit1.rank - rank0
            let df2 = n - fit1.rank - absorbedParameters
            let f = ((rss0 - rss1) / Double(df1)) / (rss1 / Double(df2))
            let classical = InstrumentalVariablesResult.FTest(
                statistic: f, numeratorDegreesOfFreedom: df1, denominatorDegreesOfFreedom: df2,
                pValue: ReferenceDistributions.fisherFUpperTail(f, numerator: Double(df1), denominator: Double(df2)), covariance: "classical")
            var robustWald: InstrumentalVariablesResult.FTest? = nil
            if robust {
                let aux = auxiliary(fit: fit1, x: zFull, y: e, names: exogenousNames + instrumentNames)
                let r = try Self.coreResult(aux, covariance: covariance, rule: rule)
                if let w = Self.wald(r.covariance, fit1.coefficients, Array(p..<(p + l))) {
                    let fw = w / Double(df1)
                    robustWald = .init(
                        statistic: fw, numeratorDegreesOfFreedom: df1, denominatorDegreesOfFreedom: df2,
                        pValue: ReferenceDistributions.fisherFUpperTail(fw, numerator: Double(df1), denominator: Double(df2)),
                        covariance: r.covarianceLabel)
                }
            }
            stages.append(.init(endogenous: endogenousNames[j], fTest: classical, partialRSquared: (rss0 - rss1) / rss0, robustWald: robustWald))
        }

        // Wu–Hausman: y ~ X against y ~ [X Ê].
        let ehat = projected.selectingColumns(Array(p..<(p + m)))
        let augmented = InstrumentalVariablesModel.horizontal([regressors, ehat])
        let fitO = try InstrumentalVariablesModel.leastSquares(regressors, y)
        let fitE = try InstrumentalVariablesModel.leastSquares(augmented, y)
        let dfW1 = fitE.rank - fitO.rank
        let dfW2 = n - fitE.rank - absorbedParameters
        var wuHausman: InstrumentalVariablesResult.FTest
        if robust {
            let aux = auxiliary(fit: fitE, x: augmented, y: y, names: exogenousNames + endogenousNames + endogenousNames.map { "fit_" + $0 })
            let r = try Self.coreResult(aux, covariance: covariance, rule: rule)
            let tested = fitE.keptColumns.enumerated().filter { $0.element >= p + m }.map(\.offset)
            let w = Self.wald(r.covariance, fitE.coefficients, tested) ?? .nan
            let fw = w / Double(dfW1)
            wuHausman = .init(
                statistic: fw, numeratorDegreesOfFreedom: dfW1, denominatorDegreesOfFreedom: dfW2,
                pValue: ReferenceDistributions.fisherFUpperTail(fw, numerator: Double(dfW1), denominator: Double(dfW2)),
                covariance: r.covarianceLabel)
        } else {
            let f = ((fitO.residualSumOfSquares - fitE.residualSumOfSquares) / Double(dfW1)) / (fitE.residualSumOfSquares / Double(dfW2))
            wuHausman = .init(
                statistic: f, numeratorDegreesOfFreedom: dfW1, denominatorDegreesOfFreedom: dfW2,
                pValue: ReferenceDistributions.fisherFUpperTail(f, numerator: Double(dfW1), denominator: Double(dfW2)),
                covariance: "classical")
        }

        // Sargan: n·R² of the structural residuals on all instruments.
        var sargan: InstrumentalVariablesResult.ChiSquaredTest? = nil
        if l > m {
            let u = core.fit.residuals
            let fitS = try InstrumentalVariablesModel.leastSquares(zFull, u)
            let mean = Self.sum(u) / Double(n)
            let tss = Self.sumOfSquares(u.map { $0 - mean })
            let s = Double(n) * (1 - fitS.residualSumOfSquares / tss)
            sargan = .init(statistic: s, degreesOfFreedom: l - m, pValue: ReferenceDistributions.chiSquaredUpperTail(s, degreesOfFreedom: Double(l - m)))
        }
        return InstrumentalVariablesResult(
            regression: regression, endogenous: endogenousNames, instruments: instrumentNames, firstStages: stages,
            wuHausman: wuHausman, sargan: sargan)
    }

    /// An auxiliary OLS fit (already computed) wrapped as a linear model with the
    /// same rows and fixed effects, so that its covariance follows the same rules.
    private func auxiliary(fit: LeastSquaresFit, x: Matrix, y: [Double], names: [String]) -> FittedLinearModel {
        FittedLinearModel(
            model: core.model, fit: fit, x: x, low: nil, y: y, yOriginal: y, weights: nil,
            termNames: names, interceptColumn: nil, estimationRows: estimationRows, fixedEffectsCodes: fixedEffectsCodes,
            fixedEffects: fixedEffects, absorbedParameters: absorbedParameters, droppedTerms: [], notes: [])
    }

    private static func coreResult(
        _ fit: FittedLinearModel, covariance: CovarianceEstimator, rule: AbsorbedParameterRule
    ) throws(InstrumentalVariablesError) -> RegressionResult {
        do { return try fit.result(covariance: covariance, level: 0.95, absorbedParameters: rule) } catch { throw .regression(error) }
    }

    /// `bᵀ_S V_SS⁻¹ b_S` for the coefficient positions `S`.
    static func wald(_ v: Matrix, _ b: [Double], _ s: [Int]) -> Double? {
        var sub = Matrix(rows: s.count, columns: s.count)
        for (a, i) in s.enumerated() { for (c, j) in s.enumerated() { sub[a, c] = v[i, j] } }
        return WaldStatistic.quadraticForm(sub, s.map { b[$0] })
    }

    static func sum(_ v: [Double]) -> Double {
        var s = DoubleDouble.zero
        for x in v { s = s + x }
        return s.doubleValue
    }

    static func sumOfSquares(_ v: [Double]) -> Double {
        var s = DoubleDouble.zero
        for x in v { s = s + DoubleDouble.product(x, x) }
        return s.doubleValue
    }
}
