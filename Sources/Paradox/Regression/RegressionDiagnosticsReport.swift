import Stats

/// Regression diagnostics (`Stats.Diagnostics`: VIF, Breusch–Pagan,
/// Jarque–Bera, Durbin–Watson, influence) with the influential rows named by
/// country-year, for `egov regress --diagnostics`.
public struct RegressionDiagnosticsReport: Sendable, Equatable {
    public let diagnostics: Diagnostics
    /// Labels (`KAZ 2018` or `row 5`) of `diagnostics.influentialObservations`, in order.
    public let influentialLabels: [String]
    /// The panel id column whose runs Durbin–Watson was computed within, if any.
    public let durbinWatsonWithin: String?
    /// Country-year labels (`KAZ 2018`, or `row 5`) of every estimation row, in the row order of
    /// the influence measures (for the DFBETAS listing).
    public var rowLabels: [String] = []

    public init(diagnostics: Diagnostics, influentialLabels: [String], durbinWatsonWithin: String?) {
        self.diagnostics = diagnostics
        self.influentialLabels = influentialLabels
        self.durbinWatsonWithin = durbinWatsonWithin
    }

    /// Influential rows shown in the text output.
    static let influentialShown = 10

    /// Lines for the text output.
    var textLines: [String] {
        let d = diagnostics
        func s(_ x: Double, _ n: Int = 4) -> String { ResultTable.formatNumber(x, .significant(n)) }
        var out: [String] = []
        if let vif = d.varianceInflation {
            if vif.contains(where: { $0.degreesOfFreedom > 1 }) {
                // car::vif's table for models with factor terms: GVIF, df and GVIF^(1/(2·df)) per term.
                out.append("GVIF (car::vif, generalised VIF of Fox & Monette 1992; term: GVIF, df, GVIF^(1/(2·df))): "
                           + vif.map { "\($0.term) \(s($0.gvif, 3)), \($0.degreesOfFreedom), \(s($0.scaledGVIF, 3))" }.joined(separator: "; "))
            } else {
                out.append("VIF: " + vif.map { "\($0.term) \(s($0.gvif, 3))" }.joined(separator: ", "))
            }
        }
        if let bp = d.breuschPagan {
            out.append("Breusch–Pagan (Koenker, studentized; lmtest::bptest default): BP = \(s(bp.statistic)), df = \(bp.degreesOfFreedom), p-value = \(RegressionReport.pValue(bp.pValue))")
        }
        let jb = d.jarqueBera
        out.append("Jarque–Bera (normality of residuals): JB = \(s(jb.statistic)), df = \(jb.degreesOfFreedom), p-value = \(RegressionReport.pValue(jb.pValue)); skewness \(s(jb.skewness, 3)), kurtosis \(s(jb.kurtosis, 3))")
        if d.durbinWatson.isNaN {
            out.append("Durbin–Watson: undefined (no \(durbinWatsonWithin ?? "unit") has two rows: a cross-section)")
        } else {
            out.append("Durbin–Watson: d = \(s(d.durbinWatson))" + (durbinWatsonWithin.map { " (within \($0), rows in year order)" } ?? " (rows in data order)"))
        }
        if d.influentialObservations.isEmpty {
            out.append("Influential observations (R's influence.measures flags): none")
        } else {
            let shown = zip(influentialLabels, d.influentialObservations).prefix(Self.influentialShown).map { label, o in
                "\(label) (Cook's D \(s(o.cooksDistance, 3)), leverage \(s(o.leverage, 3)); \(o.criteria.map(\.rawValue).joined(separator: ", ")))"
            }
            var line = "Influential observations (R's influence.measures flags, largest Cook's D first): " + shown.joined(separator: ", ")
            if d.influentialObservations.count > Self.influentialShown {
                line += ", and \(d.influentialObservations.count - Self.influentialShown) more (--format json lists all)"
            }
            out.append(line)
        }
        out.append(contentsOf: dfbetasTextLines)
        return out + d.notes.map { "Note: " + $0 }
    }

    /// The `diagnostics` member of the JSON output.
    var json: JSONValue {
        let d = diagnostics
        var members: [(String, JSONValue)] = []
        members.append(("vif", d.varianceInflation.map { v in
            .array(v.map { .object([("term", .string($0.term)), ("gvif", .number($0.gvif)), ("df", .integer($0.degreesOfFreedom)),
                                    ("gvif_scaled", .number($0.scaledGVIF))]) })
        } ?? .null))
        func bp(_ t: BreuschPaganTest?) -> JSONValue {
            t.map { .object([("statistic", .number($0.statistic)), ("df", .integer($0.degreesOfFreedom)), ("p_value", .number($0.pValue))]) } ?? .null
        }
        members.append(("breusch_pagan", bp(d.breuschPagan)))
        members.append(("breusch_pagan_original", bp(d.breuschPaganOriginal)))
        members.append(("jarque_bera", .object([
            ("statistic", .number(d.jarqueBera.statistic)), ("df", .integer(d.jarqueBera.degreesOfFreedom)),
            ("p_value", .number(d.jarqueBera.pValue)), ("skewness", .number(d.jarqueBera.skewness)),
            ("kurtosis", .number(d.jarqueBera.kurtosis)),
        ])))
        members.append(("durbin_watson", .number(d.durbinWatson)))
        members.append(("durbin_watson_within", .string(durbinWatsonWithin)))
        members.append(("influential", .array(zip(influentialLabels, d.influentialObservations).map { label, o in
            .object([
                ("label", .string(label)), ("criteria", .array(o.criteria.map { .string($0.rawValue) })),
                ("cooks_distance", .number(o.cooksDistance)), ("leverage", .number(o.leverage)),
                ("studentized_residual", .number(o.studentizedResidual)), ("dffits", .number(o.dffits)),
                ("covariance_ratio", .number(o.covarianceRatio)),
            ])
        })))
        members.append(("dfbetas", dfbetasJSON))
        members.append(("notes", .array(d.notes.map { .string($0) })))
        return .object(members)
    }
}
