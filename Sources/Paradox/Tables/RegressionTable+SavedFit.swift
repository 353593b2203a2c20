// A regression table from saved fits (`egov table`), as modelsummary / esttab build theirs.

import Foundation
import PanelData

/// What `egov table` can be asked for besides the fits.
public struct SavedFitTableOptions: Sendable, Equatable {
    /// Column titles; `nil`: "(1)", "(2)", ...
    public var titles: [String]?
    /// Row labels by term, taking precedence over the panel's labels.
    public var labels: [String: String]
    /// Label known panel variables with the panel's own labels (`egdi` → "E-Government Development Index").
    public var panelLabels: Bool
    /// What goes below each estimate.
    public var uncertainty: UncertaintyDisplay
    public var stars: SignificanceStars
    /// Decimals of estimates and their uncertainty (trailing zeros kept).
    public var digits: Int
    /// Keep only terms matching this regular expression (searched anywhere in the term, as R's `grepl`).
    public var keep: String?
    /// Drop terms matching this regular expression.
    public var drop: String?
    /// The bottom block.
    public var statistics: [TableStatistic]
    /// Notes after the standard-error and star notes.
    public var notes: [String]
    public var title: String?

    /// Options; every default is `egov table`'s.
    public init(titles: [String]? = nil, labels: [String: String] = [:], panelLabels: Bool = true,
                uncertainty: UncertaintyDisplay = .standardError, stars: SignificanceStars = .economics, digits: Int = 3,
                keep: String? = nil, drop: String? = nil, statistics: [TableStatistic] = TableStatistic.defaults,
                notes: [String] = [], title: String? = nil) {
        self.titles = titles; self.labels = labels; self.panelLabels = panelLabels; self.uncertainty = uncertainty
        self.stars = stars; self.digits = digits; self.keep = keep; self.drop = drop; self.statistics = statistics
        self.notes = notes; self.title = title
    }
}

/// Why a table could not be built from fits.
public enum SavedFitTableError: Error, Sendable, Equatable, CustomStringConvertible {
    case noFits
    case invalidPattern(option: String, pattern: String, reason: String)
    case titleCount(titles: Int, fits: Int)
    case invalidDigits(Int)
    case nothingLeft(keep: String?, drop: String?)

    public var description: String {
        switch self {
        case .noFits: return "give at least one saved fit (egov regress ... --format json --out m1.json)"
        case let .invalidPattern(o, p, r): return "\(o) \"\(p)\" is not a valid regular expression (\(r)); e.g. --keep \"^egdi\""
        case let .titleCount(t, f): return "--titles gives \(t) titles for \(f) fits; give one title per fit, separated by commas"
        case .invalidDigits(let d): return "--digits \(d): give a number of decimals between 0 and 10"
        case let .nothingLeft(k, d):
            return "no coefficient is left after " + [k.map { "--keep \"\($0)\"" }, d.map { "--drop \"\($0)\"" }].compactMap { $0 }.joined(separator: " and ")
                + "; check the patterns against the term names (egov regress prints them)"
        }
    }
}

