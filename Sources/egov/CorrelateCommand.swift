// `egov correlate`: a correlation test (or a matrix of them) on the panel.

import ArgumentParser
import EGovParadox
import Foundation

enum CorrelateMethodOption: String, CaseIterable, ExpressibleByArgument {
    case pearson, spearman, kendall
    var method: CorrelationMethod { CorrelationMethod(rawValue: rawValue) ?? .pearson }
}

enum ExactOption: String, CaseIterable, ExpressibleByArgument {
    case auto, yes, no
    var policy: ExactPolicy { ExactPolicy(rawValue: rawValue) ?? .auto }
}

enum AlternativeOption: String, CaseIterable, ExpressibleByArgument {
    case twoSided = "two-sided", greater, less
    var alternative: CorrelationAlternative { CorrelationAlternative(rawValue: rawValue) ?? .twoSided }
}

enum BootstrapCIOption: String, CaseIterable, ExpressibleByArgument {
    case bca, percentile, basic
    var method: BootstrapIntervalMethod { BootstrapIntervalMethod(rawValue: rawValue) ?? .bca }
    var intervalMethod: CorrelationIntervalMethod {
        switch self {
        case .bca: return .bootstrapBCa
        case .percentile: return .bootstrapPercentile
        case .basic: return .bootstrapBasic
        }
    }
}

enum AdjustOption: String, CaseIterable, ExpressibleByArgument {
    case holm, hochberg, hommel, bonferroni, BH, BY, none
    var adjustment: PValueAdjustment? { PValueAdjustment(rawValue: rawValue) }
}

/// The rows of the panel after `--where`, with the checks every analysis command needs:
/// unknown or text variables are argument errors (exit 64) naming the nearest names, and
/// listwise deletion is reported.
struct AnalysisRows {
    var table: Table
    var notes: [String] = []
    /// The file name of --data, or "the embedded panel" (for messages).
    var source: String
    /// Rows before --where, and the condition (nil without --where).
    var totalRows: Int
    var condition: String?

