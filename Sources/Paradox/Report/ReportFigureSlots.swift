// The report's figures: one per paradox figure recipe, at the width that suits it.

import Plot

extension ParadoxPanel {
    /// The nine paradox figures for the report, in the recipes' order (a)-(i). Wide
    /// figures (small multiples, slopegraph, coefficients, correlation heatmap, paradox index) are 175 mm (two
    /// columns), the others 85 mm (one column); heights are the recipes' defaults. A recipe
    /// that fails gives a slot without a chart whose caption says why (the report still runs).
    public func reportFigures(alignment: YearAlignment = .dataYear) -> [ReportFigure] {
        let letters = Array("abcdefghi")
        return ParadoxFigureKind.allCases.enumerated().map { i, kind in
            let wide: Bool
            switch kind {
            case .smallMultiples, .slopegraph, .coefficients, .correlationHeatmap, .paradoxIndex: wide = true
            default: wide = false
            }
            let width: Length = wide ? .mm(175) : .mm(85)
            let stem = "figure_\(i < letters.count ? String(letters[i]) : String(i))_" + kind.rawValue.replacingOccurrences(of: "-", with: "_")
            let title = ReportFigureTitles.title(kind)
            do throws(FigureError) {
                let f = try kind.make(panel: self, options: ParadoxFigureOptions(alignment: alignment, size: kind.defaultSize(width: width)))
                return ReportFigure(stem: stem, title: title, caption: f.caption, chart: f.chart, widthMillimetres: width.millimetres,
                                    warnings: f.warnings)
            } catch {
                return ReportFigure(stem: stem, title: title, caption: "not drawn: \(error.description)", chart: nil,
                                    widthMillimetres: width.millimetres)
            }
        }
    }
}

enum ReportFigureTitles {
    static func title(_ kind: ParadoxFigureKind) -> String {
        switch kind {
        case .paradoxScatter: "EGDI vs control of corruption, post-Soviet states highlighted"
        case .rankRank: "EGDI rank vs governance rank"
        case .trajectory: "Kazakhstan: EGDI rank and WGI percentiles over the editions"
        case .smallMultiples: "EGDI and governance percentiles, the 15 post-Soviet states"
        case .slopegraph: "EGDI and governance percentiles at two editions"
        case .participation: "E-Participation vs Voice and Accountability"
        case .coefficients: "EGDI slope: cross-section vs two-way fixed effects"
        case .correlationHeatmap: "Correlations of the EGDI components with governance"
        case .paradoxIndex: "Rank gap of the post-Soviet states with WGI's interval"
        }
    }
}
