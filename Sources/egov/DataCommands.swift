// `egov data build|list|show|validate`: the embedded panel from the command line.

import ArgumentParser
import EGovParadox
import Foundation

/// Writes `message` to standard error (the only output of a failed command).
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
}

struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Build, list, show and validate the country-year panel.",
        subcommands: [DataBuild.self, DataList.self, DataShow.self, DataValidate.self, DataMerge.self, DataBoundaries.self]
    )
}

/// `--data FILE`: a user's panel CSV instead of the embedded one.
struct DataFileOption: ParsableArguments {
    @Option(name: .long, help: "A panel CSV, or a dataset manifest (.json) beside its CSV, to use instead of the embedded panel.")
    var data: String?

    func load() throws -> PanelDataset {
        let dataset: PanelDataset
        do {
            if let data { dataset = try PanelLoader.load(file: URL(fileURLWithPath: data)) } else { dataset = try PanelDataset.load() }
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        return try Self.checked(dataset, isEmbedded: data == nil)
    }
}

struct DataBuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build panel.csv, manifest.json and README.md from the raw source files."
    )

    @Option(name: .long, help: "Folder with the raw sources (see SOURCES.md there), e.g. ../shared/data/raw.")
    var raw: String
    @Option(name: .long, help: "Output folder (default: Datasets).")
    var out: String = "Datasets"
    @Flag(name: .long, help: "Replace panel.csv, manifest.json and README.md in --out even when they were not written by egov.")
    var force = false
    @OptionGroup var format: FormatOption

    /// The files of `--out` this build would replace although egov did not write them:
    /// a folder whose manifest.json is not a panel manifest is someone else's.
    func foreignFiles() -> [String] {
        let dir = URL(fileURLWithPath: out)
        let names = [PanelBuilder.dataFileName, PanelBuilder.manifestFileName, PanelBuilder.readmeFileName]
        let existing = names.filter { FileManager.default.fileExists(atPath: dir.appendingPathComponent($0).path) }
        guard !existing.isEmpty else { return [] }
        if let data = FileManager.default.contents(atPath: dir.appendingPathComponent(PanelBuilder.manifestFileName).path),
           (try? PanelManifest.decode(data, source: PanelBuilder.manifestFileName)) != nil {
            return []
        }
        return existing
    }

    func validate() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: raw, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("--raw \(raw): no such folder.")
        }
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("--out \(out): no such folder; create it first.")
        }
    }

    func run() throws {
        let foreign = foreignFiles()
        if !force, !foreign.isEmpty {
            printError("\(out) holds \(foreign.joined(separator: ", ")), not written by egov data build (no panel manifest.json beside them); "
                       + "egov never overwrites a file it did not create: pass --force to replace them, or choose another --out")
            throw ExitCode(1)
        }
        let result: PanelBuildResult
        do {
            result = try PanelBuilder.build(raw: URL(fileURLWithPath: raw))
            try PanelBuilder.write(result, to: URL(fileURLWithPath: out))
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        let r = result.report
        var notes = ["\(r.rows) rows, \(r.countries) countries and territories, years 1996-2025; written to \(out)/panel.csv, manifest.json, README.md."]
        var bySource: [String: Int] = [:]
        for e in r.exclusions { bySource[e.source, default: 0] += 1 }
        notes.append("Excluded entities (listed with reasons in manifest.json and README.md): "
                     + bySource.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ".")
        notes += r.notes.map { "[\($0.source)] \($0.note)" }
        let table = ResultTable(
            title: "PanelDataset build: coverage per variable",
            columns: [TableColumn("variable", alignment: .left), TableColumn("source", alignment: .left),
                      TableColumn("years", alignment: .left), TableColumn("countries"), TableColumn("non_missing")],
            rows: r.variables.filter { $0.source != nil }.map {
                [.text($0.name), .text($0.source ?? ""), .text(yearSpan($0.years)), .integer($0.countries), .integer($0.nonMissing)]
            },
            notes: notes)
        print(table.rendered(as: format.format), terminator: "")
    }
}

func yearSpan(_ years: [Int]) -> String {
    guard let a = years.first, let b = years.last else { return "" }
    return a == b ? "\(a)" : "\(a)-\(b) (\(years.count))"
}

