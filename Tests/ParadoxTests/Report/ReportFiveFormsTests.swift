import Foundation
import Testing
import PanelData
@testable import Paradox

/// The report's five-forms section (issue 22): its tables equal the five-forms metric (and,
/// through it, the pandas recomputation in Fixtures/five_forms.json), its figure draws those
/// values, and every number in its paragraphs is the computed one — checked on the embedded
/// panel and on a panel with Kazakhstan's values altered, so a typed number would fail.
@Suite struct ReportFiveFormsTests {
    static let data = "embedded panel"

    static func section(_ panel: ParadoxPanel, petty: String? = nil) throws -> ReportSection {
        try panel.fiveFormsReportSection(from: 2008, pettyCorruption: petty, data: data)
    }

    static func paragraphs(_ s: ReportSection) -> [String] {
        s.blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }

    static func table(_ s: ReportSection, _ stem: String) -> ReportTable? {
        s.blocks.lazy.compactMap { if case .table(let t) = $0, t.stem == stem { return t } else { return nil } }.first
    }

    static func value(_ r: FiveFormsResult, _ iso: String, _ form: ParadoxForm, _ name: String) -> Double? {
        r.rows.first { $0.iso3 == iso && $0.form == form }?.indicators.first { $0.name == name }?.value ?? nil
    }

    @Test func sectionFollowsTheMetrics() throws {
        let r = try #require(SharedReport.report)
        let anchors = r.sections.map(\.anchor)
        let metrics = try #require(anchors.firstIndex(of: "metrics"))
        #expect(anchors[metrics + 1] == "five-forms")
        #expect(r.markdown().contains("## \(metrics + 2). Five forms of the paradox"))
        #expect(r.figures.contains { $0.stem == ParadoxPanel.fiveFormsFigureStem && $0.chart != nil })
    }

