// (f) Participation: the E-Participation Index against WGI Voice and Accountability.

import Plot

/// E-Participation Index of one edition (x) against the published WGI Voice and
/// Accountability percentile rank at the paired year (y), post-Soviet states
/// highlighted and labelled, OLS line with its confidence band and "r, n". The
/// gap between the two is the `participationGap` metric.
public enum ParticipationFigure {
    public static func make(panel: ParadoxPanel, options: ParadoxFigureOptions) throws(FigureError) -> ParadoxFigure {
        try options.checkLevel()
        let edition = try options.resolvedEdition(panel)
        let v = "wgi_va_pct"
        let a = try lift { () throws(ParadoxError) in try panel.aligned(edition: edition, alignment: options.alignment, variables: [v]) }
        if a.unavailable.contains(v) {
            throw .paradox(.outcomeUnavailable(outcome: v, year: a.pairedYear, edition: edition, reason: a.notes.dropFirst().first ?? ""))
        }
        var rows: [HighlightScatter.Row] = [], missing: [String] = []
        for r in a.rows {
            if let x = r.survey["epi"], let y = r.paired[v] { rows.append(.init(iso3: r.iso3, x: x, y: y)) } else { missing.append(r.iso3) }
        }
        let built = try HighlightScatter(rows: rows, level: options.level).build()
        var warnings: [String] = []
        let absent = FigureStyle.postSovietOrder(panel).filter { iso in !rows.contains { $0.iso3 == iso } }
        if !absent.isEmpty { warnings.append("post-Soviet states without epi \(edition) or \(v) \(a.pairedYear), not drawn: \(FigureStyle.list(absent))") }
        let size = options.resolvedSize(.participation)
        var theme = FigureStyle.theme
        if size.width.millimetres < 130 { theme.legendPosition = .right }
        let chart = Chart(size: size, theme: theme,
                          x: Axis(RichText("\(FigureStyle.epiName) (\(edition))")),
                          y: Axis(RichText(FigureStyle.percentileTitle(.wgiVA, year: a.pairedYear)), scale: FigureStyle.percentileScale),
                          groups: HighlightScatter.groups, layers: built.layers)
        let caption = "\(FigureStyle.epiName) (UN E-Government Survey \(edition)) against the Voice and Accountability percentile rank "
            + "(World Bank Worldwide Governance Indicators, 2024 update, \(a.pairedYear); 0 = lowest, 100 = highest). \(a.caption) "
            + "Line: OLS fit with its pointwise \(FigureStyle.percent(options.level)) confidence band for the mean "
            + "(classical standard errors, t(\(built.fit.residualDegreesOfFreedom))); Pearson r = \(FigureStyle.number(built.r, 2)), N = \(rows.count) countries"
            + (missing.isEmpty ? "" : " (\(missing.count) assessed countries without epi or \(v) left out: \(FigureStyle.list(missing.sorted())))")
            + ". Coloured and labelled: the 15 post-Soviet states by subregion; grey: all other countries."
        return ParadoxFigure(kind: .participation, chart: chart, caption: caption, warnings: warnings)
    }
}