    init(_ option: DataFileOption, where condition: String?) throws {
        let panel = try option.load()
        table = panel.table
        notes = panel.warnings
        source = option.data.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "the embedded panel"
        totalRows = table.rowCount
        self.condition = condition
        guard let condition else { return }
        do {
            let mask = try RowFilter.parse(condition).evaluate(on: table)
            table = try table.filter(rows: mask)
        } catch let e as FilterError {
            // An unknown name with no close match still says where to look.
            let help = e.hint == nil && e.message.hasPrefix("unknown variable") ? "; `egov data list --data FILE` lists the variables" : ""
            printError("--where: \(e.description)\(help)")
            throw ExitCode(64)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        notes.append("rows with \(condition): \(table.rowCount)")
    }

    /// The numeric column `name` (missing as nil); exit 64 with suggestions when unknown.
    func numeric(_ name: String, option: String) throws -> [Double?] {
        guard table.hasColumn(name) else {
            let s = nearestNames(to: name, in: table.columnNames)
            printError("\(option): unknown variable '\(name)'" + (s.isEmpty ? "" : "; did you mean \(s.joined(separator: ", "))?")
                       + " (`egov data list` lists them)")
            throw ExitCode(64)
        }
        do { return try table.numeric(name).optionalValues } catch {
            printError("\(option) \(name): \(error.description)")
            throw ExitCode(64)
        }
    }

    /// Exits 1 when fewer than `needed` rows have every one of `columns`, with what went
    /// wrong (no data rows, a --where that kept nothing, or which variables are missing how
    /// often), where (the file, the variables) and how to fix it.
    func requireRows(_ kept: Int, needed: Int, columns: [[Double?]], names: [String]) throws {
        guard kept < needed else { return }
        let message: String
        if totalRows == 0 {
            message = "\(source) has no data rows (only a header line?); add data rows or check the file given with --data"
        } else if table.rowCount == 0, let condition {
            message = "--where \(condition) kept none of the \(totalRows) rows of \(source); loosen the condition"
        } else {
            let missing = zip(names, columns)
                .map { name, column in (name, column.filter { $0.map(\.isFinite) != true }.count) }
                .filter { $0.1 > 0 }
            let rows = "rows of \(source)" + (condition == nil ? "" : " selected by --where")
            let all = names.count == 1 ? "it" : "every one of them"
            var m = "\(names.joined(separator: ", ")): " + (kept == 0
                ? "none of the \(table.rowCount) \(rows) has a value for \(all)"
                : "\(kept) of the \(table.rowCount) \(rows) have a value for \(all), fewer than the \(needed) needed")
            if !missing.isEmpty {
                m += " (missing: " + missing.map { "\($0.0) in \($0.1 == table.rowCount ? "all \($0.1)" : String($0.1)) rows" }
                    .joined(separator: ", ") + ")"
            }
            message = m + "; choose variables with more data" + (condition == nil ? "" : " or loosen --where")
        }
        printError(message)
        throw ExitCode(1)
    }

    /// Country code (or name) of each row, if the table has one.
    var countries: [String?] {
        if let c = try? table.column(named: "iso3") { return c.textValues }
        if let c = try? table.column(named: "country") { return c.textValues }
        return [String?](repeating: nil, count: table.rowCount)
    }

    /// Rows where every column has a value, and a note on the rows dropped.
    func listwise(_ columns: [[Double?]], names: [String]) -> (rows: [Int], note: String?) {
        var kept: [Int] = [], dropped: [Int] = []
        for i in 0..<table.rowCount {
            if columns.allSatisfy({ $0[i].map(\.isFinite) ?? false }) { kept.append(i) } else { dropped.append(i) }
        }
        guard !dropped.isEmpty else { return (kept, nil) }
        let codes = countries
        var seen: [String] = []
        for i in dropped { if let c = codes[i], !seen.contains(c) { seen.append(c) } }
        var note = "listwise deletion: \(dropped.count) of \(table.rowCount) rows dropped for missing \(names.joined(separator: ", "))"
        if !seen.isEmpty && seen.count <= 12 { note += " (\(seen.joined(separator: ", ")))" } else if !seen.isEmpty { note += " (\(seen.count) countries)" }
        return (kept, note)
    }
}

/// Shows "bootstrap 1200/9999" on stderr when it is a terminal and the run lasts over a second.
final class TerminalProgress: @unchecked Sendable {
    private let label: String
    private let start = Date()
    private var shown = false
    private let enabled = isatty(2) == 1

    init(_ label: String) { self.label = label }

    func update(_ done: Int, _ total: Int) {
        guard enabled, Date().timeIntervalSince(start) > 1 || shown else { return }
        shown = true
        FileHandle.standardError.write(Data("\r\(label) \(done)/\(total)".utf8))
        if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

struct CorrelateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correlate",
        abstract: "Test a correlation (Pearson, Spearman, Kendall; partial; bootstrap or permutation), or a matrix of them.",
        discussion: """
        Pair mode: --x a --y b. Matrix mode: --vars a,b,c (pairwise-complete n, optional --adjust). \
        Spearman p-values are exact for n <= 10 (every permutation enumerated, ties allowed); Kendall exact without ties \
        for n < 50 (auto) or n <= 500 (--exact yes); asymptotic otherwise. Rows with a missing value in \
        a used variable are dropped and reported.
        """
    )

    @OptionGroup var dataFile: DataFileOption
    @Option(name: .long, help: "First variable.") var x: String?
    @Option(name: .long, help: "Second variable.") var y: String?
    @Option(name: .long, help: "Matrix mode: comma-separated variables.") var vars: String?
    @Option(name: .long, help: "pearson|spearman|kendall (default pearson).") var method: CorrelateMethodOption = .pearson
    @Option(name: .long, help: "Exact p-value for rank methods: auto|yes|no.") var exact: ExactOption = .auto
    @Option(name: .long, help: "Comma-separated covariates to partial out (Pearson, Spearman).") var partial: String?
    @Option(name: .long, help: "two-sided|greater|less.") var alternative: AlternativeOption = .twoSided
    @Option(name: .long, help: "Confidence level (default 0.95).") var level: Double = 0.95
    @Option(name: .customLong("where"), help: "Rows to use, e.g. \"post_soviet == 1 & year == 2022\".") var condition: String?
    @Option(name: .long, parsing: .unconditional, help: "Bootstrap resamples for the confidence interval.") var bootstrap: Int?
    @Option(name: .long, help: "Bootstrap interval: bca|percentile|basic.") var ciMethod: BootstrapCIOption = .bca
    @Option(name: .long, parsing: .unconditional, help: "Monte Carlo permutations for the p-value (exact enumeration when n <= 9).") var permutation: Int?
    @Option(name: .long, help: "Random seed for --bootstrap/--permutation (default 1).") var seed: UInt64 = 1
    @Option(name: .long, help: "Matrix mode: p-value adjustment holm|hochberg|hommel|bonferroni|BH|BY|none.") var adjust: AdjustOption = .none
    @OptionGroup var format: FormatOption
    @OptionGroup var output: TableOutputOption

