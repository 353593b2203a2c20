// The report's "Five forms" section: Knox & Janenova's five forms measured for the 15
// post-Soviet states, with a table, a small-multiples figure and a paragraph per form whose
// every number comes from the computation.

import Plot

extension ParadoxForm {
    /// The paper's finding for Kazakhstan, paraphrased (Knox & Janenova 2019).
    public var finding: String {
        switch self {
        case .technologyEmphasis: "Kazakhstan's e-government reforms put technological development first."
        case .transactionalServices: "transactional services became faster and simpler while attention moved away from the quality of core public services."
        case .pettyVersusGrandCorruption: "online services cut petty corruption at the counter while grand corruption remains."
        case .isomorphicMimicry: "the state adopted the form of international e-government models without their function (isomorphic mimicry)."
        case .limitedParticipation: "e-government has done little to widen citizen participation."
        }
    }
}

/// The sentences of the five-forms section, built from a ``FiveFormsSummary``; every number
/// is formatted here from the computed values (never typed).
enum FiveFormsProse {
    /// Percentile points with sign and one decimal ("+12.3", "−4.0"); "NA" for a missing value.
    static func points(_ v: Double?) -> String { signed(v, 1) }

    /// A value with an explicit sign and `decimals` decimals (U+2212 minus); "NA" for nil.
    static func signed(_ v: Double?, _ decimals: Int) -> String {
        guard let v else { return "NA" }
        let s = FigureStyle.number(v, decimals)
        return s.hasPrefix("\u{2212}") ? s : "+" + s
    }

    /// A value with `decimals` decimals (U+2212 minus); "NA" for nil.
    static func plain(_ v: Double?, _ decimals: Int) -> String { v.map { FigureStyle.number($0, decimals) } ?? "NA" }

    /// What an indicator is called in running text.
    static func label(_ name: String) -> String {
        switch name {
        case "lead_over_hci": "technology lead over human capital"
        case "lead_over_ge": "technology lead over government effectiveness"
        case "service_gap_to": "service gap"
        case "service_gap_change": "change of the service gap"
        case "egdi_pct_change": "EGDI percentile change"
        case "ge_pct_change": "GE percentile change"
        case "epi_minus_va": "EPI minus WGI voice"
        case "epi_minus_vdem": "EPI minus V-Dem participation"
        case "petty_minus_grand": "petty integrity minus control of corruption"
        default: name
        }
    }

    /// "online services" for "OSI", ...
    static func component(_ code: String) -> String {
        switch code {
        case "OSI": "online services (OSI)"
        case "TII": "telecommunication infrastructure (TII)"
        default: "human capital (HCI)"
        }
    }

    /// The headline indicators of `form` (the figure's panels, the regional table's columns).
    static func headline(_ form: ParadoxForm) -> [String] {
        FiveFormsResult.headlineIndicators.filter { $0.form == form }.map(\.name)
    }

    /// The group medians of the headline indicators, the agreement counts for the focus, the
    /// group and the world, and the limitation.
    static func comparison(_ f: FiveFormsFormSummary, focusName: String) -> String {
        let medians = headline(f.form).compactMap { f.indicator($0) }.map { i in
            "\(label(i.name)) \(points(i.median)) (n = \(i.count)\(i.focusRank.map { ", \(focusName) \(ordinal($0))" } ?? ""))"
        }
        let agreeing = f.groupAgreeing.isEmpty ? "" : " (\(f.groupAgreeing.joined(separator: ", ")))"
        let focus: String
        switch f.focusAgrees {
        case true?: focus = "The data agree with the paper's prediction for \(focusName)"
        case false?: focus = "The data do not agree with the paper's prediction for \(focusName)"
        case nil: focus = "The prediction cannot be judged for \(focusName) (an indicator is missing)"
        }
        return "Post-Soviet medians: \(medians.joined(separator: "; ")). \(focus), for \(f.groupAgreeing.count) of the \(f.groupMeasured) post-Soviet states with data\(agreeing) and for \(f.worldAgreeing) of \(f.worldMeasured) countries worldwide. What the indicator cannot show: \(f.form.limitation)."
    }

