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
        let years = (try? data.table.numeric("year"))?.optionalValues ?? [Double?](repeating: nil, count: data.table.rowCount)
        let ordered = rows.sorted {
            let a = countries[$0] ?? "", b = countries[$1] ?? ""
            if a != b { return a < b }
            return (years[$0] ?? 0, $0) < (years[$1] ?? 0, $1)
        }
        let groups = ordered.map { countries[$0] ?? "" }
        var summaries: [(String, Summary, Double)] = []
        for (j, v) in names.enumerated() {
            let values = ordered.compactMap { columns[j][$0] }
            do {
                let s = try Summary(values)
                summaries.append((v, s, Correlation.pooledLag1Autocorrelation(values, groups: groups)))
            } catch {
                printError("--vars \(v): \(error.description)" + (values.isEmpty ? " (no complete rows; check --where and missing values)" : ""))
                throw ExitCode(1)
            }
        }
        var notes = data.notes
        if let dropNote { notes.append(dropNote) }
        notes.append("q1, median, q3: quantiles of type 7 (R's default); sd with denominator n - 1; skewness, kurtosis: G1, G2 (excess)")
        notes.append("acf1: lag-1 autocorrelation sum_i sum_t (y_it - m)(y_i,t-1 - m) / sum (y - m)^2 over successive observations of the same country in year order (m the overall mean); R's acf for one country")
        if format.format == .json {
            let list = summaries.map { v, s, acf -> (String, JSONValue) in
                (v, .object([("n", .integer(s.n)), ("mean", .number(s.mean)), ("sd", .number(s.sd)), ("min", .number(s.min)),
                             ("q1", .number(s.q1)), ("median", .number(s.median)), ("q3", .number(s.q3)), ("max", .number(s.max)),
                             ("skewness", .number(s.skewness)), ("kurtosis", .number(s.kurtosis)), ("acf1", .number(acf))]))
            }
            try output.emit(JSONValue.object(list).serialized() + "\n")
            return
        }
        let keys = ["n", "mean", "sd", "min", "q1", "median", "q3", "max", "skewness", "kurtosis", "acf1"]
        let table = ResultTable(
            title: nil,
            columns: [TableColumn("variable", alignment: .left)] + keys.map { TableColumn($0) },
            rows: summaries.map { v, s, acf in
                [.text(v), .integer(s.n)] + [s.mean, s.sd, s.min, s.q1, s.median, s.q3, s.max, s.skewness, s.kurtosis, acf]
                    .map { TableCell.number($0.isFinite ? $0 : nil, .significant(6)) }
            },
            notes: notes)
        try output.emit(table.rendered(as: format.format))
    }
}
