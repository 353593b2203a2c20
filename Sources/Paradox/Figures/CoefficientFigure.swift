// (g) Coefficient plot: the EGDI slope on each governance outcome, two estimators.

import Plot
import Stats

/// The slope of each governance outcome (Control of Corruption, Government
/// Effectiveness, Rule of Law, Voice and Accountability, CPI) on the EGDI, two ways:
///
/// - cross-section of one edition: `y_i = a + b·egdi_i + u_i` by OLS, HC1 robust
///   standard errors (MacKinnon & White 1985; Stata's `robust`), t(n − 2) interval;
/// - two-way fixed effects over all editions: `y_it = b·egdi_it + α_i + γ_t + u_it`,
///   standard errors clustered by country, CR1 = G/(G−1)·(N−1)/(N−K) with K counting
///   the slope and the edition effects (the country effects are nested in the
///   cluster, Stata `xtreg, fe` / fixest), interval from t(G − 1).
///
/// So that the five outcomes share one axis, each outcome is divided by its standard
/// deviation over the country-editions of its fixed-effects sample (WGI estimates
/// are already close to unit variance; CPI runs 0–100), and the EGDI enters per 0.1:
/// the slope is the change in outcome SDs per 0.1 EGDI.
public enum CoefficientFigure {
    public static let outcomes: [GovernanceOutcome] = GovernanceOutcome.residualDefaults

    /// One estimated slope.
    public struct Estimate: Sendable, Equatable, Codable {
        public var outcome: GovernanceOutcome
        public var estimate: Double
        public var low: Double
        public var high: Double
        public var observations: Int
        /// Clusters (countries) for the fixed-effects fit; nil for the cross-section.
        public var clusters: Int?
    }

    /// The cross-section and two-way FE slopes of every outcome, as drawn.
    public static func estimates(panel: ParadoxPanel, options: ParadoxFigureOptions)
        throws(FigureError) -> (crossSection: [Estimate], fixedEffects: [Estimate], editions: [Int], notes: [String]) {
        try options.checkLevel()
        let edition = try options.resolvedEdition(panel)
        var cs: [Estimate] = [], fe: [Estimate] = [], notes: [String] = [], used = Set<Int>()
        for o in outcomes {
            // The pooled sample: every edition whose paired year has the outcome.
            var iso: [String] = [], ed: [Int] = [], x: [Double] = [], y: [Double] = []
            for e in panel.editions {
                let a = try lift { () throws(ParadoxError) in try panel.aligned(edition: e, alignment: options.alignment, variables: [o.variable]) }
                if a.unavailable.contains(o.variable) { continue }
                for r in a.rows { if let v = r.survey["egdi"], let g = r.paired[o.variable] { iso.append(r.iso3); ed.append(e); x.append(v * 10); y.append(g) } }
            }
            guard y.count > 2 else { throw .insufficientData("coefficients: \(o.variable) has \(y.count) country-editions") }
            let mean = y.reduce(0, +) / Double(y.count)
            let sd = (y.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(y.count - 1)).squareRoot()
            guard sd > 0 else { throw .insufficientData("coefficients: \(o.variable) is constant") }
            let ys = y.map { $0 / sd }
            // Cross-section of the edition.
            let idx = ed.indices.filter { ed[$0] == edition }
            if idx.count < 3 {
                notes.append("\(o.variable) has no data for the year paired with edition \(edition); cross-section not drawn.")
            } else {
                let xs = idx.map { x[$0] }, yc = idx.map { ys[$0] }
                guard let design = Matrix(columns: [Array(repeating: 1, count: xs.count), xs]) else { throw .insufficientData("coefficients: design") }
                let res: RegressionResult
                do { res = try LinearModel(design: design, response: yc, termNames: ["(Intercept)", "egdi"], hasIntercept: true)
                        .fit(covariance: .hc1, level: options.level) } catch { throw .insufficientData("coefficients, cross-section of \(o.variable): \(error.description)") }
                guard let c = res.coefficient("egdi") else { throw .insufficientData("coefficients: the egdi slope of \(o.variable) was dropped") }
                cs.append(Estimate(outcome: o, estimate: c.estimate, low: c.confidenceLow, high: c.confidenceHigh, observations: res.observations, clusters: nil))
            }
            // Two-way FE over all editions.
            let countryCode = Dictionary(uniqueKeysWithValues: Array(Set(iso)).sorted().enumerated().map { ($1, $0) })
            let cc = iso.map { countryCode[$0] ?? -1 }
            guard let design = Matrix(columns: [x]) else { throw .insufficientData("coefficients: design") }
            let model = LinearModel(design: design, response: ys, termNames: ["egdi"], hasIntercept: false,
                                    fixedEffects: FixedEffects(names: ["iso3", "edition"], codes: [cc, ed]))
            let res: RegressionResult
            do { res = try model.fit(covariance: .cluster(ClusterVariable(name: "iso3", codes: cc)), level: options.level) } catch {
                throw .insufficientData("coefficients, two-way FE of \(o.variable): \(error.description)")
            }
            guard let c = res.coefficient("egdi") else { throw .insufficientData("coefficients: the egdi slope of \(o.variable) was absorbed") }
            fe.append(Estimate(outcome: o, estimate: c.estimate, low: c.confidenceLow, high: c.confidenceHigh,
                               observations: res.observations, clusters: res.clusters.first?.clusters))
            used.formUnion(ed)
        }
        return (cs, fe, used.sorted(), notes)
    }

