// Regression tables with models as columns (as R modelsummary / Stata esttab lay them out).

import Stats

/// Significance stars: a symbol for each p-value threshold, tightest last.
public struct SignificanceStars: Sendable, Equatable, Hashable, Codable {
    public struct Level: Sendable, Equatable, Hashable, Codable {
        public var symbol: String
        public var threshold: Double
        public init(_ symbol: String, _ threshold: Double) { self.symbol = symbol; self.threshold = threshold }
    }
    /// Loosest first, e.g. `*` 0.1, `**` 0.05, `***` 0.01.
    public var levels: [Level]
    /// Whether a p-value equal to a threshold earns its symbol (`p ≤ t`, R's `symnum` intervals) or not (`p < t`).
    public var inclusive: Bool = false
    public init(levels: [Level]) { self.levels = levels.sorted { $0.threshold > $1.threshold } }
    /// Stars with `p ≤ threshold` (`inclusive`) or `p < threshold`.
    public init(levels: [Level], inclusive: Bool) { self.init(levels: levels); self.inclusive = inclusive }

    /// `* p < 0.1, ** p < 0.05, *** p < 0.01`: the economics convention (Stata esttab's
    /// `star(* 0.10 ** 0.05 *** 0.01)`, stargazer's default).
    public static let economics = SignificanceStars(levels: [Level("*", 0.1), Level("**", 0.05), Level("***", 0.01)])
    /// No stars.
    public static let none = SignificanceStars(levels: [])
    /// R's significance codes (`printCoefmat`): `.` p ≤ 0.1, `*` ≤ 0.05, `**` ≤ 0.01, `***` ≤ 0.001.
    public static let r = SignificanceStars(levels: [Level(".", 0.1), Level("*", 0.05), Level("**", 0.01), Level("***", 0.001)],
                                            inclusive: true)

    /// The symbol of `p` (strictly below the threshold), "" when none applies or p is NaN.
    public func symbol(for p: Double) -> String {
        var s = ""
        for l in levels where inclusive ? p <= l.threshold : p < l.threshold { s = l.symbol }
        return s
    }

    /// "* p < 0.1, ** p < 0.05, *** p < 0.01" (with "≤" when `inclusive`).
    public var legend: String {
        let op = inclusive ? "\u{2264}" : "<"
        return levels.map { "\($0.symbol) p \(op) \(JSONValue.format($0.threshold))" }.joined(separator: ", ")
    }
}

/// What goes in parentheses below each coefficient.
public enum UncertaintyDisplay: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// `(se)`.
    case standardError = "se"
    /// `[low, high]`, the model's confidence interval at its level.
    case confidenceInterval = "ci"
    /// `(t)`, the test statistic (t or z, the model's reference distribution).
    case statistic = "t"
    /// `(p)`, the two-sided p-value.
    case pValue = "p"
}

/// A row of the bottom block of a table (`egov table --stats`).
public enum TableStatistic: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// N, the observations used.
    case nobs
    /// R².
    case r2
    /// Adjusted R².
    case adjR2 = "adj_r2"
    /// Within R² (models with absorbed fixed effects).
    case withinR2 = "within_r2"
    /// One Yes/No row per fixed effect.
    case fe
    /// The standard errors, short ("HC1", "CR1").
    case vcov
    /// Number of clusters.
    case clusters
    /// Akaike information criterion (R's convention).
    case aic
    /// Bayesian information criterion (R's convention).
    case bic
    /// Log-likelihood.
    case loglik
    /// McFadden's pseudo R² (GLMs).
    case pseudoR2 = "pseudo_r2"

    /// The default bottom block of `egov table`; rows no model has are left out.
    public static let defaults: [TableStatistic] = [.nobs, .r2, .adjR2, .withinR2, .pseudoR2, .fe, .vcov, .clusters]
}

