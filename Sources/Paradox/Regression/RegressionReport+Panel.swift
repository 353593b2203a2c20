import Stats

extension RegressionReport {
    /// The estimator's name in the output (the saved fit's `estimator`, DESIGN.md §6): `ols`, `fe`
    /// (absorbed fixed effects), `re`, `fd`, `between`, `2sls`, `quantile`, or `ml` for the
    /// likelihood models of `--family` (whose `family` key names the model).
    public var estimatorName: String {
        if instrumental != nil { return "2sls" }
        if quantile != nil { return "quantile" }
        if likelihood != nil { return "ml" }
        return panel?.estimator.rawValue ?? (result.fixedEffects == nil ? PanelEstimator.pooled.rawValue : PanelEstimator.fixedEffects.rawValue)
    }

    /// Panel notes: the structure, operators, Hausman tests.
    var panelNotes: [String] {
        guard let p = panel else { return [] }
        var notes = p.notes
        if let h = p.hausman {
            notes.append("Hausman test, FE against RE (R plm::phtest, classical covariances): χ²(\(h.degreesOfFreedom)) = \(ResultTable.formatNumber(h.statistic, .significant(5))), p = \(ResultTable.formatNumber(h.pValue, .significant(4))); compares \(h.terms.joined(separator: ", "))")
        }
        if let h = p.hausmanMundlak {
            notes.append("cluster-robust Hausman test by Mundlak's auxiliary regression (the GLS regression plus \(h.terms.joined(separator: ", ")) with the RE θ_i, Wald test clustered by \(p.panel?.unit ?? "unit"), CR1): χ²(\(h.degreesOfFreedom)) = \(ResultTable.formatNumber(h.statistic, .significant(5))), p = \(ResultTable.formatNumber(h.pValue, .significant(4)))")
        } else if let why = p.hausmanMundlakUnavailable {
            notes.append("cluster-robust (Mundlak) Hausman test not computed: \(why)")
        }
        return notes
    }

    /// JSON keys of panel fits: `panel`, `theta`, `sigma_u`, `sigma_e`, `hausman` when they apply
    /// (`estimator` is among the saved-fit keys).
    var panelJSONMembers: [(String, JSONValue)] {
        var m: [(String, JSONValue)] = []
        guard let p = panel else { return m }
        if let c = p.panel { m.append(("panel", .object([("unit", .string(c.unit)), ("time", .string(c.time))]))) }
        if let u = p.units { m.append(("units", .integer(u))) }
        if let c = p.components {
            let (lo, hi) = c.thetaRange
            let thetas = c.thetaByUnit.enumerated().filter { $0.offset < c.observationsByUnit.count && c.observationsByUnit[$0.offset] > 0 }
            m.append(("theta", c.isBalanced ? .number(lo) : .null))
            m.append(("theta_range", .object([("min", .number(lo)), ("max", .number(hi))])))
            if !c.isBalanced {
                m.append(("theta_by_unit", .array(thetas.map { t in
                    .object([("unit", .string(t.offset < p.unitNames.count ? p.unitNames[t.offset] : "\(t.offset)")),
                             ("t", .integer(c.observationsByUnit[t.offset])), ("theta", .number(t.element))])
                })))
            }
            m.append(("sigma_u", .number(c.sigmaU)))
            m.append(("sigma_e", .number(c.sigmaE)))
        }
        func test(_ h: HausmanTest) -> JSONValue {
            .object([("statistic", .number(h.statistic)), ("df", .integer(h.degreesOfFreedom)), ("p_value", .number(h.pValue)),
                     ("method", .string(h.method.rawValue)), ("terms", .array(h.terms.map { .string($0) }))])
        }
        if let h = p.hausman { m.append(("hausman", test(h))) }
        if let h = p.hausmanMundlak { m.append(("hausman_mundlak", test(h))) }
        return m
    }
}
