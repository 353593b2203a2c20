// Transparency International CPI 2012-2025 (0-100), from the CPI 2025 time-series sheet.

import Foundation

/// Reads `cpi` (score, 0-100) and `cpi_se` (standard error) for 2012-2025 from the wide
/// time-series sheet of the CPI 2025 results file.
///
/// Quirks handled (SOURCES.md §3): the score header is `CPI score <year>` except
/// `CPI Score 2013`/`CPI Score 2012` (matched ignoring case); there is no `Rank` column for
/// 2012-2016 (ranks are not imported); Kosovo is `KSV`. TI's licence (CC BY-ND 4.0) forbids
/// modified versions: values are stored exactly as written.
public enum CPIImporter {
    public static let path = "ti_cpi/CPI2025_Results__CPI_Timeseries_2012-2025__converted.csv"
    public static let years = 2012...2025
    public static let variables = ["cpi", "cpi_se"]

    public static func importSource(root: URL, registry: CountryRegistry = .standard, path: String = path) throws(ImportError) -> SourceImport {
        var imp = SourceImport(source: .tiCPI)
        imp.files.append(path)
        let t = try RawCSV.read(root, path)
        let names = try RawCSV.column(t, "Country / Territory", file: path)
        let codes = try RawCSV.column(t, "ISO3", file: path)
        var recapitalised: [String] = []
        var perYear: [(Int, [String?], [String?])] = []
        for y in years {
            let header = "CPI score \(y)"
            if !t.hasColumn(header), let c = t.columnNames.first(where: { $0.lowercased() == header.lowercased() }) {
                recapitalised.append(c)
            }
            perYear.append((y, try RawCSV.column(t, header, file: path, caseInsensitive: true),
                            try RawCSV.column(t, "Standard error \(y)", file: path)))
        }
        var seen = Set<CountryYear>()
        for i in 0..<t.rowCount {
            let line = RawCSV.line(i)
            guard let c = try EntityRule.resolve(name: names[i], code: codes[i], registry: registry, into: &imp, file: path, line: line) else { continue }
            for (y, score, se) in perYear {
                let s = try RawCSV.number(score[i], file: path, line: line, column: "CPI score \(y)")
                let e = try RawCSV.number(se[i], file: path, line: line, column: "Standard error \(y)")
                if s == nil && e == nil { continue }  // not covered that year
                let key = CountryYear(iso3: c.iso3, year: y)
                try imp.list(key, file: path, line: line, seen: &seen)
                try imp.set(key, "cpi", s.map(PanelValue.number), file: path, line: line)
                try imp.set(key, "cpi_se", e.map(PanelValue.number), file: path, line: line)
            }
        }
        imp.note("Score headers matched ignoring case (\(recapitalised.isEmpty ? "none differed" : recapitalised.joined(separator: ", "))); no Rank columns for 2012-2016 (ranks not imported); KSV = Kosovo; values unaltered (CC BY-ND).")
        imp.finish()
        return imp
    }
}
