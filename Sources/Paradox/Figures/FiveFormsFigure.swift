// The five forms as small multiples: a dot plot per headline indicator, the 15 post-Soviet
// states on the vertical axis, the focus country highlighted.

import Plot

/// Knox & Janenova's five forms (``ParadoxPanel/fiveForms(from:to:countries:pettyCorruption:alignment:)``)
/// drawn for the 15 post-Soviet states: one panel per headline indicator of each measured form
/// (``FiveFormsResult/headlineIndicators``), all on one percentile-point scale, each state a dot
/// on a stem from 0 (the value the paper's prediction is judged against), the focus country
/// (Kazakhstan by default) in vermillion triangles, the other states in blue circles; a dashed
/// line marks the world median of the indicator. States ordered by subregion, west to east.
/// A form with no data (petty vs grand corruption without a user column) gets no panel, and
/// the caption says so.
public struct FiveFormsFigure: Sendable, Hashable {
    /// The chart specification.
    public var chart: Chart
    /// The caption a journal prints under the figure: data, editions, alignment, definitions, N.
    public var caption: String
    /// What the reader must know (states without a value, forms not drawn).
    public var warnings: [String]

    /// The group level of the focus country's marks (its name).
    public static func focusLevel(_ name: String) -> String { name }
    /// The group level of the other states.
    public static let otherLevel = "Other post-Soviet states"

    /// Builds the figure.
    /// - Parameters:
    ///   - result: the five forms computed for every country (the world medians need them all).
    ///   - panel: the panel the result came from (country names, the post-Soviet order).
    ///   - focus: the country to highlight (ISO3).
    ///   - size: the physical size; nil: 175 mm wide, 0.68 as high.
    public static func make(result: FiveFormsResult, panel: ParadoxPanel, focus: String = "KAZ",
                            size: FigureSize? = nil) throws(FigureError) -> FiveFormsFigure {
        let states = FigureStyle.postSovietOrder(panel)
        let names = states.map { FigureStyle.shortName($0, panel) }
        let focusName = FigureStyle.shortName(focus, panel)
        let size = size ?? FigureSize(width: .mm(175), height: .mm(175 * 0.68))
        func value(_ iso: String, _ form: ParadoxForm, _ name: String) -> Double? {
            result.rows.first { $0.iso3 == iso && $0.form == form }?.indicators.first { $0.name == name }?.value ?? nil
        }
        let measured = ParadoxForm.allCases.filter { f in result.rows.contains { $0.form == f && !$0.indicators.isEmpty } }
        var panels: [Panel] = [], warnings: [String] = [], drawn = 0
        for h in FiveFormsResult.headlineIndicators where measured.contains(h.form) {
            var ys: [PlotValue] = [], xs: [PlotValue] = [], groups: [String] = [], stems: [LineSeries] = [], missing: [String] = []
            for (iso, label) in zip(states, names) {
                guard let v = value(iso, h.form, h.name) else { missing.append(iso); continue }
                xs.append(.number(v)); ys.append(.category(label))
                groups.append(iso == focus ? focusLevel(focusName) : otherLevel)
                stems.append(LineSeries(x: [.number(0), .number(v)], y: [.category(label), .category(label)], color: Color(hex: 0xBBBBBB)))
            }
            drawn += xs.count
            if !missing.isEmpty { warnings.append("five forms, \(h.header): no value for \(FigureStyle.list(missing)); not drawn") }
            let world = result.rows.filter { $0.form == h.form }.compactMap { r in r.indicators.first { $0.name == h.name }?.value ?? nil }
            var layers: [Layer] = [.reference(ReferenceLineMark(.vertical(x: 0), stroke: Stroke(color: .black, width: 0.5)))]
            if let m = FiveFormsResult.median(world) {
                layers.append(.reference(ReferenceLineMark(.vertical(x: m), stroke: Stroke(color: Color(hex: 0x777777), width: 0.5, dash: [2, 1.5]))))
            }
            layers.append(.lines(LinesMark(series: stems, width: 0.5, sortByX: false)))
            layers.append(.points(PointsMark(x: xs, y: ys, groups: groups, size: 2.2)))
            panels.append(Panel(RichText(h.header), layers: layers))
        }
        for f in ParadoxForm.allCases where !measured.contains(f) {
            warnings.append("five forms: (\(f.number)) \(f.label) is not measured in these data; no panel")
        }
        guard drawn > 0 else { throw .insufficientData("five forms: no indicator value to draw for the post-Soviet states") }
        var theme = FigureStyle.theme
        theme.panelSpacing = 6
        theme.stripText.size = 7
        let chart = Chart(size: size, theme: theme,
                          x: Axis(RichText("Percentile points"), scale: .continuous(ContinuousScale())),
                          y: Axis(nil, scale: .categorical(CategoricalScale(levels: names, reversed: true))),
                          groups: GroupScale(palette: DiscretePalette(colors: [OkabeIto.vermillion, OkabeIto.blue], shapes: [.triangle, .circle]),
                                             levels: [focusLevel(focusName), otherLevel]),
                          panels: panels, facetColumns: panels.count > 8 ? 3 : 4, facetScales: .fixed)
        let worldN = result.rows.filter { $0.form == .technologyEmphasis && $0.indicators.contains { $0.value != nil } }.map(\.iso3)
        let notDrawn = ParadoxForm.allCases.filter { !measured.contains($0) }
        let caption = "Knox & Janenova's (2019) forms of the e-government paradox, headline indicators for the 15 post-Soviet states "
            + "(ordered by subregion, west to east; \(focusName) highlighted). UN E-Government Survey editions \(result.from) and \(result.to); "
            + "governance: World Bank WGI (2024 update) and V-Dem at \(result.pairedFromYear) and \(result.pairedYear). \(result.notes.first.map { $0 + " " } ?? "")"
            + "All values are differences of percentile ranks, 100\u{00B7}(countries with a lower value)/(N\u{2212}1) (WGI's pctrank), each form on "
            + "the countries with every variable it needs. Tech lead: mean of the OSI and TII percentiles minus the HCI or WGI Government "
            + "Effectiveness (GE) percentile at \(result.to); service gap: OSI minus GE percentile at \(result.to), and its change since \(result.from); "
            + "EGDI and GE percentile change \(result.from)\u{2013}\(result.to) (countries with both in both years); EPI minus the WGI Voice and "
            + "Accountability and the V-Dem participatory democracy percentile at \(result.to). Stem from 0; dashed line: median of all "
            + "\(worldN.count > 0 ? "countries with the indicator" : "countries"). "
            + (notDrawn.isEmpty ? "" : "Not drawn: \(notDrawn.map { "(\($0.number)) \($0.label.lowercased())" }.joined(separator: ", ")), which these data do not measure. ")
            + "Descriptive, no estimation."
        return FiveFormsFigure(chart: chart, caption: caption, warnings: warnings)
    }
}
