// World Bank WDI bulk downloads: GDP per capita PPP, population, internet users.

import Foundation

/// Reads WDI "API_<indicator>_DS2_en_csv_v2_*.csv" files into `gdppc_ppp`
/// (NY.GDP.PCAP.PP.KD), `population` (SP.POP.TOTL) and `internet_users` (IT.NET.USER.ZS).
///
/// Quirks handled (SOURCES.md §4): 4 junk lines before the header, UTF-8 BOM, CRLF, every
/// field quoted with `""` for missing, a trailing delimiter that makes an empty unnamed
/// column; aggregates (regions, income groups) are removed using the
/// `Metadata_Country_*.csv` file (empty `Region` = aggregate) and each one is listed as an
/// exclusion. The population download has no country-metadata file of its own: the GDP per
/// capita one is reused (same download date, same economies), and the notes say so.
public enum WDIImporter {
    public static let folder = "wdi"
    public static let indicators: [(code: String, variable: String)] = [
        ("NY.GDP.PCAP.PP.KD", "gdppc_ppp"), ("SP.POP.TOTL", "population"), ("IT.NET.USER.ZS", "internet_users"),
    ]
    public static var variables: [String] { indicators.map(\.variable) + ["wb_region", "wb_income"] }
    static let dataOptions = CSVReadOptions(quotedFieldsCanBeMissing: true, skipLines: 4, dropEmptyUnnamedColumns: true)
    static let metadataOptions = CSVReadOptions(quotedFieldsCanBeMissing: true, dropEmptyUnnamedColumns: true)

