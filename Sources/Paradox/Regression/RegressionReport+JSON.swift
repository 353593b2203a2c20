import Stats

extension RegressionReport {
    /// The notes printed with every format: the standard-error convention
    /// first, then what was dropped, then the fit's own notes.
    public var allNotes: [String] {
        var notes = ["standard errors: " + standardErrorStatement]
        let missing = droppedRows.filter { $0.reason == .missing }.count
        if missing > 0 {
            notes.append("\(missing) of \(rowsConsidered) rows dropped for missing values (listwise deletion)")
        }
        let zero = droppedRows.filter { $0.reason == .zeroWeight }.count
        if zero > 0 { notes.append("\(zero) rows with zero weight do not count") }
        if !result.droppedTerms.isEmpty {
            notes.append("not estimated (collinear, dropped as R's lm does): " + result.droppedTerms.joined(separator: ", "))
        }
        if solvedInDoubleDouble {
            notes.append("ill-conditioned design (1-norm condition number of R \(ResultTable.formatNumber(result.conditionNumber, .significant(3)))): solved in double-double arithmetic (about 32 digits)")
        }
        if specification.covariance == nil, result.fixedEffects != nil {
            notes.append("with fixed effects fixest would cluster by the first fixed effect by default; pass --vcov \"cluster(\(result.fixedEffects?.names.first ?? "c"))\" for that")
        }
        notes.append(contentsOf: result.notes)
        notes.append(contentsOf: panelNotes)
        notes.append(contentsOf: analysisNotes)
        notes.append(contentsOf: postEstimation?.notes ?? [])
        return notes
    }

    /// The `egov regress --format json` object (DESIGN.md §3, a contract): the
    /// documented keys in the documented order, then extra keys
    /// (`level`, `statistic`, `within_r_squared`, `fixed_effects`, `clusters`,
    /// `dropped_rows`). Numbers are shortest round-trip; non-finite as null.
    public func json() -> JSONValue {
        let r = result
        var members: [(String, JSONValue)] = [
            ("formula", .string(formula)),
            ("nobs", .integer(r.observations)),
            ("nobs_dropped", .integer(observationsDropped)),
            ("df_residual", .integer(r.residualDegreesOfFreedom)),
            ("df_model", .integer(r.modelDegreesOfFreedom)),
            ("vcov", .string(r.covarianceLabel)),
            ("r_squared", .number(r.rSquared)),
            ("adj_r_squared", .number(r.adjustedRSquared)),
            ("sigma", .number(r.sigma)),
            ("f_statistic", .number(r.fTest?.statistic)),
            ("f_p_value", .number(r.fTest?.pValue)),
            ("loglik", .number(r.logLikelihood)),
            ("aic", .number(r.aic)),
            ("bic", .number(r.bic)),
            ("condition_number", .number(r.conditionNumber)),
            ("coefficients", .array(r.coefficients.map { c in
                .object([
                    ("term", .string(c.term)),
                    ("estimate", .number(c.estimate)),
                    ("std_error", .number(c.standardError)),
                    ("statistic", .number(c.statistic)),
                    ("p_value", .number(c.pValue)),
                    ("conf_low", .number(c.confidenceLow)),
                    ("conf_high", .number(c.confidenceHigh)),
                ] + coefficientExtras(c))
            })),
            ("dropped_terms", .array(r.droppedTerms.map { .string($0) })),
            ("notes", .array(allNotes.map { .string($0) })),
        ]
        // Extra keys, after the contract's.
        if let l = likelihood { members.append(contentsOf: l.jsonMembers) }
        members.append(contentsOf: beyondLinearJSON)
        members.append(("level", .number(r.level)))
        members.append(("statistic", .object([
            ("distribution", .string(r.statisticKind.rawValue)),
            ("df", r.inferenceDegreesOfFreedom.map { .integer($0) } ?? .null),
        ])))
        members.append(("r_squared_kind", .string(r.rSquaredKind.rawValue)))
        if let f = r.fTest {
            members.append(("f_test", .object([
                ("kind", .string(f.kind.rawValue)),
                ("df1", .integer(f.numeratorDegreesOfFreedom)),
                ("df2", f.denominatorDegreesOfFreedom.map { .integer($0) } ?? .null),
            ])))
        }
        if let fe = r.fixedEffects {
            members.append(("within_r_squared", .number(r.withinRSquared)))
            members.append(("fixed_effects", .array(zip(fe.names, fe.levels).map { name, levels in
                .object([("name", .string(name)), ("levels", .integer(levels))])
            })))
            members.append(("singletons_dropped", .integer(fe.droppedSingletonRows.count)))
        }
        if !r.clusters.isEmpty {
            members.append(("clusters", .array(r.clusters.map {
                .object([("name", .string($0.name)), ("groups", .integer($0.clusters))])
            })))
        }
        members.append(contentsOf: postEstimationJSONMembers)
        if let w = weights { members.append(("weights", .string(w))) }
        members.append(contentsOf: panelJSONMembers)
        if let d = diagnostics {
            members.append(("diagnostics", d.json))
        } else if let why = diagnosticsUnavailable {
            members.append(("diagnostics", .object([("unavailable", .string(why))])))
        }
        members.append(("dropped_rows", .array(droppedRows.map { d in
            .object([
                ("row", .integer(d.rowIndex + 1)),
                ("label", .string(d.label)),
                ("reason", .string(d.reason.rawValue)),
                ("variables", .array(d.variables.map { .string($0) })),
            ])
        })))
        // Saved-fit keys (DESIGN.md §6), see RegressionReport+SavedFit.swift.
        members.append(contentsOf: savedFitMembers)
        return .object(members)
    }
}
