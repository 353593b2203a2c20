// Freedom House, Freedom in the World 2013-2024 (all-data sheet FIW13-24).

import Foundation

/// Reads `fh_total` (0-100), `fh_pr` (1-7), `fh_cl` (1-7) and `fh_status` (F/PF/NF).
///
/// Year convention: edition E rates calendar year E-1, and the value is stored at the YEAR
/// UNDER REVIEW, E-1 (as WGI stores its data year): the 2024 edition is year 2023.
/// Quirks handled (SOURCES.md §5): territories (`C/T` = `t`: Abkhazia, Crimea, Hong Kong,
/// Puerto Rico, ...) are excluded and listed, as are entities without an ISO3 code.
public enum FreedomHouseImporter {
    public static let path = "freedom_house/All_data_FIW_2013-2024__FIW13-24__converted.csv"
    public static let variables = ["fh_total", "fh_pr", "fh_cl", "fh_status"]
    public static let statuses: Set<String> = ["F", "PF", "NF"]

    /// Reads the all-data workbook and, with `includeHistory`, the 1996–2011 ratings of the
    /// historical workbook (``FreedomHouseHistoryImporter``).
    /// - Parameters:
    ///   - root: the raw folder.
    ///   - registry: the country registry.
    ///   - path: the all-data CSV, relative to `root`.
    ///   - includeHistory: also read the 1973–2024 ratings workbook (the panel build does).
    public static func importSource(root: URL, registry: CountryRegistry = .standard, path: String = path,
                                    includeHistory: Bool = true) throws(ImportError) -> SourceImport {
        var imp = SourceImport(source: .freedomHouse)
        imp.files.append(path)
        let t = try RawCSV.read(root, path)
        let names = try RawCSV.column(t, "Country/Territory", file: path)
        let ct = try RawCSV.column(t, "C/T", file: path)
        let editions = try RawCSV.column(t, "Edition", file: path)
        let status = try RawCSV.column(t, "Status", file: path)
        let pr = try RawCSV.column(t, "PR rating", file: path)
        let cl = try RawCSV.column(t, "CL rating", file: path)
        let total = try RawCSV.column(t, "Total", file: path)
        var seen = Set<CountryYear>()
        for i in 0..<t.rowCount {
            let line = RawCSV.line(i)
            guard let e = try RawCSV.number(editions[i], file: path, line: line, column: "Edition"), RawCSV.isYear(e) else {
                throw .invalid(file: path, line: line, message: "missing or non-integer Edition.")
            }
            switch ct[i]?.lowercased() {
            case "c": break
            case "t":
                imp.exclude(Exclusion(source: imp.source.rawValue, name: CountryRegistry.trimmed(names[i] ?? ""),
                                      code: (try? registry.resolve(name: names[i] ?? ""))?.iso3,
                                      reason: "territory rated separately by Freedom House (C/T = t)"))
                continue
            default:
                throw .invalid(file: path, line: line, message: "C/T is '\(ct[i] ?? "")', expected c (country) or t (territory).")
            }
            guard let c = try EntityRule.resolve(name: names[i], code: nil, registry: registry, into: &imp, file: path, line: line) else { continue }
            let key = CountryYear(iso3: c.iso3, year: Int(e) - 1)  // checked: RawCSV.isYear
            guard panelYears.contains(key.year) else { continue }
            try imp.list(key, file: path, line: line, seen: &seen)
            try imp.set(key, "fh_total", try RawCSV.number(total[i], file: path, line: line, column: "Total").map(PanelValue.number), file: path, line: line)
            try imp.set(key, "fh_pr", try RawCSV.number(pr[i], file: path, line: line, column: "PR rating").map(PanelValue.number), file: path, line: line)
            try imp.set(key, "fh_cl", try RawCSV.number(cl[i], file: path, line: line, column: "CL rating").map(PanelValue.number), file: path, line: line)
            if let s = status[i] {
                guard statuses.contains(s) else {
                    throw .invalid(file: path, line: line, message: "Status '\(s)' is not F, PF or NF.")
                }
                try imp.set(key, "fh_status", .text(s), file: path, line: line)
            }
        }
        imp.note("Edition E stored at the year under review E-1 (edition 2024 -> year 2023); territories (C/T = t) excluded.")
        if includeHistory { try FreedomHouseHistoryImporter.add(root: root, registry: registry, into: &imp) }
        imp.finish()
        return imp
    }
}