/// A table of regression models side by side: one column per model, each coefficient
/// with its uncertainty below, then fixed-effects indicators and fit statistics, and
/// footnotes stating the standard errors of every model and the star legend.
public struct RegressionTable: Sendable, Equatable {
    /// One coefficient of one model.
    public struct Estimate: Sendable, Equatable, Hashable, Codable {
        public var term: String
        public var estimate: Double
        public var standardError: Double
        public var pValue: Double
        public var confidenceLow: Double
        public var confidenceHigh: Double
        /// The test statistic (`nil` when not known: then `estimate / standardError` is shown).
        public var statistic: Double? = nil
        public init(term: String, estimate: Double, standardError: Double, pValue: Double,
                    confidenceLow: Double, confidenceHigh: Double) {
            self.term = term; self.estimate = estimate; self.standardError = standardError; self.pValue = pValue
            self.confidenceLow = confidenceLow; self.confidenceHigh = confidenceHigh
        }
        /// An estimate with its test statistic.
        public init(term: String, estimate: Double, standardError: Double, statistic: Double?, pValue: Double,
                    confidenceLow: Double, confidenceHigh: Double) {
            self.init(term: term, estimate: estimate, standardError: standardError, pValue: pValue,
                      confidenceLow: confidenceLow, confidenceHigh: confidenceHigh)
            self.statistic = statistic
        }
    }

    /// One model (a column).
    public struct Model: Sendable, Equatable {
        /// Column header, e.g. the dependent variable.
        public var name: String
        public var estimates: [Estimate]
        public var observations: Int
        public var rSquared: Double?
        public var adjustedRSquared: Double?
        public var withinRSquared: Double?
        /// Keys of the absorbed fixed effects (matched against `RegressionTable.fixedEffectRows`).
        public var fixedEffects: [String]
        /// The standard errors in words, for the footnote, e.g. "heteroskedasticity-robust (HC1)".
        public var standardErrors: String
        /// Values of the table's `extraRows`, by key (e.g. a wild bootstrap p-value).
        public var extra: [String: Double]
        /// Confidence level of `confidenceLow/High`.
        public var level: Double
        /// AIC, BIC, log-likelihood and McFadden's pseudo R² (`TableStatistic` rows), when known.
        public var aic: Double? = nil
        public var bic: Double? = nil
        public var logLikelihood: Double? = nil
        public var pseudoRSquared: Double? = nil
        /// The covariance in a few characters ("HC1", "CR1"), for the `vcov` row.
        public var covarianceShort: String? = nil
        /// Cluster dimensions and their number of groups, for the `clusters` row.
        public var clusterGroups: [SavedFit.Cluster] = []

        public init(name: String, estimates: [Estimate], observations: Int, rSquared: Double? = nil,
                    adjustedRSquared: Double? = nil, withinRSquared: Double? = nil, fixedEffects: [String] = [],
                    standardErrors: String, extra: [String: Double] = [:], level: Double = 0.95) {
            self.name = name; self.estimates = estimates; self.observations = observations; self.rSquared = rSquared
            self.adjustedRSquared = adjustedRSquared; self.withinRSquared = withinRSquared; self.fixedEffects = fixedEffects
            self.standardErrors = standardErrors; self.extra = extra; self.level = level
        }

        /// A model from a fitted regression: estimates, N, R², adjusted R², within R² and the
        /// standard-error description from the result (`describeStandardErrors`).
        public init(_ result: RegressionResult, name: String, fixedEffects: [String] = [],
                    standardErrors: String? = nil, extra: [String: Double] = [:]) {
            self.init(
                name: name,
                estimates: result.coefficients.map {
                    Estimate(term: $0.term, estimate: $0.estimate, standardError: $0.standardError, pValue: $0.pValue,
                             confidenceLow: $0.confidenceLow, confidenceHigh: $0.confidenceHigh)
                },
                observations: result.observations, rSquared: result.rSquared, adjustedRSquared: result.adjustedRSquared,
                withinRSquared: result.withinRSquared, fixedEffects: fixedEffects,
                standardErrors: standardErrors ?? RegressionTable.describeStandardErrors(result), extra: extra,
                level: result.level)
        }

        public func estimate(_ term: String) -> Estimate? { estimates.first { $0.term == term } }
    }

    /// A row label for a term (`term` as fitted, `label` as shown).
    public struct TermLabel: Sendable, Equatable, Hashable, Codable {
        public var term: String
        public var label: String
        public init(_ term: String, _ label: String) { self.term = term; self.label = label }
    }

    /// A row of Yes/No: whether each model absorbs the fixed effect `key`.
    public struct FixedEffectRow: Sendable, Equatable, Hashable, Codable {
        public var key: String
        public var label: String
        public init(key: String, label: String) { self.key = key; self.label = label }
    }