extension RegressionTable {
    /// A table with one column per fit: rows per term in first-seen order (`keep`, then `drop`
    /// applied to the term names), labels from `options.labels`, else the panel's labels for
    /// known variables (`log(x)` → "log " + label, `a:b` → label × label, `(Intercept)` →
    /// "Constant"); the column header's second line is the dependent variable's label.
    public init(fits: [SavedFit], options: SavedFitTableOptions = SavedFitTableOptions()) throws(SavedFitTableError) {
        guard !fits.isEmpty else { throw .noFits }
        if let t = options.titles, t.count != fits.count { throw .titleCount(titles: t.count, fits: fits.count) }
        guard (0...10).contains(options.digits) else { throw .invalidDigits(options.digits) }
        func regex(_ p: String?, _ option: String) throws(SavedFitTableError) -> NSRegularExpression? {
            guard let p else { return nil }
            do { return try NSRegularExpression(pattern: p) } catch {
                throw .invalidPattern(option: option, pattern: p, reason: (error as NSError).localizedDescription)
            }
        }
        let keep = try regex(options.keep, "--keep"), drop = try regex(options.drop, "--drop")
        func matches(_ r: NSRegularExpression, _ s: String) -> Bool {
            r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
        }
        // An interaction without its own label is labelled by its parts' labels.
        func label(_ term: String) -> String {
            if let l = options.labels[term] { return l }
            if term.contains(":"), !term.contains("("), options.panelLabels || term.split(separator: ":").contains(where: { options.labels[String($0)] != nil }) {
                return term.split(separator: ":").map { label(String($0)) }.joined(separator: " \u{00D7} ")
            }
            return options.panelLabels ? TermLabels.panelLabel(term) : term
        }
        var models: [Model] = []
        for fit in fits {
            let estimates = fit.coefficients.filter { c in
                (keep.map { matches($0, c.term) } ?? true) && !(drop.map { matches($0, c.term) } ?? false)
            }.map { c in
                Estimate(term: c.term, estimate: c.estimate, standardError: c.standardError ?? .nan, statistic: c.statistic,
                         pValue: c.pValue ?? .nan, confidenceLow: c.confidenceLow ?? .nan, confidenceHigh: c.confidenceHigh ?? .nan)
            }
            var m = Model(name: fit.dependent.map(label) ?? "", estimates: estimates, observations: fit.observations,
                          rSquared: fit.rSquared, adjustedRSquared: fit.adjustedRSquared, withinRSquared: fit.withinRSquared,
                          fixedEffects: fit.fixedEffects.map(\.name), standardErrors: fit.standardErrorDescription, level: fit.level)
            m.aic = fit.aic; m.bic = fit.bic; m.logLikelihood = fit.logLikelihood; m.pseudoRSquared = fit.pseudoRSquared
            m.covarianceShort = fit.clusters.isEmpty ? (fit.covarianceLabel == "classical" ? "Classical" : fit.covarianceLabel)
                : fit.covarianceLabel + " by " + fit.clusters.map(\.name).joined(separator: ", ")
            m.clusterGroups = fit.clusters
            models.append(m)
        }
        if models.allSatisfy({ $0.estimates.isEmpty }) { throw .nothingLeft(keep: options.keep, drop: options.drop) }
        var terms: [TermLabel] = []
        var seen = Set<String>()
        for m in models { for e in m.estimates where seen.insert(e.term).inserted { terms.append(TermLabel(e.term, label(e.term))) } }
        var feRows: [FixedEffectRow] = []
        for f in fits { for fe in f.fixedEffects where !feRows.contains(where: { $0.key == fe.name }) {
            feRows.append(FixedEffectRow(key: fe.name, label: TermLabels.fixedEffectLabel(fe.name)))
        } }
        var notes = options.notes
        let sources = fits.map { f in f.data.map { $0 + (f.condition.map { ", rows where \($0)" } ?? "") } }
        if Set(sources.map { $0 ?? "" }).count == 1, let only = sources.first ?? nil {
            notes.append("Data: \(only).")
        } else {
            let headers = models.indices.map { i in options.titles.flatMap { i < $0.count ? $0[i] : nil } ?? "(\(i + 1))" }
            let clauses = zip(headers, sources).compactMap { h, n in n.map { "\(h): \($0)" } }
            if !clauses.isEmpty { notes.append("Data: " + clauses.joined(separator: "; ") + ".") }
        }
        self.init(title: options.title, models: models, terms: terms, fixedEffectRows: feRows, uncertainty: options.uncertainty,
                  stars: options.stars, decimals: options.digits, fitDecimals: options.digits, notes: notes)
        self.statistics = options.statistics
        self.columnTitles = options.titles
        self.spanSharedName = true
    }
}

/// Row labels from the panel's variable descriptions.
public enum TermLabels {
    /// "Constant" for the intercept; the panel's label for a panel variable; `log(x)` →
    /// "log " + label of x; `a:b` → label(a) × label(b); anything else unchanged.
    public static func panelLabel(_ term: String) -> String {
        if term == "(Intercept)" { return "Constant" }
        if let v = PanelVariables.variable(named: term) { return v.label }
        if term.hasPrefix("log("), term.hasSuffix(")") {
            let inner = String(term.dropFirst(4).dropLast())
            if let v = PanelVariables.variable(named: inner) { return "log " + v.label }
        }
        if term.contains(":"), !term.contains("(") {
            let parts = term.split(separator: ":").map(String.init)
            return parts.map(panelLabel).joined(separator: " \u{00D7} ")
        }
        return term
    }

    /// "Country FE" for iso3/country, "Year FE" for year, else the variable's label + " FE".
    public static func fixedEffectLabel(_ name: String) -> String {
        switch name {
        case "iso3", "country": return "Country FE"
        case "year": return "Year FE"
        default: return (PanelVariables.variable(named: name)?.label ?? name) + " FE"
        }
    }
}
