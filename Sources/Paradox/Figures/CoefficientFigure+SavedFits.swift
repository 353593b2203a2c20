// `egov plot coefficients FIT...`: the coefficient plot of any saved fits.

import Plot
import Stats

extension CoefficientFigure {
    /// One drawn interval of a saved fit.
    public struct FitInterval: Sendable, Equatable {
        public var model: String
        public var term: String
        public var estimate: Double
        public var low: Double
        public var high: Double
    }

    /// `b ± q·√V_jj` for every term of `terms` (nil: every term except the intercept, in
    /// first-seen order) that `fit` estimates: V the fit's own covariance (`vcov_matrix`;
    /// its `std_error` when the matrix lacks the term), q the (1 + level)/2 quantile of the
    /// fit's reference distribution (t with its saved df, else the standard normal).
    public static func intervals(_ fit: SavedFit, model: String, terms: [String], level: Double) throws(FigureError) -> [FitInterval] {
        let q: Double
        let alpha = (1 + level) / 2
        if fit.distribution == "t", let df = fit.distributionDegreesOfFreedom, df > 0,
           let t = try? StudentT(degreesOfFreedom: Double(df)) {
            q = t.quantile(alpha)
        } else if let n = try? Normal() {
            q = n.quantile(alpha)
        } else {
            throw .insufficientData("coefficients: no reference distribution for \(model)")
        }
        var out: [FitInterval] = []
        for term in terms {
            guard let c = fit.coefficient(term) else { continue }
            let se = fit.covariance(term, term).map { $0.squareRoot() } ?? c.standardError ?? .nan
            guard se.isFinite, c.estimate.isFinite else { continue }
            out.append(FitInterval(model: model, term: term, estimate: c.estimate, low: c.estimate - q * se, high: c.estimate + q * se))
        }
        return out
    }

    /// Models side by side on one axis: a row per term (labelled), one dodged interval per
    /// model with its own colour and shape (Okabe–Ito, redundant shapes), a dashed line at
    /// zero. `names` are the legend entries (default "(1)", "(2)", ...).
    /// - Throws: ``FigureError/invalidOption(name:value:fix:)`` when no fit estimates any of `terms`.
    public static func make(fits: [SavedFit], names: [String]? = nil, terms: [String]? = nil, labels: [String: String] = [:],
                            level: Double = 0.95, size: FigureSize? = nil) throws(FigureError) -> ParadoxFigure {
        guard !fits.isEmpty else { throw .invalidOption(name: "FIT", value: "", fix: "give at least one saved fit") }
        guard level > 0, level < 1 else { throw .invalidOption(name: "--level", value: "\(level)", fix: "give a level between 0 and 1") }
        let modelNames = fits.indices.map { i in names.flatMap { i < $0.count ? $0[i] : nil } ?? "(\(i + 1))" }
        var order: [String] = []
        if let terms { order = terms } else {
            var seen = Set<String>()
            for f in fits { for c in f.coefficients where c.term != "(Intercept)" && seen.insert(c.term).inserted { order.append(c.term) } }
        }
        var all: [FitInterval] = []
        for (f, name) in zip(fits, modelNames) { all += try intervals(f, model: name, terms: order, level: level) }
        guard !all.isEmpty else {
            throw .invalidOption(name: "--terms", value: order.joined(separator: ","),
                                 fix: "no fit estimates these terms; the fits have " + Array(Set(fits.flatMap { $0.coefficients.map(\.term) })).sorted().joined(separator: ", "))
        }
        let label = { (t: String) in labels[t] ?? TermLabels.panelLabel(t) }
        let shownTerms = order.filter { t in all.contains { $0.term == t } }
        let m = Double(fits.count)
        let spread = m > 1 ? min(0.6, 0.18 * (m - 1)) : 0
        let dodge = all.map { iv -> Double in
            guard m > 1, let k = modelNames.firstIndex(of: iv.model) else { return 0 }
            return -spread / 2 + spread * Double(k) / (m - 1)
        }
        var mark = IntervalMark(orientation: .horizontal, position: all.map { .category(label($0.term)) }, lower: all.map(\.low),
                                upper: all.map(\.high), estimate: all.map(\.estimate), groups: fits.count > 1 ? all.map(\.model) : nil)
        mark.dodge = dodge
        let zero = Layer.reference(ReferenceLineMark(.vertical(x: 0), stroke: Stroke(color: Color(hex: 0x666666), width: 0.5, dash: [3, 2])))
        let w = size?.width ?? ColumnWidth.single.length
        let resolved = size ?? FigureSize(width: w, height: w * min(1.4, max(0.5, 0.12 * Double(shownTerms.count) * max(1, m / 2) + 0.25)))
        let pct = FigureStyle.percent(level)
        let chart = Chart(size: resolved, theme: FigureStyle.theme,
                          x: Axis(RichText("Estimate with \(pct) confidence interval")),
                          y: Axis(nil, scale: .categorical(CategoricalScale(levels: shownTerms.map(label), reversed: true))),
                          groups: GroupScale(levels: modelNames, title: nil),
                          layers: [zero, .intervals(mark)])
        let describe = zip(modelNames, fits).map { name, f in
            "\(name): \(f.formula), N = \(f.observations), \(f.standardErrorDescription)"
        }
        let caption = "Coefficients with \(pct) confidence intervals, b \u{00B1} q\u{00B7}SE with SE from each model's covariance matrix "
            + "and q from its reference distribution (t with the model's degrees of freedom, or normal). " + describe.joined(separator: "; ") + "."
        let missing = zip(modelNames, fits).compactMap { name, f -> String? in
            let absent = shownTerms.filter { f.coefficient($0) == nil }
            return absent.isEmpty ? nil : "\(name) does not estimate \(absent.joined(separator: ", "))"
        }
        return ParadoxFigure(kind: .coefficients, chart: chart, caption: caption, warnings: missing)
    }
}