    /// A row of one number per model (missing shown empty), e.g. a bootstrap p-value.
    public struct ExtraRow: Sendable, Equatable, Hashable, Codable {
        public var key: String
        public var label: String
        public var decimals: Int
        public init(key: String, label: String, decimals: Int = 3) { self.key = key; self.label = label; self.decimals = decimals }
    }

    public var title: String?
    public var models: [Model]
    /// Row order and labels. Terms not listed follow in order of first appearance, labelled by their name.
    public var terms: [TermLabel]
    public var fixedEffectRows: [FixedEffectRow]
    public var extraRows: [ExtraRow]
    public var uncertainty: UncertaintyDisplay
    public var stars: SignificanceStars
    /// Decimals of coefficients and their uncertainty.
    public var decimals: Int
    /// Decimals of R² rows.
    public var fitDecimals: Int
    /// Notes after the standard-error footnote and the star legend.
    public var notes: [String]
    /// The bottom block in order; `nil`: fixed-effect rows, N, R², adjusted and within R² (the report's layout).
    public var statistics: [TableStatistic]? = nil
    /// Column titles (`egov table --titles`); `nil`: "(1)", "(2)", ...
    public var columnTitles: [String]? = nil
    /// Write a model name that every column shares once, spanning the columns (tables from saved fits).
    public var spanSharedName = false

    public init(title: String? = nil, models: [Model], terms: [TermLabel] = [], fixedEffectRows: [FixedEffectRow] = [],
                extraRows: [ExtraRow] = [], uncertainty: UncertaintyDisplay = .standardError,
                stars: SignificanceStars = .economics, decimals: Int = 3, fitDecimals: Int = 3, notes: [String] = []) {
        self.title = title; self.models = models; self.terms = terms; self.fixedEffectRows = fixedEffectRows
        self.extraRows = extraRows; self.uncertainty = uncertainty; self.stars = stars; self.decimals = decimals
        self.fitDecimals = fitDecimals; self.notes = notes
    }

    /// The standard errors of a result in words: "classical (homoskedastic)",
    /// "heteroskedasticity-robust (HC1)", "clustered by iso3 (CR1, G = 193; t(192))".
    public static func describeStandardErrors(_ r: RegressionResult) -> String {
        let label = r.covarianceLabel
        if r.clusters.isEmpty {
            if label == "classical" { return "classical (homoskedastic)" }
            return "heteroskedasticity-robust (\(label))"
        }
        let by = r.clusters.map { "\($0.name) (G = \($0.clusters))" }.joined(separator: " and ")
        let inference = r.statisticKind == .z ? "normal" : r.inferenceDegreesOfFreedom.map { "t(\($0))" } ?? "t"
        return "clustered by \(by), \(label), p-values from \(inference)"
    }

    // MARK: Layout shared by the renderers

    /// The ordered terms with their labels: `terms` first (those some model estimates), then the rest.
    public var rowTerms: [TermLabel] {
        var out: [TermLabel] = []
        var seen = Set<String>()
        let present = Set(models.flatMap { $0.estimates.map(\.term) })
        for t in terms where present.contains(t.term) && seen.insert(t.term).inserted { out.append(t) }
        for m in models { for e in m.estimates where seen.insert(e.term).inserted { out.append(TermLabel(e.term, e.term)) } }
        return out
    }

    /// "(1)", "(2)", ... the column numbers the footnotes refer to.
    public var columnNumbers: [String] {
        models.indices.map { i in columnTitles.flatMap { i < $0.count ? $0[i] : nil } ?? "(\(i + 1))" }
    }

    /// Footnote on standard errors: one clause per distinct description, naming its columns.
    public var standardErrorNote: String {
        var groups: [(String, [Int])] = []
        for (i, m) in models.enumerated() {
            if let g = groups.firstIndex(where: { $0.0 == m.standardErrors }) { groups[g].1.append(i) } else { groups.append((m.standardErrors, [i])) }
        }
        let what: String
        switch uncertainty {
        case .standardError: what = "Standard errors in parentheses"
        case .confidenceInterval:
            let levels = Set(models.map(\.level))
            what = levels.count > 1 ? "Confidence intervals in brackets (each model's level)"
                : "\(RegressionTable.percent(models.first?.level ?? 0.95)) confidence intervals in brackets"
        case .statistic: what = "Test statistics (t or z, each model's reference distribution) in parentheses"
        case .pValue: what = "Two-sided p-values in parentheses"
        }
        if groups.count == 1 { return "\(what); standard errors \(groups[0].0)." }
        let headers = columnNumbers
        let clauses = groups.map { g in g.1.map { headers[$0] }.joined(separator: ", ") + " " + g.0 }
        return "\(what); standard errors: " + clauses.joined(separator: "; ") + "."
    }