    /// "1st", "2nd", "3rd", "11th", ...
    static func ordinal(_ k: Int) -> String {
        let suffix: String
        switch (k % 10, k % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(k)\(suffix)"
    }

    /// One paragraph per form, in the paper's order.
    static func paragraphs(_ s: FiveFormsSummary, focusName: String, pettyCorruption: String?) -> [String] {
        s.forms.map { paragraph($0, s, focusName: focusName, pettyCorruption: pettyCorruption) }
    }

    /// The paragraph of one form: the paper's finding and prediction, the focus country's
    /// values, the comparison, the limitation.
    static func paragraph(_ f: FiveFormsFormSummary, _ s: FiveFormsSummary, focusName: String, pettyCorruption: String?) -> String {
        func v(_ name: String) -> Double? { f.indicator(name)?.focus ?? nil }
        let head = "**(\(f.form.number)) \(f.form.label).** Knox & Janenova find that \(f.form.finding) Predicted: \(f.form.prediction)."
        switch f.form {
        case .technologyEmphasis:
            let terms = [("OSI", v("osi_term")), ("TII", v("tii_term")), ("HCI", v("hci_term"))]
            let driver = terms.compactMap { t in t.1.map { (t.0, $0) } }.max { abs($0.1) < abs($1.1) }?.0
            let decomposition = v("egdi_change") == nil ? "Its EGDI change \(s.from)\u{2013}\(s.to) cannot be decomposed (a component or weight is missing)." :
                "Its EGDI changed by \(signed(v("egdi_change"), 3)) from \(s.from) to \(s.to): online services \(signed(v("osi_term"), 3)), infrastructure \(signed(v("tii_term"), 3)), human capital \(signed(v("hci_term"), 3)) (weighted component changes with the published weights; rounding residual \(signed(v("publication_residual"), 5)))\(driver.map { ", so \(component($0)) contributed most" } ?? "")."
            return "\(head) In the \(s.to) edition \(focusName)'s technology percentile (mean of its OSI and TII percentiles) is \(plain(v("tech_pct"), 1)): a lead of \(points(v("lead_over_hci"))) points over its HCI percentile and \(points(v("lead_over_ge"))) over its WGI Government Effectiveness percentile (\(s.pairedYear)). \(decomposition) \(comparison(f, focusName: focusName))"
        case .transactionalServices:
            return "\(head) \(focusName)'s service gap (OSI percentile minus WGI Government Effectiveness percentile, the perceived quality of public services) was \(points(v("service_gap_from"))) points in \(s.from) (GE \(s.pairedFromYear)) and is \(points(v("service_gap_to"))) in \(s.to) (GE \(s.pairedYear)), a change of \(points(v("service_gap_change"))). \(comparison(f, focusName: focusName))"
        case .pettyVersusGrandCorruption:
            guard let pettyCorruption, !f.indicators.isEmpty else {
                return "\(head) **Not measured without user data.** The embedded sources measure perceived corruption at large (WGI Control of Corruption, TI's CPI); no survey of bribery experience can be redistributed with the package, so this form has no number here and no panel in the figure. To test it, merge a bribery-experience column (e.g. Transparency International's Global Corruption Barometer or the EBRD Life in Transition Survey, higher = more bribery) with `egov data merge bribery.csv --out merged.csv` and run `egov paradox --metric five-forms --data merged.csv --petty-corruption VARIABLE` (`docs/examples/illustrative-bribery.csv` shows the layout with invented values). What the indicator cannot show: \(f.form.limitation)."
            }
            return "\(head) From the user variable `\(pettyCorruption)` (bribery experience, ranked so that less bribery is a higher percentile, at \(s.pairedYear)): \(focusName)'s petty-integrity percentile is \(plain(v("petty_integrity_pct"), 1)) against a control-of-corruption percentile of \(plain(v("cc_pct"), 1)), a difference of \(points(v("petty_minus_grand"))) points. \(comparison(f, focusName: focusName))"
        case .isomorphicMimicry:
            let share = v("online_service_share")
            return "\(head) From \(s.from) to \(s.to) \(focusName)'s EGDI percentile changed by \(points(v("egdi_pct_change"))) points and its WGI Government Effectiveness percentile (\(s.pairedFromYear) \u{2192} \(s.pairedYear)) by \(points(v("ge_pct_change"))), both among the countries with both values in both years; \(share.map { "online services account for \(plain($0 * 100, 0))% of its EGDI change (OSI term / \u{0394}EGDI)" } ?? "the share of online services in its EGDI change is not defined (no change or a missing component)"). \(comparison(f, focusName: focusName))"
        case .limitedParticipation:
            return "\(head) In the \(s.to) edition \(focusName)'s E-Participation percentile is \(points(v("epi_minus_va"))) points from its WGI Voice and Accountability percentile and \(points(v("epi_minus_vdem"))) from its V-Dem participatory democracy percentile (\(s.pairedYear); EPI percentile minus each). \(comparison(f, focusName: focusName))"
        }
    }
}

extension ParadoxPanel {
    /// The report's "Five forms" section: Knox & Janenova's (2019) five forms of the paradox
    /// measured for every country (``fiveForms(from:to:countries:pettyCorruption:alignment:)``)
    /// from edition `from` to the latest edition, shown for the 15 post-Soviet states: a
    /// regional table (one row per state, headline indicators and agreement), the focus
    /// country's full evidence (long table; the files hold every country), a small-multiples
    /// figure (``FiveFormsFigure``) and one paragraph per form written from the numbers, each
    /// ending with what the indicator cannot show. Without `pettyCorruption` the third form is
    /// stated as not measured, with how to supply the data.
    /// - Parameters:
    ///   - from: the first edition of the span (the report uses its decoupling window's).
    ///   - focus: the country the paper studies (ISO3), Kazakhstan.
    ///   - pettyCorruption: a user variable of bribery experience (higher = more), or nil.
    ///   - alignment: the year pairing.
    ///   - data: the data sentence of the captions.
    public func fiveFormsReportSection(from: Int = 2008, focus: String = "KAZ", pettyCorruption: String? = nil,
                                       alignment: YearAlignment = .dataYear, data: String) throws(ParadoxError) -> ReportSection {
        guard let to = latestEdition else { throw .insufficientData(what: "five forms", observations: 0, needed: 1) }
        let result = try fiveForms(from: from, to: to, pettyCorruption: pettyCorruption, alignment: alignment)
        let summary = result.summary(focus: focus)
        let focusName = name(of: focus)
        let measured = summary.forms.filter { $0.focusAgrees != nil }
        let agreeing = measured.filter { $0.focusAgrees == true }
        var blocks: [ReportBlock] = []
        blocks.append(.paragraph("Knox & Janenova (2019, International Journal of Public Sector Management 32(6)) find the e-government paradox in Kazakhstan in five forms. Each is measured here with public indicators for every country, editions \(from) \u{2192} \(to) (\(alignment.rule)), and judged against the direction the paper predicts; `egov paradox --metric five-forms --country KAZ` prints the same numbers. For \(focusName) the data agree with the paper in \(agreeing.count) of the \(measured.count) forms the data measure\(agreeing.isEmpty ? "" : " (\(agreeing.map { "(\($0.form.number))" }.joined(separator: ", ")))")\(summary.form(.pettyVersusGrandCorruption)?.focusAgrees == nil ? "; the petty-versus-grand-corruption form is not measured without user data" : ""). Percentiles are WGI's pctrank, each form on the countries with every variable it needs, so a difference of percentiles has no built-in offset; differences within a few points are within the measurement error of the governance indicators."))
        let regional = result.regionalTable(countries: summary.group)
        blocks.append(.table(ReportTable(
            stem: "tables/five_forms_post_soviet",
            caption: "Five forms of the e-government paradox (Knox & Janenova 2019), the 15 post-Soviet states. Data: \(data). Editions \(from) \u{2192} \(to), governance \(result.pairedFromYear) \u{2192} \(result.pairedYear) (\(alignment.rule)). Headline indicator of each form in percentile points and whether the data agree with the paper's prediction. Descriptive, no estimation. N = \(summary.group.count) states.",
            content: .result(regional))))
        let full = result.table()
        var focusTable = result.table()
        focusTable.rows = full.rows.filter { $0.first == .text(focus) }
        blocks.append(.table(ReportTable(
            stem: "tables/five_forms",
            caption: "Five forms, every indicator (long format, as `egov paradox --metric five-forms`). Data: \(data). Editions \(from) \u{2192} \(to) (\(alignment.rule)); \u{0394}EGDI decomposed with the weights published per edition. N = \(Set(result.rows.map(\.iso3)).count) countries in the files.",
            content: .result(full), shown: focusTable,
            shownNote: "Shown: \(focusName), the paper's case (\(focusTable.rows.count) rows); the files list all \(full.rows.count) rows of \(Set(result.rows.map(\.iso3)).count) countries.")))
        do throws(FigureError) {
            let figure = try FiveFormsFigure.make(result: result, panel: self, focus: focus)
            blocks.append(.figure(ReportFigure(stem: Self.fiveFormsFigureStem, title: "Five forms of the paradox, the 15 post-Soviet states",
                                               caption: figure.caption, chart: figure.chart,
                                               widthMillimetres: figure.chart.size.width.millimetres, warnings: figure.warnings)))
        } catch {
            blocks.append(.figure(ReportFigure(stem: Self.fiveFormsFigureStem, title: "Five forms of the paradox, the 15 post-Soviet states",
                                               caption: "not drawn: \(error.description)", chart: nil, widthMillimetres: 175)))
        }
        blocks += FiveFormsProse.paragraphs(summary, focusName: focusName, pettyCorruption: pettyCorruption).map { .paragraph($0) }
        return ReportSection(title: "Five forms of the paradox", anchor: "five-forms", blocks: blocks)
    }

    /// The stem of the five-forms figure in the report.
    public static let fiveFormsFigureStem = "figure_five_forms"
}
