extension FittedLinearModel {
    /// The result under a panel or small-sample covariance (``PanelCovariance``):
    /// Driscoll–Kraay, Beck–Katz PCSE, Newey–West or CR2 with Satterthwaite df.
    /// Coefficients and fit statistics are those of ``result(covariance:level:absorbedParameters:)``;
    /// the covariance, the tests and the notes follow the estimator.
    /// - Parameters:
    ///   - panelCovariance: the estimator, with its unit/time/cluster codes (one per design row).
    ///   - level: confidence level of the intervals.
    /// - Throws: ``PanelCovarianceError``, whose message says what is wrong and how to fix it.
    public func result(panelCovariance: PanelCovariance, level: Double = 0.95) throws(PanelCovarianceError) -> RegressionResult {
        let base: RegressionResult
        do { base = try result(covariance: .hc0, level: level) } catch { throw .regression(error) }
        if weights != nil {
            throw .weighted(estimator: panelCovariance.label)
        }
        let n = x.rows
        let k = fit.rank
        let dfResid = residualDegreesOfFreedom
        let designRows = model.design.rows
        func onRows(_ codes: [Int], _ what: String) throws(PanelCovarianceError) -> [Int] {
            if codes.count != designRows { throw .lengthMismatch(what: what, codes: codes.count, observations: designRows) }
            return rows.map { codes[$0] }
        }
        // Kept columns (with any low-order parts) and residuals.
        var xs = [Double](repeating: 0, count: n * k)
        for (c, col) in fit.keptColumns.enumerated() {
            for i in 0..<n { xs[i + c * n] = x.storage[i + col * n] + (low?.storage[i + col * n] ?? 0) }
        }
        let e = fit.residuals
        let a = fit.unscaledCovariance.storage

        var notes = base.notes.filter { !$0.hasPrefix("fixed effects absorbed") }
        var v: [Double]
        var perCoefficientDF: [Double]? = nil
        var label = panelCovariance.label
        switch panelCovariance {
        case let .driscollKraay(time, lag):
            let t = try onRows(time, "the time variable")
            let periods = Set(t).count
            if periods < 2 { throw .tooFewPeriods(estimator: "driscoll-kraay(L)", periods: periods) }
            if lag < 0 || lag >= periods { throw .invalidLag(estimator: "driscoll-kraay(L)", lag: lag, periods: periods) }
            let m = PanelCovarianceMeat.bartlett(x: xs, n: n, k: k, e: e, time: t, lag: lag).meat
            v = CR2Covariance.sandwich(a, m, k)
            notes.append("Driscoll-Kraay standard errors (Driscoll & Kraay 1998) as R plm::vcovSCC(type = \"HC0\", maxlag = \(lag)): time-period score sums S_t, Bartlett weights 1 − l/(L+1), lags counted among the \(periods) periods present (plm's convention; a period missing from the data is skipped, not a gap), no small-sample factor; t tests with the residual df (n − k = \(dfResid)) as lmtest::coeftest on a plm fit (Stata xtscc uses T − 1)")
        case let .neweyWest(time, lag):
            let t = try onRows(time, "the time variable")
            var counts: [Int: Int] = [:]
            for v in t { counts[v, default: 0] += 1 }
            if let (value, count) = counts.filter({ $0.value > 1 }).min(by: { $0.key < $1.key }) {
                throw .repeatedTime(value: value, count: count)
            }
            let sorted = t.sorted()
            for i in 1..<max(1, sorted.count) where sorted[i] != sorted[i - 1] + 1 {
                throw .timeGap(after: sorted[i - 1], next: sorted[i])
            }
            if lag < 0 || lag >= sorted.count { throw .invalidLag(estimator: "newey-west(L)", lag: lag, periods: sorted.count) }
            let m = PanelCovarianceMeat.bartlett(x: xs, n: n, k: k, e: e, time: t, lag: lag).meat
            v = CR2Covariance.sandwich(a, m, k)
            notes.append("Newey-West standard errors as R sandwich::NeweyWest(lag = \(lag), prewhite = FALSE, adjust = FALSE): one observation per period, ordered by time, Bartlett weights 1 − l/(L+1), no small-sample factor; t tests with the residual df (\(dfResid)) as lmtest::coeftest")
        case let .pcse(unit, time, rule):
            let u = try onRows(unit, "the unit variable")
            let t = try onRows(time, "the time variable")
            let (m, pcseNotes) = try PanelCovarianceMeat.beckKatz(x: xs, n: n, k: k, e: e, unit: u, time: t, rule: rule)
            v = CR2Covariance.sandwich(a, m, k)
            notes.append(contentsOf: pcseNotes)
            notes.append("PCSE t tests with n − k = \(dfResid) df (k counts absorbed fixed effects), as R pcse")
            if n == Set(u).count * Set(t).count { label = "PCSE" }
        case let .cr2(cluster):
            let raw = try onRows(cluster.codes, "cluster variable '\(cluster.name)'")
            var map: [Int: Int] = [:]
            let codes = raw.map { c -> Int in
                if let d = map[c] { return d }
                map[c] = map.count
                return map.count - 1
            }
            if map.count < 2 { throw .tooFewClusters(name: cluster.name, clusters: map.count) }
            let out = CR2Covariance.compute(
                x: xs, n: n, k: k, e: e, bread: a, codes: codes, groups: map.count, fixedEffectCodes: fixedEffectsCodes)
            v = out.covariance
            perCoefficientDF = out.degreesOfFreedom
            notes.append("CR2 (Bell & McCaffrey 2002) clustered by \(cluster.name) (G = \(map.count)) with Satterthwaite degrees of freedom per coefficient (Pustejovsky & Tipton 2018), as R clubSandwich::coef_test(vcov = \"CR2\", test = \"Satterthwaite\"): working model Φ = I, A_g = (I − H_gg)^(−1/2)" + (fixedEffects != nil ? " with H the hat matrix of the dummy-variable regression (all fixed effects in H, as clubSandwich on lm with factor() dummies; its plm method leaves out a fixed effect identical to the cluster)" : "") + "; no further small-sample factor")
            if out.rankDeficientClusters > 0 {
                notes.append("CR2: I − H_gg is singular in \(out.rankDeficientClusters) cluster(s) (e.g. fixed effects nested in the clusters): its Moore–Penrose inverse square root is used, as clubSandwich's Sym_power")
            }
        }
        let cov = Matrix(uncheckedRows: k, columns: k, storage: v)

        // Coefficient table.
        let alpha = 1 - level
        let commonCrit = ReferenceDistributions.studentTUpperQuantile(alpha / 2, degreesOfFreedom: Double(dfResid))
        var coefs: [RegressionResult.Coefficient] = []
        for (c, row) in base.coefficients.enumerated() {
            let b = row.estimate
            let se = cov[c, c].squareRoot()
            let stat = b / se
            let df = perCoefficientDF?[c] ?? Double(dfResid)
            let crit = perCoefficientDF == nil ? commonCrit : ReferenceDistributions.studentTUpperQuantile(alpha / 2, degreesOfFreedom: df)
            coefs.append(.init(
                term: row.term, estimate: b, standardError: se, statistic: stat,
                pValue: ReferenceDistributions.studentTTwoSidedPValue(stat, degreesOfFreedom: df),
                confidenceLow: b - crit * se, confidenceHigh: b + crit * se,
                degreesOfFreedom: perCoefficientDF.map { $0[c] }))
        }

        // Wald test of all slopes (not for CR2: clubSandwich's Wald_test uses the HTZ approximation).
        var fTest: RegressionResult.FTest? = nil
        let slopeIdx = (0..<k).filter { fit.keptColumns[$0] != interceptColumn }
        if perCoefficientDF == nil, !slopeIdx.isEmpty {
            let q = slopeIdx.count
            var sub = Matrix(rows: q, columns: q)
            for (r, ir) in slopeIdx.enumerated() { for (c, ic) in slopeIdx.enumerated() { sub[r, c] = cov[ir, ic] } }
            if let w = WaldStatistic.quadraticForm(sub, slopeIdx.map { fit.coefficients[$0] }) {
                let f = w / Double(q)
                fTest = .init(
                    kind: .wald, statistic: f, numeratorDegreesOfFreedom: q, denominatorDegreesOfFreedom: dfResid,
                    pValue: ReferenceDistributions.fisherFUpperTail(f, numerator: Double(q), denominator: Double(dfResid)))
            }
        } else if perCoefficientDF != nil {
            notes.append("Wald F test of all slopes not reported under CR2 (clubSandwich's Wald_test uses the Hotelling T² (HTZ) approximation, not implemented here)")
        }
        if let fe = fixedEffects {
            notes.append("fixed effects absorbed: \(zip(fe.names, fe.levels).map { "\($0) (\($1) levels)" }.joined(separator: ", ")); \(absorbedParameters) parameters, residual df = N − slopes − absorbed = \(dfResid)")
        }

        return RegressionResult(
            coefficients: coefs, droppedTerms: base.droppedTerms, covariance: cov, covarianceLabel: label,
            clusters: {
                if case let .cr2(c) = panelCovariance {
                    return [.init(name: c.name, clusters: Set(rows.map { c.codes[$0] }).count)]
                }
                return []
            }(),
            smallSampleFactor: 1, smallSampleParameters: nil, statisticKind: .t,
            inferenceDegreesOfFreedom: perCoefficientDF == nil ? dfResid : nil, level: level,
            observations: base.observations, observationsDropped: base.observationsDropped,
            residualDegreesOfFreedom: dfResid, modelDegreesOfFreedom: base.modelDegreesOfFreedom, sigma: base.sigma,
            rSquared: base.rSquared, adjustedRSquared: base.adjustedRSquared, rSquaredKind: base.rSquaredKind,
            withinRSquared: base.withinRSquared, fTest: fTest, logLikelihood: base.logLikelihood, aic: base.aic,
            bic: base.bic, conditionNumber: base.conditionNumber, fixedEffects: base.fixedEffects, notes: notes)
    }
}
