// World Bank GovTech Maturity Index (2020, 2022, 2025).

import Foundation

/// Reads `gtmi` (0-1) from the CSV converted from the gtmiR package's `gtmi2025` object.
public enum GTMIImporter {
    public static let path = "gtmi/gtmi2025__converted_from_rda.csv"
    public static let variables = ["gtmi"]

    public static func importSource(root: URL, registry: CountryRegistry = .standard, path: String = path) throws(ImportError) -> SourceImport {
        var imp = SourceImport(source: .gtmi)
        imp.files.append(path)
        let t = try RawCSV.read(root, path)
        let names = try RawCSV.column(t, "country_name", file: path)
        let codes = try RawCSV.column(t, "country_code", file: path)
        let years = try RawCSV.column(t, "year", file: path)
        let values = try RawCSV.column(t, "gtmi", file: path)
        var seen = Set<CountryYear>()
        var summaryRows = 0
        for i in 0..<t.rowCount {
            let line = RawCSV.line(i)
            guard let y = try RawCSV.number(years[i], file: path, line: line, column: "year"), RawCSV.isYear(y) else {
                throw .invalid(file: path, line: line, message: "missing or non-integer year.")
            }
            // The 2025 sheet ends with summary rows (group cut-offs, counts, shares) whose
            // code column holds a number: not economies.
            guard let code = codes[i], code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                summaryRows += 1
                continue
            }
            guard let c = try EntityRule.resolve(name: names[i], code: codes[i], registry: registry, into: &imp, file: path, line: line) else { continue }
            let key = CountryYear(iso3: c.iso3, year: Int(y))  // checked: RawCSV.isYear
            try imp.list(key, file: path, line: line, seen: &seen)
            try imp.set(key, "gtmi", try RawCSV.number(values[i], file: path, line: line, column: "gtmi").map(PanelValue.number), file: path, line: line)
        }
        imp.note("Years 2020, 2022, 2025 as in the dataset (`..` already NA in the R object); \(summaryRows) summary rows (group cut-offs and counts, no country code) skipped.")
        imp.finish()
        return imp
    }
}
