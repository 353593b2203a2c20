// UN E-Government Survey: EGDI, rank and the four components, one file per edition.

import Foundation

/// Reads the UN E-Government Survey files into `egdi egdi_rank osi tii hci epi`, stored at
/// the EDITION year (the survey edition Y reflects an assessment carried out mostly in Y-1).
///
/// Quirks handled (SOURCES.md §1): names with trailing blanks and quotes (`"Kazakhstan "`);
/// EGDI == 0 means "not assessed / no online presence", so all six variables are missing for
/// that country-edition (blank ranks likewise); the 2024 file has renamed headers
/// (`Country, Rank, E_Index, ...`) and a third-party `Region` column, which is ignored; the
/// `Survey Year` column must equal the edition of the file name.
public enum UNEGovImporter {
    public static let editions = [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
    public static let variables = ["egdi", "egdi_rank", "osi", "tii", "hci", "epi"]
    /// The components, kept even where the UN published EGDI = 0.
    static let componentVariables = ["osi", "tii", "hci", "epi"]

    /// Relative path of an edition's file under the raw folder.
    public static func path(edition: Int) -> String {
        edition == 2024 ? "un_egov/thirdparty_2024/EGOV_DATA_2024.csv" : "un_egov/un_datacenter/EGOV_DATA_\(edition).csv"
    }
    public static let mergedPath = "un_egov/thirdparty_2024/EGOV_MERGED_2005_2024.csv"

    /// Header of each variable: original UN files, then the renamed 2024 file.
    static let headers: [(variable: String, original: String, renamed: String)] = [
        ("egdi", "E-Government Index", "E_Index"),
        ("egdi_rank", "E-Government Rank", "Rank"),
        ("osi", "Online Service Index", "Online_Service"),
        ("tii", "Telecommunication Infrastructure Index", "Tele_Infra"),
        ("hci", "Human Capital Index", "Human_Capital"),
        ("epi", "E-Participation Index", "E_Participation"),
    ]

    /// One row of an edition file as written (before the not-assessed rule).
    struct RawRow { let country: Country; let line: Int; let values: [String: Double?] }

    static func readEdition(_ root: URL, edition: Int, registry: CountryRegistry,
                            into imp: inout SourceImport) throws(ImportError) -> [RawRow] {
        let file = path(edition: edition)
        let t = try RawCSV.read(root, file)
        let renamed = t.hasColumn("E_Index")
        let names = try RawCSV.column(t, renamed ? "Country" : "Country Name", file: file)
        let years = try RawCSV.column(t, "Survey Year", file: file)
        var cols: [(String, [String?])] = []
        for h in headers {
            cols.append((h.variable, try RawCSV.column(t, renamed ? h.renamed : h.original, file: file)))
        }
        var rows: [RawRow] = []
        for i in 0..<t.rowCount {
            let line = RawCSV.line(i)
            guard let y = try RawCSV.number(years[i], file: file, line: line, column: "Survey Year"), Int(exactly: y) == edition else {  // checked: Int(exactly:)
                throw .invalid(file: file, line: line, message: "Survey Year '\(years[i] ?? "")' differs from the edition \(edition) of the file name.")
            }
            guard let c = try EntityRule.resolve(name: names[i], code: nil, registry: registry, into: &imp, file: file, line: line) else { continue }
            var v: [String: Double?] = [:]
            for (name, col) in cols { v[name] = try RawCSV.number(col[i], file: file, line: line, column: name) }
            rows.append(RawRow(country: c, line: line, values: v))
        }
        return rows
    }

    public static func importSource(root: URL, registry: CountryRegistry = .standard) throws(ImportError) -> SourceImport {
        var imp = SourceImport(source: .unEgov)
        var notAssessed: [String] = []
        var postSovietNotAssessed: [String] = []
        var outOfRange: [String] = []
        var flagged: [EGDIFlag: [String]] = [:]
        var keptComponents = 0
        for edition in editions {
            let file = path(edition: edition)
            imp.files.append(file)
            var seen = Set<CountryYear>()
            var zeros = 0
            for row in try readEdition(root, edition: edition, registry: registry, into: &imp) {
                let key = CountryYear(iso3: row.country.iso3, year: edition)
                try imp.list(key, file: file, line: row.line, seen: &seen)
                let egdi = row.values["egdi"] ?? nil
                if egdi == nil || egdi == 0 {
                    zeros += 1
                    if row.country.isPostSoviet { postSovietNotAssessed.append("\(row.country.iso3) \(edition)") }
                    // EGDI and rank are missing; components the UN did publish are kept (a 0 in
                    // such a row is the not-assessed code, so it stays missing).
                    var kept = false
                    for v in componentVariables {
                        guard let x = row.values[v] ?? nil, x != 0 else { continue }
                        guard (0...1).contains(x) else {
                            outOfRange.append("\(row.country.iso3) \(edition) \(v) = \(shortestDecimalText(x))")
                            continue
                        }
                        try imp.set(key, v, .number(x), file: file, line: row.line)
                        kept = true
                        keptComponents += 1
                    }
                    if kept {
                        try imp.set(key, "egdi_flag", .text(EGDIFlag.egdiZero.rawValue), file: file, line: row.line)
                        flagged[.egdiZero, default: []].append("\(row.country.iso3) \(edition)")
                    }
                    continue
                }
                if let flag = EGDIFlag.classify(row.values) {
                    try imp.set(key, "egdi_flag", .text(flag.rawValue), file: file, line: row.line)
                    flagged[flag, default: []].append("\(row.country.iso3) \(edition)")
                }
                for v in variables {
                    var x = row.values[v] ?? nil
                    // The indices are defined on [0, 1]; a value above 1 is a publication error
                    // (FSM 2003 HCI = 1.422): stored as missing and reported, never silently.
                    if v != "egdi_rank", let value = x, !(0...1).contains(value) {
                        outOfRange.append("\(row.country.iso3) \(edition) \(v) = \(shortestDecimalText(value))")
                        x = nil
                    }
                    // An HCI or TII coded 0 is a missing component (EGDI was computed without
                    // it and is flagged): the component itself is stored as missing.
                    if (v == "hci" || v == "tii"), x == 0 { x = nil }
                    try imp.set(key, v, x.map(PanelValue.number), file: file, line: row.line)
                }
            }
            if zeros > 0 { notAssessed.append("\(edition): \(zeros)") }
        }
        imp.note("EGDI = 0 or blank (not assessed) -> egdi and egdi_rank missing, per edition: "
                 + (notAssessed.isEmpty ? "none" : notAssessed.joined(separator: ", "))
                 + "; post-Soviet cases: " + (postSovietNotAssessed.isEmpty ? "none" : postSovietNotAssessed.joined(separator: ", ")))
        imp.note("Components published in rows with EGDI = 0 kept: \(keptComponents) values (a component coded 0 in such a row stays missing).")
        for flag in EGDIFlag.allCases {
            imp.note("egdi_flag = \(flag.rawValue) (\(flag.meaning)): " + (flagged[flag].map { "\($0.count): " + $0.joined(separator: ", ") } ?? "none") + ".")
        }
        imp.note("An HCI or TII coded 0 beside a positive EGDI is stored as missing (the UN computed EGDI without it; egdi_flag says so).")
        imp.note("Index values outside [0, 1] set to missing: " + (outOfRange.isEmpty ? "none" : outOfRange.joined(separator: ", ")) + ".")
        imp.note("Country names with trailing blanks and quotes trimmed; 2024 renamed headers mapped; the 2024 file's third-party Region column ignored.")
        imp.note("Values stored at the edition year (survey edition Y reflects data mostly from Y-1).")
        imp.finish()
        return imp
    }

    /// Compares every value of the wide merged copy (editions 2005-2024) with the
    /// per-edition files, as written (before the not-assessed rule). Returns the number of
    /// values compared; throws at the first difference or at a country-edition the merged
    /// file has and the edition file lacks.
    public static func crossCheckMerged(root: URL, registry: CountryRegistry = .standard) throws(ImportError) -> Int {
        let file = mergedPath
        let t = try RawCSV.read(root, file)
        let names = try RawCSV.column(t, "Country Name", file: file)
        var scratch = SourceImport(source: .unEgov)
        var compared = 0
        for edition in editions where edition >= 2005 {
            var byISO: [String: RawRow] = [:]
            for r in try readEdition(root, edition: edition, registry: registry, into: &scratch) { byISO[r.country.iso3] = r }
            var cols: [(String, [String?])] = []
            for h in headers { cols.append((h.variable, try RawCSV.column(t, "\(h.original) \(edition)", file: file))) }
            for i in 0..<t.rowCount {
                let line = RawCSV.line(i)
                guard let c = try EntityRule.resolve(name: names[i], code: nil, registry: registry, into: &scratch, file: file, line: line) else { continue }
                for (v, col) in cols {
                    let merged = try RawCSV.number(col[i], file: file, line: line, column: "\(v) \(edition)")
                    guard let merged else { continue }
                    guard let row = byISO[c.iso3] else {
                        throw .invalid(file: file, line: line, message: "\(c.iso3) has a \(edition) value but \(path(edition: edition)) has no row for it.")
                    }
                    let original = row.values[v] ?? nil
                    if original != merged {
                        throw .invalid(file: file, line: line, message: "\(c.iso3) \(v) \(edition) = \(merged) differs from \(path(edition: edition)) (\(original.map { "\($0)" } ?? "missing")).")
                    }
                    compared += 1
                }
            }
        }
        return compared
    }
}
