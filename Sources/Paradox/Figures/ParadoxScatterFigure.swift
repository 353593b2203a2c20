// (a) The paradox scatter: EGDI against a governance outcome across countries.

import Plot

/// EGDI of one survey edition (x) against a governance outcome at the paired year
/// (y; WGI estimate or CPI score), every assessed country in grey, the 15
/// post-Soviet states in colour + shape by subregion and labelled with ISO3, the
/// OLS line with its pointwise confidence band (`FitBand`: classical
/// homoskedastic band, t(n − 2)) and "r = …, n = …".
public enum ParadoxScatterFigure {
    public static func make(panel: ParadoxPanel, options: ParadoxFigureOptions) throws(FigureError) -> ParadoxFigure {
        try options.checkLevel()
        let edition = try options.resolvedEdition(panel)
        let o = options.outcome
        let a = try lift { () throws(ParadoxError) in try panel.aligned(edition: edition, alignment: options.alignment, variables: [o.variable]) }
        if a.unavailable.contains(o.variable) {
            throw .paradox(.outcomeUnavailable(outcome: o.variable, year: a.pairedYear, edition: edition,
                                               reason: a.notes.dropFirst().first ?? ""))
        }
        var rows: [HighlightScatter.Row] = [], missing: [String] = []
        for r in a.rows {
            if let x = r.survey["egdi"], let y = r.paired[o.variable] { rows.append(.init(iso3: r.iso3, x: x, y: y)) }
            else { missing.append(r.iso3) }
        }
        let built = try HighlightScatter(rows: rows, level: options.level).build()
        var warnings: [String] = []
        let absentStates = FigureStyle.postSovietOrder(panel).filter { iso in !rows.contains { $0.iso3 == iso } }
        if !absentStates.isEmpty {
            warnings.append("post-Soviet states without \(o.variable) \(a.pairedYear) or EGDI \(edition), not drawn: \(FigureStyle.list(absentStates))")
        }
        let size = options.resolvedSize(.paradoxScatter)
        var theme = FigureStyle.theme
        if size.width.millimetres < 130 { theme.legendPosition = .right }
        let chart = Chart(size: size, theme: theme,
                          x: Axis(RichText("\(FigureStyle.egdiName) (\(edition))")),
                          y: Axis(RichText(FigureStyle.scoreTitle(o, year: a.pairedYear))),
                          groups: HighlightScatter.groups, layers: built.layers)
        let caption = "\(FigureStyle.egdiName) (UN E-Government Survey \(edition)) against \(FigureStyle.name(o)) "
            + "(\(FigureStyle.sourceSentence(o)), \(a.pairedYear)). \(a.caption) "
            + "Line: OLS fit of \(o.variable) on egdi with its pointwise \(FigureStyle.percent(options.level)) confidence band "
            + "for the mean (classical standard errors, t(\(built.fit.residualDegreesOfFreedom))); "
            + "slope \(FigureStyle.number(built.fit.slope, 2)), Pearson r = \(FigureStyle.number(built.r, 2)), N = \(rows.count) countries"
            + (missing.isEmpty ? "" : " (\(missing.count) assessed countries without \(o.variable) \(a.pairedYear) left out: \(FigureStyle.list(missing.sorted())))")
            + ". Coloured and labelled: the 15 post-Soviet states by subregion; grey: all other countries."
        return ParadoxFigure(kind: .paradoxScatter, chart: chart, caption: caption, warnings: warnings)
    }
}