    public static func make(panel: ParadoxPanel, options: ParadoxFigureOptions) throws(FigureError) -> ParadoxFigure {
        let edition = try options.resolvedEdition(panel)
        let (cs, fe, editions, notes) = try estimates(panel: panel, options: options)
        let label = { (o: GovernanceOutcome) in o == .cpi ? "Corruption Perceptions (CPI)" : FigureStyle.name(o) }
        let levels = outcomes.map(label)
        func mark(_ es: [Estimate]) -> Layer {
            .intervals(IntervalMark.dotWhisker(terms: es.map { label($0.outcome) }, estimate: es.map(\.estimate),
                                               lower: es.map(\.low), upper: es.map(\.high)))
        }
        let zero = Layer.reference(ReferenceLineMark(.vertical(x: 0), stroke: Stroke(color: Color(hex: 0x666666), width: 0.5, dash: [3, 2])))
        let size = options.resolvedSize(.coefficients)
        let wide = size.width.millimetres >= 130
        let first = editions.first ?? edition, last = editions.last ?? edition
        let pct = FigureStyle.percent(options.level)
        let chart = Chart(size: size, theme: FigureStyle.theme,
                          x: Axis(RichText("Change in outcome (SD) per 0.1 EGDI, \(pct) CI")),
                          y: Axis(nil, scale: .categorical(CategoricalScale(levels: levels, reversed: true))),
                          panels: [Panel(RichText(wide ? "Cross-section \(edition) (HC1)" : "Cross-section \(edition)"), layers: [zero, mark(cs)]),
                                   Panel(RichText(wide ? "Two-way FE \(first)\u{2013}\(last) (CR1)" : "Two-way FE"), layers: [zero, mark(fe)])],
                          facetColumns: 2)
        let nText = { (es: [Estimate]) in es.map { "\(label($0.outcome)) \($0.observations)" }.joined(separator: ", ") }
        let g = fe.compactMap(\.clusters)
        let caption = "Slope of each governance outcome on the E-Government Development Index, outcomes in standard deviations "
            + "(SD over the country-editions of each outcome's fixed-effects sample) per 0.1 EGDI, with \(pct) confidence intervals. "
            + "Left: cross-section of UN E-Government Survey edition \(edition), OLS with an intercept, HC1 heteroskedasticity-robust standard errors, t(n\u{2212}2); "
            + "N = \(nText(cs)) countries. Right: two-way fixed effects (country and edition) over the editions \(first)\u{2013}\(last), "
            + "standard errors clustered by country (CR1, G/(G\u{2212}1)\u{00B7}(N\u{2212}1)/(N\u{2212}K), country effects nested in the clusters), t(G\u{2212}1); "
            + "N = \(nText(fe)) country-editions, G = \(g.min() ?? 0)\u{2013}\(g.max() ?? 0) countries. "
            + "Data: UN E-Government Survey; World Bank WGI (2024 update): Control of Corruption, Government Effectiveness, Rule of Law, Voice and Accountability; "
            + "TI CPI (0\u{2013}100, from 2012). \(options.alignment.caption(edition: edition, sources: ["WGI", "CPI"]))"
            + (notes.isEmpty ? "" : " " + notes.joined(separator: " "))
        return ParadoxFigure(kind: .coefficients, chart: chart, caption: caption, warnings: notes)
    }
}
