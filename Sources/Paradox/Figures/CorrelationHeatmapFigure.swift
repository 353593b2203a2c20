// (h) Correlation heat map: EGDI components × governance outcomes, world vs post-Soviet.

import Plot
import Stats

/// Pearson correlations between the EGDI and its components (OSI, TII, HCI) plus
/// the E-Participation Index (rows) and the governance outcomes at the paired
/// year (columns), in two facets: all countries assessed in the edition and the 15
/// post-Soviet states. Complete cases across all ten variables within each facet
/// (one N per facet); diverging red–blue palette fixed to [−1, 1], values in the cells.
public enum CorrelationHeatmapFigure {
    public static let components = ["egdi", "osi", "tii", "hci", "epi"]
    public static let outcomes: [GovernanceOutcome] = GovernanceOutcome.residualDefaults

    static func componentLabel(_ v: String) -> String { v.uppercased() }
    static func outcomeLabel(_ o: GovernanceOutcome) -> String {
        switch o {
        case .wgiVA: "VA"
        case .wgiPV: "PV"
        case .wgiGE: "GE"
        case .wgiRQ: "RQ"
        case .wgiRL: "RL"
        case .wgiCC: "CC"
        case .cpi: "CPI"
        }
    }

    public static func make(panel: ParadoxPanel, options: ParadoxFigureOptions) throws(FigureError) -> ParadoxFigure {
        let edition = try options.resolvedEdition(panel)
        let a = try lift { () throws(ParadoxError) in
            try panel.aligned(edition: edition, alignment: options.alignment, variables: outcomes.map(\.variable))
        }
        let usable = outcomes.filter { !a.unavailable.contains($0.variable) }
        guard !usable.isEmpty else {
            throw .paradox(.outcomeUnavailable(outcome: outcomes.map(\.variable).joined(separator: ", "), year: a.pairedYear, edition: edition,
                                               reason: a.notes.dropFirst().joined(separator: " ")))
        }
        // Warnings for the outcomes without data; the note on flagged EGDI values left out goes into the caption.
        var warnings: [String] = a.notes.dropFirst().filter { n in a.unavailable.contains { n.hasPrefix($0 + " ") } }
        let flaggedNote = a.notes.dropFirst().first { $0.contains("egdi_flag") }.map { " " + $0 } ?? ""
        func complete(_ rows: [AlignedObservation]) -> [AlignedObservation] {
            rows.filter { r in components.allSatisfy { r.survey[$0] != nil } && usable.allSatisfy { r.paired[$0.variable] != nil } }
        }
        let world = complete(a.rows), ps = complete(a.rows.filter(\.postSoviet))
        var panels: [Panel] = []
        for (title, rows) in [("All countries", world), ("Post-Soviet states", ps)] {
            var tx: [PlotValue] = [], ty: [PlotValue] = [], values: [Double?] = []
            for c in components { for o in usable {
                let r = FigureStyle.pearson(rows.compactMap { $0.survey[c] }, rows.compactMap { $0.paired[o.variable] })
                if r == nil { warnings.append("\(title): correlation of \(c) and \(o.variable) undefined (\(rows.count) complete rows); grey cell") }
                tx.append(.category(outcomeLabel(o))); ty.append(.category(componentLabel(c))); values.append(r)
            } }
            panels.append(Panel(RichText([TextRun("\(title) ("), TextRun("n", italic: true), TextRun(" = \(rows.count))")]),
                                layers: [.tiles(TileMark(x: tx, y: ty, values: values, labelDecimals: 2))]))
        }
        var theme = FigureStyle.theme
        theme.tickLength = 0
        theme.frame = .none
        theme.legendPosition = .right
        theme.colorBarLength = 50
        let size = options.resolvedSize(.correlationHeatmap)
        let wide = size.width.millimetres >= 130
        let chart = Chart(size: size, theme: theme,
                          x: Axis(RichText("Governance outcome (\(a.pairedYear))"), scale: .categorical(CategoricalScale(levels: usable.map(outcomeLabel)))),
                          y: Axis(RichText("E-government index (\(edition))"),
                                  scale: .categorical(CategoricalScale(levels: components.map(componentLabel), reversed: true))),
                          colorScale: ColorScale(map: .redBlue, lower: -1, upper: 1, midpoint: 0, title: RichText([TextRun("r", italic: true)])),
                          panels: panels, facetColumns: wide ? 2 : 1)
        let excludedWorld = a.rows.count - world.count, excludedPS = a.rows.filter(\.postSoviet).count - ps.count
        let caption = "Pearson correlations between the UN E-Government Survey \(edition) indices (EGDI; its components OSI, online services, "
            + "TII, telecommunication infrastructure, HCI, human capital; EPI, e-participation) and governance at \(a.pairedYear): "
            + "World Bank WGI (2024 update) Control of Corruption (CC), Government Effectiveness (GE), Rule of Law (RL), Voice and Accountability (VA) estimates "
            + "and the TI Corruption Perceptions Index (CPI, 0\u{2013}100). \(a.caption)\(flaggedNote) "
            + "Complete cases within each panel: N = \(world.count) countries (\(excludedWorld) assessed countries with a missing value left out) "
            + "and N = \(ps.count) post-Soviet states\(excludedPS > 0 ? " (\(excludedPS) left out)" : ""). "
            + "Colour scale fixed to [\u{2212}1, 1]. Descriptive; no standard errors (with n = \(ps.count), |r| < \(FigureStyle.number(criticalR(ps.count), 2)) is not "
            + "distinguishable from 0 at the 5% level)."
        return ParadoxFigure(kind: .correlationHeatmap, chart: chart, caption: caption, warnings: warnings)
    }

    /// The |r| a two-sided 5% t test of ρ = 0 needs with n observations:
    /// r* = t / sqrt(n − 2 + t²), t = t_{0.975, n−2}.
    static func criticalR(_ n: Int) -> Double {
        guard n > 2, let t = (try? StudentT(degreesOfFreedom: Double(n - 2)))?.quantile(0.975) else { return .nan }
        return t / (Double(n - 2) + t * t).squareRoot()
    }
}