    @Test func regionalTableIsTheMetricAndThePandasReference() throws {
        let panel = try #require(Shared.panel)
        let f = try #require(FiveFormsTests.fixture)
        #expect(f.from == 2008 && f.to == 2024)
        let result = try panel.fiveForms(from: 2008, to: 2024)
        let t = try #require(Self.table(try Self.section(panel), "tables/five_forms_post_soviet"))
        guard case .result(let table) = t.content else { Issue.record("not a result table"); return }
        #expect(table.rows.count == 15)
        #expect(Set(table.rows.compactMap { if case .text(let s) = $0.first { return s } else { return nil } }) == Set(CountryGroups.postSoviet))
        let keys = table.columns.map(\.key)
        // Form 3 has no columns without user data.
        #expect(!keys.contains("petty_minus_grand"))
        var compared = 0
        for row in table.rows {
            guard case .text(let iso)? = row.first else { Issue.record("iso3"); continue }
            for h in FiveFormsResult.headlineIndicators where h.form != .pettyVersusGrandCorruption {
                let k = try #require(keys.firstIndex(of: h.name), "\(h.name)")
                let metric = Self.value(result, iso, h.form, h.name)
                #expect(row[k] == .number(metric, .decimals(1)), "\(iso) \(h.name)")
                let pandas = f.countries[iso]?[h.form.rawValue]?[h.name] ?? nil
                if let metric, let pandas { #expect(abs(metric - pandas) <= 1e-12 * max(1, abs(pandas)), "\(iso) \(h.name)"); compared += 1 }
                else { #expect(metric == nil && pandas == nil, "\(iso) \(h.name)") }
            }
            for form in ParadoxForm.allCases where form != .pettyVersusGrandCorruption {
                let k = try #require(keys.firstIndex(of: "agrees_" + form.rawValue.replacingOccurrences(of: "-", with: "_")))
                let agrees = result.rows.first { $0.iso3 == iso && $0.form == form }?.agrees ?? nil
                #expect(row[k] == .text(agrees.map { $0 ? "yes" : "no" } ?? "NA"), "\(iso) \(form)")
            }
        }
        #expect(compared > 80)
    }

    @Test func longTableIsTheCommandsTableAndShowsKazakhstan() throws {
        let panel = try #require(Shared.panel)
        let t = try #require(Self.table(try Self.section(panel), "tables/five_forms"))
        let result = try panel.fiveForms(from: 2008, to: 2024)
        // The files are what `egov paradox --metric five-forms --format csv` prints.
        #expect(t.files.first { $0.path == "tables/five_forms.csv" }?.contents == result.table().rendered(as: .csv))
        let shown = try #require(t.shown)
        #expect(!shown.rows.isEmpty && shown.rows.allSatisfy { $0.first == .text("KAZ") })
        #expect(shown.rows.count == result.rows.filter { $0.iso3 == "KAZ" }.map { max(1, $0.indicators.count) }.reduce(0, +))
    }

    /// What each paragraph must quote, computed here from the metric's rows (not from the
    /// summary the section uses).
    static func expectedNumbers(_ result: FiveFormsResult, form: ParadoxForm, focus: String = "KAZ") -> [String] {
        let ps = result.rows.filter { $0.form == form && $0.postSoviet }
        var out: [String] = []
        let names: [String]
        switch form {
        case .technologyEmphasis: names = ["lead_over_hci", "lead_over_ge"]
        case .transactionalServices: names = ["service_gap_from", "service_gap_to", "service_gap_change"]
        case .pettyVersusGrandCorruption: names = ["petty_minus_grand"]
        case .isomorphicMimicry: names = ["egdi_pct_change", "ge_pct_change"]
        case .limitedParticipation: names = ["epi_minus_va", "epi_minus_vdem"]
        }
        for n in names { out.append(FiveFormsProse.points(value(result, focus, form, n))) }
        if form == .technologyEmphasis {
            out.append(FiveFormsProse.plain(value(result, focus, form, "tech_pct"), 1))
            for n in ["egdi_change", "osi_term", "tii_term", "hci_term"] { out.append(FiveFormsProse.signed(value(result, focus, form, n), 3)) }
        }
        if form == .isomorphicMimicry, let s = value(result, focus, form, "online_service_share") {
            out.append("\(FiveFormsProse.plain(s * 100, 0))%")
        }
        // Post-Soviet medians of the headline indicators, and the agreement counts.
        for h in FiveFormsResult.headlineIndicators where h.form == form {
            let v = ps.compactMap { r in r.indicators.first { $0.name == h.name }?.value ?? nil }.sorted()
            guard !v.isEmpty else { continue }
            let m = v.count % 2 == 1 ? v[v.count / 2] : (v[v.count / 2 - 1] + v[v.count / 2]) / 2
            out.append("\(FiveFormsProse.label(h.name)) \(FiveFormsProse.points(m)) (n = \(v.count)")
        }
        let all = result.rows.filter { $0.form == form }
        if form != .pettyVersusGrandCorruption || ps.contains(where: { $0.agrees != nil }) {
            out.append("for \(ps.filter { $0.agrees == true }.count) of the \(ps.filter { $0.agrees != nil }.count) post-Soviet states")
            out.append("for \(all.filter { $0.agrees == true }.count) of \(all.filter { $0.agrees != nil }.count) countries worldwide")
        }
        out.append("What the indicator cannot show: \(form.limitation).")
        return out
    }

    @Test func paragraphsQuoteTheComputedNumbers() throws {
        let panel = try #require(Shared.panel)
        let section = try Self.section(panel)
        let result = try panel.fiveForms(from: 2008, to: 2024)
        let paragraphs = Self.paragraphs(section)
        for form in ParadoxForm.allCases where form != .pettyVersusGrandCorruption {
            let p = try #require(paragraphs.first { $0.hasPrefix("**(\(form.number)) \(form.label).**") }, "\(form)")
            for n in Self.expectedNumbers(result, form: form) { #expect(p.contains(n), "\(form.rawValue): missing \(n)") }
        }
        // Without user data the third form says it is not measured, and how to supply the data.
        let petty = try #require(paragraphs.first { $0.hasPrefix("**(3) \(ParadoxForm.pettyVersusGrandCorruption.label).**") })
        #expect(petty.contains("**Not measured without user data.**"))
        #expect(petty.contains("`egov data merge") && petty.contains("--petty-corruption"))
        #expect(petty.hasSuffix("What the indicator cannot show: \(ParadoxForm.pettyVersusGrandCorruption.limitation)."))
        #expect(!petty.contains("Post-Soviet medians") && !petty.contains("countries worldwide"))
    }

    /// The same section on a panel where Kazakhstan's 2024 OSI and 2023 WGI GE and VA differ:
    /// the paragraphs follow the data (a typed number would not).
    @Test func paragraphsFollowTheData() throws {
        let panel = try #require(Shared.panel)
        var table = panel.table
        let iso = try table.text("iso3"), year = try table.numeric("year")
        func row(_ y: Int) -> Int? { (0..<table.rowCount).first { iso[$0] == "KAZ" && year[$0] == Double(y) } }
        for (variable, y, value) in [("osi", 2024, 0.41), ("wgi_ge", 2023, -1.2), ("wgi_va", 2023, 0.9)] {
            var values = try table.numeric(variable).optionalValues
            values[try #require(row(y))] = value
            table = try table.settingColumn(.numeric(try NumericColumn(name: variable, values)))
        }
        let altered = try ParadoxPanel(table)
        let before = Self.paragraphs(try Self.section(panel)), after = Self.paragraphs(try Self.section(altered))
        let result = try altered.fiveForms(from: 2008, to: 2024)
        #expect(Self.value(result, "KAZ", .technologyEmphasis, "lead_over_ge") != Self.value(try panel.fiveForms(from: 2008, to: 2024), "KAZ", .technologyEmphasis, "lead_over_ge"))
        for form in [ParadoxForm.technologyEmphasis, .transactionalServices, .isomorphicMimicry, .limitedParticipation] {
            let p = try #require(after.first { $0.hasPrefix("**(\(form.number))") })
            #expect(!before.contains(p), "\(form.rawValue): paragraph unchanged although the data changed")
            for n in Self.expectedNumbers(result, form: form) { #expect(p.contains(n), "\(form.rawValue): missing \(n)") }
        }
    }

    /// With a merged bribery column (the invented example values) the third form is measured
    /// and its paragraph quotes the numbers.
    @Test func pettyCorruptionFromAUserColumn() throws {
        let panel = try #require(Shared.panel)
        let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/examples/illustrative-bribery.csv")
        let mine = try CSVReader.read(contentsOf: csv)
        let merged = try PanelMerge.merge(mine, into: panel.table, source: "illustrative-bribery.csv").table
        let withBribery = try ParadoxPanel(merged)
        let section = try Self.section(withBribery, petty: "bribery_rate_invented")
        let result = try withBribery.fiveForms(from: 2008, to: 2024, pettyCorruption: "bribery_rate_invented")
        let p = try #require(Self.paragraphs(section).first { $0.hasPrefix("**(3)") })
        #expect(!p.contains("Not measured"))
        #expect(p.contains("`bribery_rate_invented`"))
        for n in Self.expectedNumbers(result, form: .pettyVersusGrandCorruption) { #expect(p.contains(n), "missing \(n)") }
        #expect(p.contains(FiveFormsProse.plain(Self.value(result, "KAZ", .pettyVersusGrandCorruption, "petty_integrity_pct"), 1)))
        let t = try #require(Self.table(section, "tables/five_forms_post_soviet"))
        guard case .result(let table) = t.content else { Issue.record("not a result table"); return }
        #expect(table.columns.map(\.key).contains("petty_minus_grand"))
        let figure = try #require(section.blocks.compactMap { if case .figure(let f) = $0 { return f } else { return nil } }.first)
        #expect(figure.chart?.panels.count == 9)
    }

    @Test func summaryMediansAndRanks() {
        #expect(FiveFormsResult.median([3, 1, 2]) == 2)
        #expect(FiveFormsResult.median([4, 1, 2, 3]) == 2.5)
        #expect(FiveFormsResult.median([]) == nil)
        #expect(FiveFormsProse.points(-4) == "\u{2212}4.0")
        #expect(FiveFormsProse.points(12.34) == "+12.3")
        #expect(FiveFormsProse.points(nil) == "NA")
        #expect(FiveFormsProse.ordinal(1) == "1st" && FiveFormsProse.ordinal(12) == "12th" && FiveFormsProse.ordinal(23) == "23rd")
    }
}