struct DataList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the panel's variables with their coverage.")
    @OptionGroup var dataFile: DataFileOption
    @OptionGroup var format: FormatOption
    @OptionGroup var output: TableOutputOption

    func run() throws {
        let panel = try dataFile.load()
        var rows: [[TableCell]] = []
        let t = panel.table
        let iso = (try? t.column(named: "iso3"))?.textValues ?? []
        let yearValues = (try? t.numeric("year"))?.optionalValues ?? []
        for c in t.columns {
            let label = panel.manifest?.variable(named: c.name)?.label ?? PanelVariables.variable(named: c.name)?.label ?? ""
            var years = Set<Int>(), countries = Set<String>(), n = 0
            for (i, m) in c.isMissing.enumerated() where !m {
                n += 1
                if i < yearValues.count, let y = yearValues[i].flatMap({ Int(exactly: $0) }) { years.insert(y) }  // checked: Int(exactly:)
                if i < iso.count, let code = iso[i] { countries.insert(code) }
            }
            rows.append([.text(c.name), .text(label), .text(yearSpan(years.sorted())), .integer(countries.count), .integer(n)])
        }
        var notes = ["\(t.rowCount) rows; source: \(dataFile.data ?? "embedded panel")."]
        notes += panel.warnings
        let table = ResultTable(title: "PanelDataset variables",
                                columns: [TableColumn("variable", alignment: .left), TableColumn("label", alignment: .left),
                                          TableColumn("years", alignment: .left), TableColumn("countries"), TableColumn("non_missing")],
                                rows: rows, notes: notes)
        try output.emit(table.rendered(as: format.format))
    }
}

enum ShowLayout: String, CaseIterable, ExpressibleByArgument { case wide, long }

