// `egov describe`: descriptive statistics per variable.

import ArgumentParser
import EGovParadox
import Foundation

struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "n, mean, sd, min, quartiles, max, skewness, kurtosis and lag-1 autocorrelation per variable.",
        discussion: """
        Rows with a missing value in any of --vars are dropped (listwise, reported), so every \
        variable is described on the same rows. Quartiles are R's type 7; sd has denominator n - 1; \
        skewness and excess kurtosis are G1/G2 (SAS, SPSS); acf1 pools, over countries, the products of \
        successive observations of the same country in year order.
        """
    )

    @OptionGroup var dataFile: DataFileOption
    @Option(name: .long, help: "Comma-separated variables, e.g. egdi,wgi_cc.") var vars: String
    @Option(name: .customLong("where"), help: "Rows to use, e.g. \"post_soviet == 1\".") var condition: String?
    @Option(name: .long, help: "Describe each group of this variable separately, e.g. subregion or wb_region (rows where it is missing are left out and counted).")
    var by: String?
    @OptionGroup var format: FormatOption
    @OptionGroup var output: TableOutputOption

    var variableList: [String] { CorrelateCommand.list(vars) }

    func validate() throws {
        if variableList.isEmpty { throw ValidationError("--vars: give at least one variable, e.g. egdi,wgi_cc.") }
        if let condition {
            do { _ = try RowFilter.parse(condition) } catch { throw ValidationError("--where: \(error.description)") }
        }
    }

    func run() throws {
        try output.checkBeforeWork()
        let data = try AnalysisRows(dataFile, where: condition)
        let names = variableList
        var columns: [[Double?]] = []
        for v in names { columns.append(try data.numeric(v, option: "--vars")) }
        let (rows, dropNote) = data.listwise(columns, names: names)
        try data.requireRows(rows.count, needed: 1, columns: columns, names: names)
        // Time order within each country for acf1: sort the kept rows by (country, year).
        let countries = data.countries
        let yearColumn = try? data.table.numeric("year")
        let ordered: [Int]
        if !data.table.hasColumn("iso3") && !data.table.hasColumn("country") && yearColumn == nil {
            // Every key is ("", 0): the order is the row order, which `rows` already has.
            ordered = rows
        } else {
            let years = yearColumn?.optionalValues ?? [Double?](repeating: nil, count: data.table.rowCount)
            ordered = rows.sorted {
                let a = countries[$0] ?? "", b = countries[$1] ?? ""
                if a != b { return a < b }
                return (years[$0] ?? 0, $0) < (years[$1] ?? 0, $1)
            }
        }
        let groups = ordered.map { countries[$0] ?? "" }
        // --by: the level of each kept row, and the levels in their display order.
        var levelOf: [Int: String] = [:]
        var levels: [String?] = [nil]
        var byNote: String? = nil
        if let by {
            guard data.table.hasColumn(by) else {
                let s = nearestNames(to: by, in: data.table.columnNames)
                printError("--by: unknown variable '\(by)'" + (s.isEmpty ? "" : "; did you mean \(s.joined(separator: ", "))?") + " (`egov data list` lists them)")
                throw ExitCode(64)
            }
            let column = (try? data.table.column(named: by))
            var numericLevels: [String: Double] = [:]
            for i in ordered {
                switch column {
                case .text(let c)?: if let v = c.values[i], !v.isEmpty { levelOf[i] = v }
                case .numeric(let c)?:
                    if let v = c.optionalValues[i] { let label = shortestDecimalText(v); levelOf[i] = label; numericLevels[label] = v }
                case nil: break
                }
            }
            let distinct = Set(levelOf.values)
            levels = (numericLevels.isEmpty ? distinct.sorted() : distinct.sorted { (numericLevels[$0] ?? 0) < (numericLevels[$1] ?? 0) }).map { Optional($0) }
            let missing = ordered.count - levelOf.count
            if missing > 0 { byNote = "\(missing) complete rows with \(by) missing are in no group" }
            if levels.isEmpty {
                printError("--by \(by): no kept row has a value of \(by); check --where and the variable")
                throw ExitCode(1)
            }
        }
        var summaries: [(String, String?, Summary, Double)] = []
        for (j, v) in names.enumerated() {
            for level in levels {
                let rowsHere = level == nil ? ordered.indices.map { $0 } : ordered.indices.filter { levelOf[ordered[$0]] == level }
                let values = rowsHere.compactMap { columns[j][ordered[$0]] }
                do {
                    let s = try Summary(values)
                    summaries.append((v, level, s, Correlation.pooledLag1Autocorrelation(values, groups: rowsHere.map { groups[$0] })))
                } catch {
                    printError("--vars \(v)\(level.map { " (\(by ?? "") = \($0))" } ?? ""): \(error.description)" + (values.isEmpty ? " (no complete rows; check --where and missing values)" : ""))
                    throw ExitCode(1)
                }
            }
        }
        var notes = data.notes
        if let dropNote { notes.append(dropNote) }
        if let byNote { notes.append(byNote) }
        notes.append("q1, median, q3: quantiles of type 7 (R's default); sd with denominator n - 1; skewness, kurtosis: G1, G2 (excess)")
        notes.append("acf1: lag-1 autocorrelation sum_i sum_t (y_it - m)(y_i,t-1 - m) / sum (y - m)^2 over successive observations of the same country in year order (m the overall mean); R's acf for one country")
        func stats(_ s: Summary, _ acf: Double) -> JSONValue {
            .object([("n", .integer(s.n)), ("mean", .number(s.mean)), ("sd", .number(s.sd)), ("min", .number(s.min)),
                     ("q1", .number(s.q1)), ("median", .number(s.median)), ("q3", .number(s.q3)), ("max", .number(s.max)),
                     ("skewness", .number(s.skewness)), ("kurtosis", .number(s.kurtosis)), ("acf1", .number(acf))])
        }
        if format.format == .json {
            // Without --by: {variable: stats}; with --by: {variable: {level: stats}}, levels in display order.
            var list: [(String, JSONValue)] = []
            for v in names {
                let mine = summaries.filter { $0.0 == v }
                if by == nil, let first = mine.first {
                    list.append((v, stats(first.2, first.3)))
                } else {
                    list.append((v, .object(mine.map { ($0.1 ?? "", stats($0.2, $0.3)) })))
                }
            }
            try output.emit(JSONValue.object(list).serialized() + "\n")
            return
        }
        let keys = ["n", "mean", "sd", "min", "q1", "median", "q3", "max", "skewness", "kurtosis", "acf1"]
        let groupColumns = by.map { [TableColumn($0, alignment: .left)] } ?? []
        let table = ResultTable(
            title: nil,
            columns: [TableColumn("variable", alignment: .left)] + groupColumns + keys.map { TableColumn($0) },
            rows: summaries.map { v, level, s, acf in
                [.text(v)] + (by == nil ? [] : [.text(level ?? "")]) + [.integer(s.n)]
                    + [s.mean, s.sd, s.min, s.q1, s.median, s.q3, s.max, s.skewness, s.kurtosis, acf]
                    .map { TableCell.number($0.isFinite ? $0 : nil, .significant(6)) }
            },
            notes: notes)
        try output.emit(table.rendered(as: format.format))
    }
}