    static func list(_ s: String?) -> [String] {
        (s ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        let matrix = vars != nil
        if matrix {
            if x != nil || y != nil { throw ValidationError("give either --x and --y, or --vars, not both.") }
            if Self.list(vars).count < 2 { throw ValidationError("--vars: give at least two variables, e.g. egdi,wgi_cc.") }
            if partial != nil || bootstrap != nil || permutation != nil {
                throw ValidationError("--partial, --bootstrap and --permutation apply to one pair (--x, --y), not to --vars.")
            }
        } else {
            if x == nil || y == nil { throw ValidationError("give --x and --y (one pair), or --vars a,b,c (a matrix).") }
            if adjust != .none { throw ValidationError("--adjust applies to a matrix (--vars).") }
        }
        guard level > 0 && level < 1 else { throw ValidationError("--level \(level): use a number strictly between 0 and 1, e.g. 0.95.") }
        if bootstrap != nil && permutation != nil { throw ValidationError("use --bootstrap or --permutation, not both.") }
        if let b = bootstrap, b < 1 { throw ValidationError("--bootstrap \(b): the number of resamples must be positive, e.g. 9999.") }
        if let b = permutation, b < 1 { throw ValidationError("--permutation \(b): the number of permutations must be positive, e.g. 9999.") }
        if partial != nil && (bootstrap != nil || permutation != nil) {
            throw ValidationError("--partial cannot be combined with --bootstrap or --permutation.")
        }
        for c in Self.list(partial) where c == x || c == y {
            throw ValidationError("--partial \(c): \(c) is \(c == x ? "--x" : "--y") itself; its partial correlation controlling for itself is undefined (nothing is left once it is partialled out): control for other variables")
        }
        if let b = bootstrap { try Self.checkMemory(b, option: "--bootstrap") }
        if partial != nil && method == .kendall { throw ValidationError("--partial works with --method pearson or spearman, not kendall.") }
        if let condition {
            do { _ = try RowFilter.parse(condition) } catch { throw ValidationError("--where: \(error.description)") }
        }
    }

    func run() throws {
        try output.checkBeforeWork()
        let data = try AnalysisRows(dataFile, where: condition)
        if vars != nil { try runMatrix(data); return }
        guard let x, let y else { throw ExitCode(64) }
        let covariateNames = Self.list(partial)
        let xs = try data.numeric(x, option: "--x"), ys = try data.numeric(y, option: "--y")
        var zs: [[Double?]] = []
        for c in covariateNames { zs.append(try data.numeric(c, option: "--partial")) }
        let (rows, dropNote) = data.listwise([xs, ys] + zs, names: [x, y] + covariateNames)
        try data.requireRows(rows.count, needed: 3, columns: [xs, ys] + zs, names: [x, y] + covariateNames)
        let xv = rows.compactMap { xs[$0] }, yv = rows.compactMap { ys[$0] }
        let zv = zs.map { z in rows.compactMap { z[$0] } }
        var notes = data.notes
        if let dropNote { notes.append(dropNote) }
        var result: CorrelationTest
        do {
            if covariateNames.isEmpty {
                switch method {
                case .pearson: result = try Correlation.pearson(x: xv, y: yv, alternative: alternative.alternative, level: level)
                case .spearman: result = try Correlation.spearman(x: xv, y: yv, alternative: alternative.alternative, level: level, exact: exact.policy)
                case .kendall: result = try Correlation.kendall(x: xv, y: yv, alternative: alternative.alternative, level: level, exact: exact.policy)
                }
            } else {
                result = try Correlation.partial(x: xv, y: yv, covariates: zv, method: method.method,
                                                 alternative: alternative.alternative, level: level)
                notes.append("partial correlation controlling for \(covariateNames.joined(separator: ", ")) (residuals of least squares on them), df = n - 2 - \(result.covariates)")
            }
        } catch {
            printError(describe(error, x: x, y: y))
            throw ExitCode(1)
        }
        var rng = Xoshiro256StarStar(seed: seed)
        do {
            if let b = bootstrap {
                let progress = TerminalProgress("bootstrap")
                let boot: BootstrapResult
                switch method {
                case .pearson:
                    boot = try Bootstrap.pearson(x: xv, y: yv, resamples: b, using: &rng, progress: progress.update)
                case .spearman, .kendall:
                    let m = method
                    boot = try Bootstrap.run(scheme: try CaseResampling(count: xv.count), resamples: b, using: &rng,
                                             progress: progress.update) { idx in
                        let a = idx.map { xv[$0] }, c = idx.map { yv[$0] }
                        let t = m == .spearman ? try? Correlation.spearman(x: a, y: c, exact: .no)
                                               : try? Correlation.kendall(x: a, y: c, exact: .no)
                        return t?.estimate ?? .nan
                    }
                }
                let ci = try boot.interval(ciMethod.method, level: level)
                // The basic interval 2θ̂ − θ*₍q₎ can leave [−1, 1] (R's boot.ci does not clip):
                // a correlation cannot, so the endpoints are clipped and the note says so.
                let lower = Swift.max(-1, ci.lower), upper = Swift.min(1, ci.upper)
                if lower != ci.lower || upper != ci.upper {
                    notes.append("the basic bootstrap interval [\(shortestDecimalText(ci.lower)), \(shortestDecimalText(ci.upper))] extends beyond \u{00B1}1 (2\u{00B7}r \u{2212} a replicate quantile can leave the parameter space; R's boot.ci does not clip): clipped to [\(shortestDecimalText(lower)), \(shortestDecimalText(upper))]")
                }
                result.confidenceInterval = CorrelationInterval(lower: lower, upper: upper, level: level, method: ciMethod.intervalMethod)
                notes.append("confidence interval: \(ciMethod.method) bootstrap, B = \(b) case resamples, seed \(seed); \(boot.finiteReplicateCount) finite replicates")
                if ci.usesExtremeOrderStatistics { notes.append("extreme order statistics used as interval endpoints: increase --bootstrap") }
                if alternative != .twoSided { notes.append("the bootstrap interval is two-sided") }
            }
            if let b = permutation {
                let progress = TerminalProgress("permutation")
                let perm: PermutationTestResult
                switch method {
                case .pearson:
                    // PermutationTest rescales Pearson data by powers of two itself (data near 1e±300).
                    perm = try PermutationTest.correlation(x: xv, y: yv, alternative: alternative.alternative.permutationAlternative,
                                                           resamples: b, using: &rng, progress: progress.update)
                case .spearman:
                    perm = try PermutationTest.correlation(x: Correlation.midranks(xv), y: Correlation.midranks(yv),
                                                           alternative: alternative.alternative.permutationAlternative,
                                                           resamples: b, using: &rng, progress: progress.update)
                case .kendall:
                    perm = try PermutationTest.correlation(x: xv, y: yv, alternative: alternative.alternative.permutationAlternative,
                                                           resamples: b, using: &rng, progress: progress.update) { a, c in
                        (try? Correlation.kendall(x: a, y: c, exact: .no))?.estimate ?? .nan
                    }
                }
                result.pValue = perm.pValue
                switch perm.method {
                case .exact(let count):
                    result.pValueMethod = .exact
                    notes.append("p-value: exact permutation distribution, all \(count) permutations")
                case .monteCarlo(let count):
                    result.pValueMethod = .permutation
                    notes.append("p-value: Monte Carlo permutation test, B = \(count), seed \(seed), p = (b + 1)/(B + 1)")
                }
            }
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        notes.append(pValueNote(result))
        try output.emit(render(result, x: x, y: y, notes: notes))
    }

    func describe(_ error: CorrelationError, x: String, y: String) -> String {
        if case .zeroVariance(let v) = error {
            let name = v.hasPrefix("x") ? x + v.dropFirst() : (v.hasPrefix("y") ? y + v.dropFirst() : v)
            return CorrelationError.zeroVariance(variable: name).description
        }
        if case .tooFewObservations(let needed, let got) = error {
            // Only partial correlations get here (requireRows checked the 3 pairs): k covariates need k + 3.
            return "\(x) and \(y) controlling for \(Self.list(partial).joined(separator: ", ")): \(got) complete rows, fewer than the \(needed) "
                + "a partial correlation on \(needed - 3) covariate(s) needs; drop covariates or widen the selection"
        }
        return error.description
    }

    func pValueNote(_ t: CorrelationTest) -> String {
        switch (t.method, t.pValueMethod) {
        case (.spearman, .exact) where permutation == nil:
            return t.hasTies
                ? "p-value: exact, all \(t.n)! permutations of the ranks enumerated (midranks for ties)"
                : "p-value: exact null distribution of S over all \(t.n)! permutations (counted by a dynamic programme; R's cor.test is exact only for n <= 9)"
        case (.kendall, .exact) where permutation == nil:
            return "p-value: exact null distribution of T (no ties)"
        case (.spearman, .edgeworth):
            return "p-value: Edgeworth series to the exact null distribution of S (AS 89, R's cor.test default for n > 9 without ties; exact by default for n <= \(Correlation.spearmanExactAutoLimit), with --exact yes for n <= \(Correlation.spearmanExactLimitWithoutTies))"
        case (.spearman, .asymptotic):
            let limit = t.hasTies ? Correlation.spearmanExactLimit : Correlation.spearmanExactLimitWithoutTies
            return "p-value: asymptotic, t = rho sqrt((n-2)/(1-rho^2)) on n - 2 df"
                + (t.n <= limit ? "" : (t.hasTies ? " (exact enumeration with ties only for n <= \(limit))" : " (exact only for n <= \(limit))"))
        case (.kendall, .asymptotic):
            return "p-value: asymptotic normal, tie-corrected variance of S" + (t.continuityCorrection ? ", continuity corrected" : "")
        case (.pearson, .asymptotic):
            return "p-value: t on n - 2 - k df"
        default:
            return "p-value: \(t.pValueMethod.rawValue)"
        }
    }

    static func contractJSON(_ t: CorrelationTest) -> JSONValue {
        .object([
            ("method", .string(t.method.rawValue)), ("n", .integer(t.n)), ("estimate", .number(t.estimate)),
            ("statistic", .number(t.statistic)), ("p_value", .number(t.pValue)),
            ("p_value_method", .string(t.pValueMethod.rawValue)), ("alternative", .string(t.alternative.rawValue)),
            ("conf_low", .number(t.confidenceInterval?.lower)), ("conf_high", .number(t.confidenceInterval?.upper)),
            ("conf_method", .string(t.confidenceInterval?.method.rawValue)), ("conf_level", .number(t.confidenceInterval?.level)),
        ])
    }

    func render(_ t: CorrelationTest, x: String, y: String, notes: [String]) -> String {
        switch format.format {
        case .json:
            return Self.contractJSON(t).serialized() + "\n"
        case .text:
            return Self.text(t, x: x, y: y, notes: notes)
        default:
            let keys = ["method", "n", "estimate", "statistic", "p_value", "p_value_method", "alternative",
                        "conf_low", "conf_high", "conf_method", "conf_level"]
            let ci = t.confidenceInterval
            let row: [TableCell] = [
                .text(t.method.rawValue), .integer(t.n), .number(t.estimate, .shortest), .number(t.statistic, .shortest),
                .number(t.pValue, .shortest), .text(t.pValueMethod.rawValue), .text(t.alternative.rawValue),
                .number(ci?.lower, .shortest), .number(ci?.upper, .shortest), ci.map { .text($0.method.rawValue) } ?? .missing,
                .number(ci?.level, .shortest),
            ]
            return ResultTable(title: nil, columns: keys.map { TableColumn($0) }, rows: [row], notes: notes).rendered(as: format.format)
        }
    }

    static func g(_ v: Double, _ digits: Int = 5) -> String {
        if v.isNaN { return "NA" }
        if v.isInfinite { return v > 0 ? "Inf" : "-Inf" }
        return String(format: "%.\(digits)g", v)
    }

    static func pText(_ p: Double) -> String { p < 2.2e-16 ? "< 2.2e-16" : "= " + g(p, 4) }

    /// A text form modelled on R's print of `cor.test`.
    static func text(_ t: CorrelationTest, x: String, y: String, notes: [String]) -> String {
        var s = "\n\t" + (t.covariates > 0 ? "Partial " : "") + t.method.description + "\n\n"
        s += "data:  \(x) and \(y) (n = \(t.n))\n"
        var line = "\(t.statisticName) = \(g(t.statistic))"
        if let df = t.degreesOfFreedom { line += ", df = \(g(df))" }
        line += ", p-value \(pText(t.pValue)) (\(t.pValueMethod.rawValue))"
        s += line + "\n"
        let name = t.method == .pearson ? "correlation" : (t.method == .spearman ? "rho" : "tau")
        let rel = t.alternative == .twoSided ? "not equal to" : (t.alternative == .greater ? "greater than" : "less than")
        s += "alternative hypothesis: true \(name) is \(rel) 0\n"
        if let ci = t.confidenceInterval {
            s += "\(g(ci.level * 100)) percent confidence interval (\(ci.method)):\n \(g(ci.lower, 7))  \(g(ci.upper, 7))\n"
        }
        s += "sample estimates:\n\(name.count < 9 ? String(repeating: " ", count: 9 - name.count) : "")\(name)\n\(g(t.estimate, 7))\n"
        if !notes.isEmpty { s += "\n" + notes.map { "Note: \($0)" }.joined(separator: "\n") + "\n" }
        return s
    }

    func runMatrix(_ data: AnalysisRows) throws {
        let names = Self.list(vars)
        // No rows at all (header only, or --where kept none): say so, not "0 complete pairs".
        try data.requireRows(data.table.rowCount, needed: 1, columns: [], names: names)
        var columns: [[Double]] = []
        for v in names { columns.append(try data.numeric(v, option: "--vars").map { $0 ?? .nan }) }
        let m: CorrelationMatrix
        do {
            m = try Correlation.matrix(names: names, columns: columns, method: method.method, exact: exact.policy, adjustment: adjust.adjustment)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        var notes = data.notes
        notes.append("\(method.method.description); each pair on its complete observations (pairwise n)")
        notes.append("p-values two-sided" + (adjust.adjustment.map { ", adjusted over \(m.pairs.count) pairs by \($0.description)" } ?? ", not adjusted"))
        if format.format == .json {
            let list = m.pairs.map { p -> JSONValue in
                .object([("var1", .string(p.first)), ("var2", .string(p.second)), ("method", .string(p.test.method.rawValue)),
                         ("n", .integer(p.test.n)), ("estimate", .number(p.test.estimate)), ("p_value", .number(p.test.pValue)),
                         ("p_value_method", .string(p.test.pValueMethod.rawValue)), ("p_adjusted", .number(p.adjustedPValue)),
                         ("adjustment", .string(adjust.rawValue))])
            }
            try output.emit(JSONValue.array(list).serialized() + "\n")
            return
        }
        let rows: [[TableCell]] = m.pairs.map {
            [.text($0.first), .text($0.second), .integer($0.test.n), .number($0.test.estimate, .significant(4)),
             .number($0.test.pValue, .significant(4)), .text($0.test.pValueMethod.rawValue), .number($0.adjustedPValue, .significant(4))]
        }
        let columnsOut = [TableColumn("var1", alignment: .left), TableColumn("var2", alignment: .left), TableColumn("n"),
                          TableColumn("r"), TableColumn("p"), TableColumn("p_method", alignment: .left), TableColumn("p_adjusted")]
        try output.emit(ResultTable(title: "Correlation matrix (\(method.rawValue))", columns: columnsOut, rows: rows, notes: notes)
                .rendered(as: format.format))
    }
}
