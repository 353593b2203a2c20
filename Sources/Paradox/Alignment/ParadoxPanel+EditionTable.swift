// The panel re-cut as one row per country and survey edition, every other variable read at
// the edition's paired year: the data set a study's regressions run on.

import PanelData

/// One row per assessed country-edition (see ``ParadoxPanel/editionTable(variables:alignment:)``).
public struct EditionTable: Sendable, Equatable {
    /// Columns `iso3`, `country`, `year` (the edition), `paired_year`, `wave` (1, 2, … in
    /// edition order: the time index of lags across editions), `post_soviet`, `subregion`,
    /// the survey variables at the edition year, then the requested variables at the paired year.
    public var table: Table
    /// The editions, ascending (`wave` k is `editions[k − 1]`).
    public var editions: [Int]
    /// Country-editions left out because their EGDI rests on a missing or impossible
    /// component (`egdi_flag`), as "SRB 2003 (hci_zero)", sorted; empty with ``ParadoxPanel/includeFlagged``.
    public var flagged: [String]
    /// The alignment sentence, then one note per edition whose paired year lacks a requested variable.
    public var notes: [String]
}

extension ParadoxPanel {
    /// The panel as one row per assessed country-edition: the survey variables (`egdi`,
    /// `egdi_rank`, `osi`, `tii`, `hci`, `epi`) at the edition year Y, every variable of
    /// `variables` at the paired year (Y − 1 under ``YearAlignment/dataYear``, the default;
    /// DESIGN.md §2), numeric or text. A value missing in the paired year stays missing; it is
    /// never taken from another year. Country-editions whose EGDI the UN computed on a
    /// missing or impossible component are left out (listed in ``EditionTable/flagged``)
    /// unless ``includeFlagged`` is set, as in every paradox metric.
    ///
    /// Regressions on this table pair the variables as the metrics do: `year` is the edition
    /// (for edition fixed effects and Driscoll–Kraay's periods) and `wave` the time index
    /// for `l(egdi, 1)`, the previous edition's EGDI (`PanelColumns(unit: "iso3", time: "wave")`).
    /// - Parameters:
    ///   - variables: the variables to read at the paired year, e.g. `["wgi_va", "gdppc_ppp", "fh_status"]`.
    ///   - alignment: the year pairing.
    /// - Throws: ``ParadoxError/unknownVariable(_:suggestions:)`` for a name the panel lacks.
    public func editionTable(variables: [String], alignment: YearAlignment = .dataYear) throws(ParadoxError) -> EditionTable {
        let survey = VariableSource.surveyVariables.filter(table.hasColumn)
        var paired: [String] = []
        let reserved: Set<String> = ["iso3", "country", "year", "paired_year", "wave", "post_soviet", "subregion"]
        for v in variables where !survey.contains(v) && !reserved.contains(v) && !paired.contains(v) { paired.append(v) }
        var columns: [String: Column] = [:]
        for v in paired {
            do { columns[v] = try table.column(named: v) } catch { throw ParadoxError.from(error, variable: v) }
        }
        var iso: [String?] = [], country: [String?] = [], edition: [Double?] = [], pairedYear: [Double?] = []
        var wave: [Double?] = [], postSoviet: [Double?] = [], subregion: [String?] = []
        var surveyValues: [String: [Double?]] = [:]
        var pairedNumeric: [String: [Double?]] = [:], pairedText: [String: [String?]] = [:]
        var flagged: [String] = []
        var notes: [String] = []
        for (k, e) in editions.enumerated() {
            let a = try aligned(edition: e, alignment: alignment, variables: [])
            flagged += flaggedLeftOut(edition: e).map { s in
                let parts = s.split(separator: " ", maxSplits: 1)
                return parts.count == 2 ? "\(parts[0]) \(e) \(parts[1])" : s
            }
            let year = alignment.pairedYear(forEdition: e)
            var missingHere: [String] = []
            for v in paired where !hasAnyValue(v, year: year) && !isText(columns[v]) { missingHere.append(v) }
            if !missingHere.isEmpty {
                notes.append("Edition \(e): no \(missingHere.joined(separator: ", ")) in \(year) for any country; missing, not filled from another year.")
            }
            for r in a.rows {
                iso.append(r.iso3); country.append(r.country); edition.append(Double(e)); pairedYear.append(Double(year))
                wave.append(Double(k + 1)); postSoviet.append(r.postSoviet ? 1 : 0); subregion.append(r.subregion)
                for v in survey { surveyValues[v, default: []].append(r.survey[v]) }
                let pr = row(iso3: r.iso3, year: year)
                for v in paired {
                    switch columns[v] {
                    case .numeric(let c)?: pairedNumeric[v, default: []].append(pr.flatMap { c[$0] })
                    case .text(let c)?: pairedText[v, default: []].append(pr.flatMap { c[$0] })
                    case nil: break
                    }
                }
            }
        }
        let pairing = alignment == .dataYear ? "Y\u{2212}1" : "Y"
        notes.insert("Editions \(editions.map(String.init).joined(separator: ", ")); each edition Y paired with the other variables of year \(pairing) (\(alignment.rule)).", at: 0)
        var out: [Column] = [.text(TextColumn(name: "iso3", iso)), .text(TextColumn(name: "country", country))]
        do {
            out.append(.numeric(try NumericColumn(name: "year", edition)))
            out.append(.numeric(try NumericColumn(name: "paired_year", pairedYear)))
            out.append(.numeric(try NumericColumn(name: "wave", wave)))
            out.append(.numeric(try NumericColumn(name: "post_soviet", postSoviet)))
            out.append(.text(TextColumn(name: "subregion", subregion)))
            for v in survey { out.append(.numeric(try NumericColumn(name: v, surveyValues[v] ?? Array(repeating: nil, count: iso.count)))) }
            for v in paired {
                if let t = pairedText[v] { out.append(.text(TextColumn(name: v, t))) }
                else { out.append(.numeric(try NumericColumn(name: v, pairedNumeric[v] ?? Array(repeating: nil, count: iso.count)))) }
            }
            let t = try Table(out, sourceName: (table.sourceName ?? "panel") + ", one row per country-edition (edition Y, other variables year \(pairing))")
            return EditionTable(table: t, editions: editions, flagged: flagged.sorted(), notes: notes)
        } catch {
            throw .fit(what: "the country-edition table", reason: error.description)
        }
    }

    private func isText(_ c: Column?) -> Bool { if case .text? = c { return true } else { return false } }
}