struct DataShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show variables for some countries or rows, e.g. --country KAZ,EST --vars egdi_rank,wgi_cc_pct.",
        discussion: """
        Select rows with --country (ISO3 codes, names, or groups: post-Soviet, Baltic, Eastern Europe, \
        South Caucasus, Central Asia, a World Bank region such as "Europe & Central Asia" or an income group \
        such as "Upper middle income"), with --where, or both; --years takes years and ranges, e.g. 2022,2024 or 2008-2012,2024.
          egov data show --country "Central Asia" --vars egdi_rank --years 2022,2024
          egov data show --where "year == 2022 && wgi_cc > 1.5" --vars egdi,wgi_cc
        """)

    @Option(name: .long, help: "Comma-separated ISO3 codes, country names or group names (post-Soviet, Central Asia, a World Bank region or income group).")
    var country: String?
    @Option(name: .customLong("where"), help: "Rows to show, e.g. \"year == 2022 && post_soviet == 1\" (with or without --country).")
    var condition: String?
    @Option(name: .long, help: "Comma-separated variable names (see `egov data list`).")
    var vars: String
    @Option(name: .long, help: "Years and ranges, e.g. 2010, 2008-2024 or 2022,2024.")
    var years: String?
    @Option(name: .long, help: "wide: one row per country-year; long: one row per country-year-variable.")
    var layout: ShowLayout = .wide
    @OptionGroup var dataFile: DataFileOption
    @OptionGroup var format: FormatOption
    @OptionGroup var output: TableOutputOption

    var variableList: [String] { vars.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }

    static func resolveCountry(_ s: String) throws(RegistryError) -> Country {
        let reg = CountryRegistry.standard
        if let c = reg.country(iso3: s.uppercased()) { return c }
        if let c = try? reg.resolve(code: s) { return c }
        return try reg.resolve(name: s)
    }

    /// Years and ranges ("2022,2024", "2008-2012,2024"), nil when malformed.
    static func parseYears(_ s: String) -> [ClosedRange<Int>]? {
        var ranges: [ClosedRange<Int>] = []
        for item in s.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let a = Int(parts[0]), let b = Int(parts[parts.count - 1]), a <= b else { return nil }
            ranges.append(a...b)
        }
        return ranges.isEmpty ? nil : ranges
    }

    func validate() throws {
        if country == nil && condition == nil {
            throw ValidationError("give --country (codes, names or a group such as \"Central Asia\"), --where (e.g. \"year == 2022\"), or both.")
        }
        if variableList.isEmpty { throw ValidationError("--vars: give at least one variable, e.g. egdi_rank,wgi_cc_pct.") }
        if let country, country.split(separator: ",").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("--country: give at least one ISO3 code, name or group, e.g. KAZ,EST or \"Central Asia\".")
        }
        // Countries and groups (World Bank regions come from the data) are resolved in run().
        if let condition {
            do { _ = try RowFilter.parse(condition) } catch { throw ValidationError("--where: \(error.description)") }
        }
        if dataFile.data == nil {
            let known = PanelVariables.all.map(\.name)
            for v in variableList where !known.contains(v) {
                let s = nearestNames(to: v, in: known)
                throw ValidationError("--vars: unknown variable '\(v)'" + (s.isEmpty ? "" : "; did you mean \(s.joined(separator: ", "))?")
                                      + " (`egov data list` lists them).")
            }
        }
        if let years, Self.parseYears(years) == nil {
            throw ValidationError("--years '\(years)': write years and ranges, e.g. 2010, 2008-2024 or 2022,2024.")
        }
    }

    func run() throws {
        let data = try AnalysisRows(dataFile, where: condition)
        let t = data.table
        var cols: [Column] = []
        do {
            for v in variableList { cols.append(try t.column(named: v)) }
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        var codes: [String]? = nil
        if let country {
            do { codes = try CountrySelection(country, table: t).codes } catch {
                printError("--country: \(error.description)")
                throw ExitCode(64)
            }
        }
        let iso = (try? t.column(named: "iso3"))?.textValues ?? []
        let names = (try? t.column(named: "country"))?.textValues ?? []
        let yearValues = (try? t.numeric("year"))?.optionalValues ?? []
        guard !iso.isEmpty || t.rowCount == 0, !yearValues.isEmpty || t.rowCount == 0 else {
            printError("the panel has no iso3 or no numeric year column.")
            throw ExitCode(1)
        }
        let ranges = years.flatMap(Self.parseYears)
        let cellsByCol = cols.map { col -> [TableCell] in
            switch col {
            case .numeric(let c): return c.optionalValues.map { TableCell.number($0, .significant(6)) }
            case .text(let c): return c.values.map { $0.map(TableCell.text) ?? .missing }
            }
        }
        // Rows in the order of --country (then data order), or data order with --where alone.
        var order: [Int] = []
        if let codes {
            var rowsOf: [String: [Int]] = [:]
            for i in iso.indices { if let c = iso[i] { rowsOf[c, default: []].append(i) } }
            for c in codes { order += rowsOf[c] ?? [] }
        } else {
            order = Array(iso.indices)
        }
        var rows: [[TableCell]] = []
        let present = Set(iso.compactMap { $0 })
        var absent = (codes ?? []).filter { !present.contains($0) }
        var dropped = 0
        for i in order {
            guard let y = yearValues[i], let code = iso[i] else { continue }
            if let ranges, !ranges.contains(where: { r in Int(exactly: y).map { r.contains($0) } ?? false }) { continue }  // checked: Int(exactly:)
            let cells = cellsByCol.map { $0[i] }
            if cells.allSatisfy({ $0 == .missing }) { dropped += 1; continue }
            let yearCell: TableCell = abs(y) < 1e9 && y == y.rounded() ? .integer(Int(y)) : .number(y, .significant(6))  // checked: |y| < 1e9, whole
            let id: [TableCell] = [.text(code), .text(names.isEmpty ? "" : names[i] ?? ""), yearCell]
            switch layout {
            case .wide: rows.append(id + cells)
            case .long:
                for (j, v) in variableList.enumerated() { rows.append(id + [.text(v), cells[j]]) }
            }
        }
        absent.sort()
        if let codes, !absent.isEmpty && absent.count == codes.count {
            printError("none of \(absent.joined(separator: ", ")) is in the \(condition == nil ? "panel" : "rows selected by --where").")
            throw ExitCode(1)
        }
        var notes = data.notes
        if dropped > 0 { notes.append("\(dropped) country-years where every selected variable is missing are not shown.") }
        if !absent.isEmpty { notes.append("Not in the \(condition == nil ? "panel" : "rows selected by --where"): \(absent.joined(separator: ", ")).") }
        let idCols = [TableColumn("iso3", alignment: .left), TableColumn("country", alignment: .left), TableColumn("year")]
        let columns = layout == .wide ? idCols + variableList.map { TableColumn($0) }
                                      : idCols + [TableColumn("variable", alignment: .left), TableColumn("value")]
        try output.emit(ResultTable(title: nil, columns: columns, rows: rows, notes: notes).rendered(as: format.format))
    }
}

