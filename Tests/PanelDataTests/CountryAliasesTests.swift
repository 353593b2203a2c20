import Foundation
import Testing
@testable import PanelData

/// The data table itself, and (when the raw sources are present) every name and code
/// of every raw file resolved through it.
@Suite struct CountryAliasesTests {
    @Test func tableIsSortedOneEntityPerCodeAndUnambiguous() {
        let codes = CountryRecord.table.map(\.country.iso3)
        #expect(codes == codes.sorted())
        #expect(Set(codes).count == codes.count)
        #expect(CountryRegistry.standard.tableConflicts.isEmpty, "\(CountryRegistry.standard.tableConflicts)")
        for record in CountryRecord.table {
            #expect(record.country.iso3.unicodeScalars.count == 3, "\(record.country)")
            #expect(record.country.iso3 == record.country.iso3.uppercased(), "\(record.country)")
            // Disputed/sub-national entities have no ISO code, so they all carry pseudo-codes.
            if record.country.kind == .subnationalOrDisputed {
                #expect(record.country.hasPseudoCode, "\(record.country)")
            }
            if record.country.hasPseudoCode {
                #expect(record.country.kind != .sovereign && record.country.kind != .territory, "\(record.country)")
            }
        }
    }

    @Test func everySpellingResolvesToItsOwnEntity() throws {
        let registry = CountryRegistry.standard
        for record in CountryRecord.table {
            for spelling in [record.country.name] + record.aliases {
                #expect(try registry.resolve(name: spelling) == record.country, "\(spelling)")
            }
            for code in [record.country.iso3] + record.codes {
                #expect(try registry.resolve(code: code) == record.country, "\(code)")
            }
        }
    }

    @Test(.enabled(if: RawData.directory != nil,
                   "raw data folder not found (../shared/data/raw from the package root, or /work/shared/data/raw)"))
    func everyNameAndCodeOfTheRawFilesResolves() throws {
        let raw = try #require(RawData.directory)
        let registry = CountryRegistry.standard
        var problems = Set<String>()
        var checked = 0
        for observation in try RawData.observations(in: raw) {
            checked += 1
            var byName: Country?
            var byCode: Country?
            if let name = observation.name {
                do { byName = try registry.resolve(name: name, source: observation.source) } catch {
                    problems.insert(error.description)
                }
            }
            if let code = observation.code {
                do { byCode = try registry.resolve(code: code, source: observation.source) } catch {
                    problems.insert(error.description)
                }
            }
            if let byName, let byCode, byName != byCode {
                problems.insert("\(observation.source): '\(observation.name ?? "")' is \(byName) but '\(observation.code ?? "")' is \(byCode)")
            }
            if let isAggregate = observation.isAggregate, let entity = byCode ?? byName,
               isAggregate != (entity.kind == .aggregate) {
                problems.insert("\(observation.source): \(entity) kind \(entity.kind), WDI Region says aggregate=\(isAggregate)")
            }
        }
        #expect(checked > 10_000)
        #expect(problems.isEmpty, "\(problems.sorted().joined(separator: "\n"))")
    }
}

/// Reads the country columns of the raw files listed in ../shared/data/raw/SOURCES.md
/// (the same selection as scripts/country_registry/raw_names.py, except the Freedom
/// House 1973-2024 workbook, which only the Python checker reads).
enum RawData {
    struct Observation {
        var source: String
        var name: String?
        var code: String?
        /// From WDI Metadata_Country: true when Region is empty.
        var isAggregate: Bool?
    }

    static let directory: URL? = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [packageRoot.appendingPathComponent("../shared/data/raw").standardizedFileURL,
                          URL(fileURLWithPath: "/work/shared/data/raw")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("SOURCES.md").path) }
    }()

    static func observations(in raw: URL) throws -> [Observation] {
        var result: [Observation] = []
        func files(_ folder: String, prefix: String = "", suffix: String = ".csv") throws -> [URL] {
            let dir = raw.appendingPathComponent(folder)
            return try FileManager.default.contentsOfDirectory(atPath: dir.path)
                .filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }.sorted()
                .map { dir.appendingPathComponent($0) }
        }
        func add(_ url: URL, skip: Int = 0, name: String?, code: String?, region: String? = nil,
                 keep: ([String: String]) -> Bool = { _ in true }) throws {
            let source = url.pathComponents.suffix(2).joined(separator: "/")
            for row in try rows(of: url, skip: skip) where keep(row) {
                result.append(Observation(source: source, name: name.flatMap { row[$0] }, code: code.flatMap { row[$0] },
                                          isAggregate: region.flatMap { row[$0] }.map { $0.trimmingCharacters(in: .whitespaces).isEmpty }))
            }
        }
        for url in try files("un_egov/un_datacenter") { try add(url, name: "Country Name", code: nil) }
        try add(raw.appendingPathComponent("un_egov/thirdparty_2024/EGOV_DATA_2024.csv"), name: "Country", code: nil)
        try add(raw.appendingPathComponent("un_egov/thirdparty_2024/EGOV_MERGED_2005_2024.csv"), name: "Country Name", code: nil)
        for url in try files("un_egov/unu_egov_iso3") { try add(url, name: "country-name", code: "country-code") }
        try add(raw.appendingPathComponent("un_egov/EGOV_country_names_to_iso3__derived.csv"), name: "un_egov_country_name", code: "iso3")
        try add(raw.appendingPathComponent("wgi/wgidataset__full_precision__converted.csv"), name: "countryname", code: "code")
        for url in try files("ti_cpi", suffix: "converted.csv") { try add(url, name: "Country / Territory", code: "ISO3") }
        for url in try files("ti_cpi/legacy_datahub", prefix: "CPI") { try add(url, name: "Jurisdiction", code: nil) }
        try add(raw.appendingPathComponent("ti_cpi/legacy_datahub/cpi.csv"), name: "country", code: nil)
        for url in try files("wdi", prefix: "API_") { try add(url, skip: 4, name: "Country Name", code: "Country Code") }
        for url in try files("wdi", prefix: "Metadata_Country") {
            try add(url, name: "TableName", code: "Country Code", region: "Region")
        }
        try add(raw.appendingPathComponent("freedom_house/All_data_FIW_2013-2024__FIW13-24__converted.csv"),
                name: "Country/Territory", code: nil)
        // Rows with country_name NA are the uploader's WDI join, not V-Dem countries.
        try add(raw.appendingPathComponent("vdem/vdem3.csv"), name: "country_name", code: "country_text_id") {
            $0["country_name"] != "NA"
        }
        // The 2025 block ends with summary rows whose "country_code" is a number.
        try add(raw.appendingPathComponent("gtmi/gtmi2025__converted_from_rda.csv"), name: "country_name", code: "country_code") {
            ($0["country_code"] ?? "").unicodeScalars.allSatisfy { $0.properties.isUppercase } && $0["country_code"]?.count == 3
        }
        return result
    }

    /// Header-keyed rows of a CSV file (RFC 4180 quoting). ti_cpi/legacy_datahub/cpi.csv
    /// is Windows-1252, everything else UTF-8 (some with a BOM).
    static func rows(of url: URL, skip: Int) throws -> [[String: String]] {
        let data = try Data(contentsOf: url)
        guard var text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else { return [] }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records = parse(text)
        records.removeFirst(min(skip, records.count))
        guard let header = records.first else { return [] }
        return records.dropFirst().filter { $0 != [""] }.map { record in
            var row: [String: String] = [:]
            for (key, value) in zip(header, record) { row[key] = value }
            return row
        }
    }

    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = scalars.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", let next = scalars.next(), next != "\n" { pending = next }
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