    /// The single file in `wdi/` whose name starts with `prefix`, or nil.
    static func file(_ root: URL, prefix: String) throws(ImportError) -> String? {
        let dir = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
            throw .missingFile(dir.path)
        }
        let hits = names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".csv") }.sorted()
        if hits.count > 1 {
            throw .invalid(file: "\(folder)/", line: nil, message: "several files start with \(prefix): \(hits.joined(separator: ", ")); keep one.")
        }
        return hits.first.map { "\(folder)/\($0)" }
    }

    public static func importSource(root: URL, registry: CountryRegistry = .standard) throws(ImportError) -> SourceImport {
        var imp = SourceImport(source: .wdi)
        var aggregates = Set<String>()
        // Region and income group of each economy (current classification), by World Bank code,
        // from the first country-metadata file; the others must agree.
        var classification: [String: (region: String?, income: String?)] = [:]
        var classificationFile: String? = nil
        var economies: [String: String] = [:] // iso3 -> World Bank code
        for (code, variable) in indicators {
            guard let dataFile = try file(root, prefix: "API_\(code)_") else {
                throw .missingFile(root.appendingPathComponent("\(folder)/API_\(code)_*.csv").path)
            }
            var metaFile = try file(root, prefix: "Metadata_Country_API_\(code)_")
            if metaFile == nil {
                // Only the population download lacks one; any other WDI country list serves,
                // because the Region column classifies economies, not indicators.
                for (other, _) in indicators where other != code {
                    if let f = try file(root, prefix: "Metadata_Country_API_\(other)_") { metaFile = f; break }
                }
                guard let metaFile else {
                    throw .missingFile(root.appendingPathComponent("\(folder)/Metadata_Country_API_\(code)_*.csv").path)
                }
                imp.note("\(code): no country-metadata file in the download; aggregates identified with \(metaFile).")
            }
            guard let metaFile else { continue }
            let meta = try RawCSV.read(root, metaFile, options: metadataOptions)
            let metaCodes = try RawCSV.column(meta, "Country Code", file: metaFile)
            let regions = try RawCSV.column(meta, "Region", file: metaFile)
            let incomes = try RawCSV.column(meta, "IncomeGroup", file: metaFile)
            var region: [String: Bool] = [:]
            for i in 0..<meta.rowCount { if let c = metaCodes[i] { region[c] = regions[i] != nil } }
            var differing: [String] = []
            for i in 0..<meta.rowCount {
                guard let c = metaCodes[i], regions[i] != nil else { continue }
                let entry = (region: regions[i].map(CountryRegistry.trimmed), income: incomes[i].map(CountryRegistry.trimmed))
                if classificationFile == nil {
                    classification[c] = entry
                } else if let known = classification[c], known.region != entry.region || known.income != entry.income {
                    differing.append(c)
                }
            }
            if !differing.isEmpty, let first = classificationFile {
                // Downloads of different dates carry the classification of their date (the World
                // Bank re-drew its regions in 2025): the first file's (GDP per capita, the newest) is used.
                imp.noteOnce("\(metaFile) classifies \(differing.count) economies differently from \(first) (an older download: e.g. \(differing.sorted().prefix(5).joined(separator: ", "))); wb_region and wb_income follow \(first).")
            }
            if classificationFile == nil { classificationFile = metaFile }

            imp.files.append(dataFile)
            if !imp.files.contains(metaFile) { imp.files.append(metaFile) }
            let t = try RawCSV.read(root, dataFile, options: dataOptions)
            let names = try RawCSV.column(t, "Country Name", file: dataFile)
            let codes = try RawCSV.column(t, "Country Code", file: dataFile)
            let ind = try RawCSV.column(t, "Indicator Code", file: dataFile)
            var yearCols: [(Int, [String?])] = []
            for y in panelYears where t.hasColumn(String(y)) {
                yearCols.append((y, try RawCSV.column(t, String(y), file: dataFile)))
            }
            var seen = Set<CountryYear>()
            for i in 0..<t.rowCount {
                let line = RawCSV.line(i, skip: 4)
                guard ind[i] == code else {
                    throw .invalid(file: dataFile, line: line, message: "indicator code '\(ind[i] ?? "")' where \(code) was expected.")
                }
                let wbCode = codes[i] ?? ""
                let isEconomy: Bool
                if let listed = region[wbCode] {
                    isEconomy = listed
                } else if let c = try? registry.resolve(code: wbCode), c.kind == .aggregate {
                    // e.g. INX "Not classified": absent from the metadata, an aggregate in the registry.
                    isEconomy = false
                } else {
                    throw .invalid(file: dataFile, line: line, message: "country code '\(wbCode)' is not in \(metaFile), so it cannot be classified as economy or aggregate.")
                }
                if !isEconomy {
                    aggregates.insert(wbCode)
                    imp.exclude(Exclusion(source: imp.source.rawValue, name: CountryRegistry.trimmed(names[i] ?? wbCode), code: wbCode,
                                          reason: "World Bank aggregate (empty Region in the country metadata)"))
                    continue
                }
                guard let c = try EntityRule.resolve(name: names[i], code: wbCode, registry: registry, into: &imp, file: dataFile, line: line) else { continue }
                economies[c.iso3] = wbCode
                for (y, col) in yearCols {
                    let key = CountryYear(iso3: c.iso3, year: y)
                    if !seen.insert(key).inserted {
                        throw .duplicate(file: dataFile, line: line, iso3: c.iso3, year: y, variable: variable)
                    }
                    if imp.values[key] == nil { imp.values[key] = [:] }
                    try imp.set(key, variable, try RawCSV.number(col[i], file: dataFile, line: line, column: String(y)).map(PanelValue.number),
                                file: dataFile, line: line)
                }
            }
        }
        for (iso3, wbCode) in economies.sorted(by: { $0.key < $1.key }) {
            guard let entry = classification[wbCode] else { continue }
            for y in panelYears {
                let key = CountryYear(iso3: iso3, year: y)
                try imp.set(key, "wb_region", entry.region.map(PanelValue.text), file: classificationFile ?? folder, line: 0)
                try imp.set(key, "wb_income", entry.income.map(PanelValue.text), file: classificationFile ?? folder, line: 0)
            }
        }
        imp.note("wb_region and wb_income: the World Bank's CURRENT classification (Region, IncomeGroup of \(classificationFile ?? "the country metadata")), repeated in every year; it is not the historical classification of each year. \(economies.count) economies; an empty IncomeGroup stays missing.")
        imp.note("4 junk lines skipped, BOM and trailing empty column dropped; \(aggregates.count) aggregates removed (empty Region in Metadata_Country_*.csv).")
        imp.finish()
        return imp
    }
}
