// V-Dem high-level democracy indices (third-party subset vdem3.csv).

import Foundation

/// Reads `vdem_libdem` (v2x_libdem), `vdem_partipdem` (v2x_partipdem) and `vdem_polyarchy`
/// (v2x_polyarchy), 0-1, for the panel's years. Rows are resolved by V-Dem's
/// `country_text_id` (then the name). The uploader's WDI columns (gdp, population, ...)
/// are ignored: WDI comes from the World Bank files. Historical and sub-national V-Dem
/// units (Zanzibar, Somaliland, Palestine/Gaza, ...) are excluded and listed.
public enum VDemImporter {
    public static let path = "vdem/vdem3.csv"
    static let columns = [("v2x_libdem", "vdem_libdem"), ("v2x_partipdem", "vdem_partipdem"), ("v2x_polyarchy", "vdem_polyarchy")]
    public static let variables = ["vdem_libdem", "vdem_partipdem", "vdem_polyarchy"]

    public static func importSource(root: URL, registry: CountryRegistry = .standard, path: String = path) throws(ImportError) -> SourceImport {
        var imp = SourceImport(source: .vdem)
        imp.files.append(path)
        let t = try RawCSV.read(root, path)
        let names = try RawCSV.column(t, "country_name", file: path)
        let codes = try RawCSV.column(t, "country_text_id", file: path)
        let years = try RawCSV.column(t, "year", file: path)
        var cols: [(String, [String?])] = []
        for (c, v) in columns { cols.append((v, try RawCSV.column(t, c, file: path))) }
        var seen = Set<CountryYear>()
        var outside = 0
        var wdiOnly = 0
        for i in 0..<t.rowCount {
            let line = RawCSV.line(i)
            guard let y = try RawCSV.number(years[i], file: path, line: line, column: "year"), RawCSV.isYear(y) else {
                throw .invalid(file: path, line: line, message: "missing or non-integer year.")
            }
            if names[i] == nil {
                // Rows the uploader added from WDI (aggregates, economies V-Dem does not code):
                // no V-Dem unit and no V-Dem value. A V-Dem value without a unit is an error.
                if let (v, _) = cols.first(where: { $0.1[i] != nil }) {
                    throw .invalid(file: path, line: line, message: "\(v) has a value but country_name is empty.")
                }
                wdiOnly += 1
                continue
            }
            guard let c = try EntityRule.resolve(name: names[i], code: codes[i], registry: registry, into: &imp, file: path, line: line) else { continue }
            let key = CountryYear(iso3: c.iso3, year: Int(y))  // checked: RawCSV.isYear
            guard panelYears.contains(key.year) else {
                if !seen.insert(key).inserted { throw .duplicate(file: path, line: line, iso3: c.iso3, year: key.year, variable: nil) }
                outside += 1
                continue
            }
            try imp.list(key, file: path, line: line, seen: &seen)
            for (v, col) in cols {
                try imp.set(key, v, try RawCSV.number(col[i], file: path, line: line, column: v).map(PanelValue.number), file: path, line: line)
            }
        }
        imp.note("\(outside) country-years before 1996 not imported; \(wdiOnly) rows without a V-Dem unit (added by the uploader from WDI, no V-Dem values) skipped; the uploader's WDI columns ignored; version not stated (coverage to 2024 implies v15).")
        imp.finish()
        return imp
    }
}