    /// Every footnote in order: standard errors, stars, then `notes`.
    public var footnotes: [String] {
        var out = [standardErrorNote]
        if !stars.levels.isEmpty {
            out.append(stars.legend + (stars == .r ? " (R's significance codes" : " (") + (stars == .r ? "; " : "")
                       + "two-sided, from each model's reference distribution).")
        }
        return out + notes
    }

    static func percent(_ level: Double) -> String {
        let p = level * 100
        return (p == p.rounded() ? String(Int(p)) : JSONValue.format(p)) + "%"  // checked: a confidence level in percent, validated in (0, 100)
    }

    /// A fixed-decimal number with an ASCII minus ("-0.000" shown as "0.000").
    static func fixed(_ x: Double, _ decimals: Int) -> String {
        ResultTable.formatNumber(x, .decimals(decimals))
    }

    /// A displayed cell: the text and its star suffix kept apart so each format can typeset it.
    struct Cell: Equatable {
        var text: String
        var stars: String = ""
    }

    /// The body as display cells, in row order, with row kinds for the renderers' rules.
    enum RowKind { case estimate, uncertainty, extra, fixedEffect, statistic }
    struct Row { var label: String; var cells: [Cell]; var kind: RowKind }

    var displayRows: [Row] {
        var rows: [Row] = []
        for t in rowTerms {
            var est: [Cell] = [], unc: [Cell] = []
            for m in models {
                guard let e = m.estimate(t.term) else { est.append(Cell(text: "")); unc.append(Cell(text: "")); continue }
                est.append(Cell(text: Self.fixed(e.estimate, decimals), stars: stars.symbol(for: e.pValue)))
                switch uncertainty {
                case .standardError: unc.append(Cell(text: e.standardError.isNaN ? "" : "(" + Self.fixed(e.standardError, decimals) + ")"))
                case .confidenceInterval:
                    unc.append(Cell(text: e.confidenceLow.isNaN && e.confidenceHigh.isNaN ? ""
                                    : "[" + Self.fixed(e.confidenceLow, decimals) + ", " + Self.fixed(e.confidenceHigh, decimals) + "]"))
                case .statistic:
                    let t = e.statistic ?? e.estimate / e.standardError
                    unc.append(Cell(text: t.isNaN ? "" : "(" + Self.fixed(t, decimals) + ")"))
                case .pValue: unc.append(Cell(text: e.pValue.isNaN ? "" : "(" + Self.fixed(e.pValue, decimals) + ")"))
                }
            }
            rows.append(Row(label: t.label, cells: est, kind: .estimate))
            rows.append(Row(label: "", cells: unc, kind: .uncertainty))
        }
        for x in extraRows {
            rows.append(Row(label: x.label, cells: models.map { m in Cell(text: m.extra[x.key].map { Self.fixed($0, x.decimals) } ?? "") }, kind: .extra))
        }
        if let statistics { return rows + statisticRows(statistics) }
        for f in fixedEffectRows {
            rows.append(Row(label: f.label, cells: models.map { Cell(text: $0.fixedEffects.contains(f.key) ? "Yes" : "No") }, kind: .fixedEffect))
        }
        rows.append(Row(label: "N", cells: models.map { Cell(text: String($0.observations)) }, kind: .statistic))
        func stat(_ label: String, _ value: (Model) -> Double?) {
            guard models.contains(where: { value($0) != nil }) else { return }
            rows.append(Row(label: label, cells: models.map { Cell(text: value($0).map { Self.fixed($0, fitDecimals) } ?? "") }, kind: .statistic))
        }
        stat("R\u{00B2}", \.rSquared)
        stat("Adj. R\u{00B2}", \.adjustedRSquared)
        stat("Within R\u{00B2}", \.withinRSquared)
        return rows
    }
}
