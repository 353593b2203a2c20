// World Bank Worldwide Governance Indicators, long format, full precision.

import Foundation

/// Reads `wgi/wgidataset__full_precision__converted.csv` (one row per economy, year and
/// indicator) into `wgi_<dim>` (estimate), `wgi_<dim>_se` (stddev), `wgi_<dim>_pct`
/// (pctrank), `wgi_<dim>_pct_lo`/`_pct_hi` (pctranklower/upper) for dim in va pv ge rq rl cc.
///
/// Quirks handled (SOURCES.md §2): `..` = missing; World Bank codes that are not ISO
/// (ADO, ZAR, ROM, TMP, KSV, WBG) resolved through the registry; values kept at the full
/// precision written in the file (the shortest text that reads back to the same Double).
public enum WGIImporter {
    public static let path = "wgi/wgidataset__full_precision__converted.csv"
    public static let dimensions = ["va", "pv", "ge", "rq", "rl", "cc"]
    /// (file column, variable suffix)
    static let measures = [("estimate", ""), ("stddev", "_se"), ("pctrank", "_pct"),
                           ("pctranklower", "_pct_lo"), ("pctrankupper", "_pct_hi")]

    public static var variables: [String] {
        dimensions.map { "wgi_\($0)" } + dimensions.flatMap { d in ["_pct", "_pct_lo", "_pct_hi", "_se"].map { "wgi_\(d)\($0)" } }
    }

    public static func importSource(root: URL, registry: CountryRegistry = .standard, path: String = path) throws(ImportError) -> SourceImport {
        var imp = SourceImport(source: .wgi)
        imp.files.append(path)
        let t = try RawCSV.read(root, path)
        let codes = try RawCSV.column(t, "code", file: path)
        let names = try RawCSV.column(t, "countryname", file: path)
        let years = try RawCSV.column(t, "year", file: path)
        let inds = try RawCSV.column(t, "indicator", file: path)
        var cols: [(String, [String?])] = []
        for (c, suffix) in measures { cols.append((suffix, try RawCSV.column(t, c, file: path))) }
        var seen = Set<String>()
        var missing = 0
        for i in 0..<t.rowCount {
            let line = RawCSV.line(i)
            guard let ind = inds[i], dimensions.contains(ind) else {
                throw .invalid(file: path, line: line, message: "indicator '\(inds[i] ?? "")' is not one of \(dimensions.joined(separator: ", ")).")
            }
            guard let y = try RawCSV.number(years[i], file: path, line: line, column: "year"), RawCSV.isYear(y) else {
                throw .invalid(file: path, line: line, message: "missing or non-integer year.")
            }
            let year = Int(y)  // checked: RawCSV.isYear
            guard let c = try EntityRule.resolve(name: names[i], code: codes[i], registry: registry, into: &imp, file: path, line: line) else { continue }
            if !seen.insert("\(c.iso3) \(year) \(ind)").inserted {
                throw .duplicate(file: path, line: line, iso3: c.iso3, year: year, variable: "wgi_\(ind)")
            }
            guard panelYears.contains(year) else { continue }
            let key = CountryYear(iso3: c.iso3, year: year)
            if imp.values[key] == nil { imp.values[key] = [:] }
            for (suffix, col) in cols {
                let x = try RawCSV.number(col[i], file: path, line: line, column: "wgi_\(ind)\(suffix)")
                if x == nil { missing += 1 }
                try imp.set(key, "wgi_\(ind)\(suffix)", x.map(PanelValue.number), file: path, line: line)
            }
        }
        imp.note("`..` read as missing (\(missing) cells); World Bank codes ADO ZAR ROM TMP KSV WBG mapped to AND COD ROU TLS XKX PSE; full precision kept.")
        imp.finish()
        return imp
    }
}