struct DataValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check ranges, duplicate country-years and unknown countries; exit 1 on any error.")

    @Argument(help: "A panel CSV or dataset manifest .json (default: the embedded panel); same as --data FILE.")
    var file: String?
    @OptionGroup var dataFile: DataFileOption
    @OptionGroup var format: FormatOption
    @OptionGroup var output: TableOutputOption

    /// The file to check: FILE or --data FILE (every command takes --data).
    var path: String? { dataFile.data ?? file }

    func validate() throws {
        if let file, let data = dataFile.data, file != data {
            throw ValidationError("give the file once, as FILE or as --data FILE, not two different files (\(file), \(data))")
        }
    }

    func run() throws {
        let panel: PanelDataset
        do {
            if let path { panel = try PanelLoader.load(file: URL(fileURLWithPath: path)) } else { panel = try PanelDataset.load() }
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        let issues = PanelValidator.validate(panel.table)
        let errors = issues.filter { $0.severity == .error }.count
        let notes = issues.count - errors
        let table = ResultTable(
            title: "Validation of \(path ?? "the embedded panel")",
            columns: [TableColumn("severity", alignment: .left), TableColumn("row"), TableColumn("iso3", alignment: .left),
                      TableColumn("year"), TableColumn("variable", alignment: .left), TableColumn("value"),
                      TableColumn("message", alignment: .left)],
            rows: issues.map { i in
                [.text(i.severity.rawValue), i.row.map(TableCell.integer) ?? .missing, i.iso3.map(TableCell.text) ?? .missing,
                 i.year.map(TableCell.integer) ?? .missing, i.variable.map(TableCell.text) ?? .missing,
                 i.value.map(TableCell.text) ?? .missing, .text(i.message)]
            },
            notes: ["\(panel.table.rowCount) rows checked: \(errors) errors, \(notes) notes."])
        try output.emit(table.rendered(as: format.format))
        if errors > 0 {
            printError("validation failed: \(errors) error\(errors == 1 ? "" : "s") (listed above).")
            throw ExitCode(1)
        }
    }
}

struct DataMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Add your own indicators (a CSV of iso3 or country, year, variables) to the panel and write the result.",
        discussion: """
        Every panel row is kept; your rows fill their country-year, and country-years the panel \
        lacks are appended. Countries are matched by code or by any spelling the registry knows. \
        Analyse the result with --data, e.g. egov regress 'wgi_cc ~ my_index + egdi' --data merged.csv.
        """)

    @Argument(help: "Your CSV: an iso3 (or country) column, a year column and your variables.")
    var file: String
    @OptionGroup var dataFile: DataFileOption
    @Option(name: .long, help: "The merged CSV to write (refuses to replace an existing file without --force).")
    var out: String
    @Flag(name: .long, help: "Use your column instead of the panel's when both have a variable of that name.")
    var replace = false
    @Flag(name: .long, help: "Replace --out if it exists.")
    var force = false

    func run() throws {
        let panel = try dataFile.load()
        let mine: PanelDataset
        do { mine = try PanelLoader.load(file: URL(fileURLWithPath: file)) } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        let merged: (table: Table, summary: PanelMergeSummary)
        do {
            merged = try PanelMerge.merge(mine.table, into: panel.table, source: file, replace: replace)
            try CSVWriter.write(merged.table, to: URL(fileURLWithPath: out), overwrite: force ? .replace : .refuseExisting)
        } catch let e as PanelMergeError {
            printError(e.description)
            throw ExitCode(1)
        } catch let e as AtomicFileError {
            if case .fileExists = e {
                printError("--out \(out) exists; egov never overwrites a file it did not create: pass --force to replace it, or choose another name.")
            } else {
                printError("--out \(out): \(e.description)")
            }
            throw ExitCode(1)
        }
        let s = merged.summary
        print("wrote \(out): \(merged.table.rowCount) rows, \(merged.table.columnCount) columns")
        print("added: \(s.variables.joined(separator: ", "))" + (s.replaced.isEmpty ? "" : " (replacing the panel's \(s.replaced.joined(separator: ", ")))"))
        print("your rows: \(s.matchedRows) matched a panel country-year, \(s.appendedRows) appended")
        if !s.resolvedNames.isEmpty { print("names matched: \(s.resolvedNames.joined(separator: ", "))") }
    }
}
