// `egov table FIT...`: models side by side from saved fits (DESIGN.md §6), as R's
// modelsummary or Stata's esttab.

import ArgumentParser
import EGovParadox
import Foundation

extension TableFormat: ExpressibleByArgument {}
extension UncertaintyDisplay: ExpressibleByArgument {}

/// `--stars`: the significance convention.
enum StarsOption: String, CaseIterable, ExpressibleByArgument {
    case economics, r, none
    var stars: SignificanceStars {
        switch self {
        case .economics: return .economics
        case .r: return .r
        case .none: return .none
        }
    }
}

struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "A regression table of saved fits, one column per model (as modelsummary / esttab).",
        discussion: """
        Save each model with egov regress ... --format json --out m1.json, then: egov table m1.json m2.json m3.json \
        --format latex --out table.tex. Rows are the terms in first-seen order, labelled with the panel's variable labels \
        (--labels to override); below each estimate its standard error (--stat se), confidence interval (ci), \
        t statistic (t) or p-value (p). Stars: economics (* p < 0.10, ** p < 0.05, *** p < 0.01, the default) or r \
        (R's codes); the convention and every model's standard errors are stated in the notes. Numbers are rounded \
        for reading (--digits, trailing zeros kept); CSV and JSON keep full precision. LaTeX needs only booktabs \
        (--standalone: a whole document for pdflatex); docx is a Word document with a real table (needs --out).
        """
    )

    @Argument(help: "Saved fits (JSON written by egov regress --format json --out FILE).")
    var fits: [String] = []
    @Option(name: .long, help: "Column titles, comma-separated (default (1),(2),...).")
    var titles: String?
    @Option(name: .long, help: "Row labels, e.g. \"egdi=EGDI,log(gdppc_ppp)=Log GDP pc\" (default: the panel's labels).")
    var labels: String?
    @Flag(name: .long, help: "Show the term names as fitted, not the panel's labels.")
    var rawTerms = false
    @Option(name: .long, help: "Below each estimate: se|ci|t|p (default se).")
    var stat: UncertaintyDisplay = .standardError
    @Option(name: .long, help: "Stars: economics (* 0.10, ** 0.05, *** 0.01), r (R's codes) or none.")
    var stars: StarsOption = .economics
    @Option(name: .long, help: "Decimals of estimates and statistics (default 3, trailing zeros kept).")
    var digits: Int = 3
    @Option(name: .long, help: "Keep only terms matching this regular expression.")
    var keep: String?
    @Option(name: .long, help: "Drop terms matching this regular expression.")
    var drop: String?
    @Option(name: .long, help: "Bottom rows: \(TableStatistic.allCases.map(\.rawValue).joined(separator: ",")) (default nobs,r2,adj_r2,within_r2,pseudo_r2,fe,vcov,clusters; rows no model has are left out).")
    var stats: String?
    @Option(name: .long, help: "A note printed below the table (after the standard-error and star notes).")
    var notes: String?
    @Option(name: .long, help: "A title above the table.")
    var title: String?
    @Option(name: .long, help: "Output format: \(TableFormat.allCases.map(\.rawValue).joined(separator: "|")).")
    var format: TableFormat = .text
    @Flag(name: .long, help: "LaTeX: write a whole article document (pdflatex, booktabs only) instead of a tabular.")
    var standalone = false
    @OptionGroup var output: TableOutputOption

    /// Splits at commas outside parentheses (`l(x, 1)` stays one term).
    static func split(_ s: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for ch in s {
            if ch == "(" || ch == "[" { depth += 1 }
            if ch == ")" || ch == "]" { depth = max(0, depth - 1) }
            if ch == ",", depth == 0 { parts.append(current); current = ""; continue }
            current.append(ch)
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func parsedLabels() throws -> [String: String] { try Self.parseLabels(labels) }

    /// `term=Label,term2=Label 2` (commas inside parentheses belong to the term).
    static func parseLabels(_ labels: String?) throws -> [String: String] {
        guard let labels else { return [:] }
        var out: [String: String] = [:]
        for item in Self.split(labels) where !item.isEmpty {
            // The first "=" outside parentheses separates term and label.
            var depth = 0, cut: String.Index? = nil
            for i in item.indices {
                let ch = item[i]
                if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1 } else if ch == "=", depth == 0 { cut = i; break }
            }
            guard let cut else { throw ValidationError("--labels: \"\(item)\" has no '='; write term=Label, e.g. egdi=EGDI") }
            let term = item[..<cut].trimmingCharacters(in: .whitespaces)
            let label = item[item.index(after: cut)...].trimmingCharacters(in: .whitespaces)
            guard !term.isEmpty else { throw ValidationError("--labels: \"\(item)\" has no term before '='") }
            out[term] = label
        }
        return out
    }

    func parsedStats() throws -> [TableStatistic] {
        guard let stats else { return TableStatistic.defaults }
        return try Self.split(stats).filter { !$0.isEmpty }.map { s in
            guard let t = TableStatistic(rawValue: s.lowercased()) else {
                throw ValidationError("--stats: unknown statistic '\(s)'; use \(TableStatistic.allCases.map(\.rawValue).joined(separator: ","))")
            }
            return t
        }
    }

    var options: SavedFitTableOptions {
        get throws {
            SavedFitTableOptions(
                titles: titles.map(Self.split), labels: try parsedLabels(), panelLabels: !rawTerms, uncertainty: stat,
                stars: stars.stars, digits: digits, keep: keep, drop: drop, statistics: try parsedStats(),
                notes: notes.map { [$0] } ?? [], title: title)
        }
    }

    func validate() throws {
        guard !fits.isEmpty else { throw ValidationError("give at least one saved fit, e.g. egov table m1.json m2.json (write them with egov regress ... --format json --out m1.json)") }
        guard (0...10).contains(digits) else { throw ValidationError(SavedFitTableError.invalidDigits(digits).description) }
        if standalone, format != .latex { throw ValidationError("--standalone applies to --format latex") }
        if format.isBinary, output.file == nil { throw ValidationError("--format \(format.rawValue) writes a binary file: give --out FILE.docx") }
        for (option, pattern) in [("--keep", keep), ("--drop", drop)] {
            guard let pattern else { continue }
            do { _ = try NSRegularExpression(pattern: pattern) } catch {
                throw ValidationError(SavedFitTableError.invalidPattern(option: option, pattern: pattern, reason: "\(error.localizedDescription)").description)
            }
        }
        if let titles, Self.split(titles).count != fits.count {
            throw ValidationError(SavedFitTableError.titleCount(titles: Self.split(titles).count, fits: fits.count).description)
        }
        _ = try options
    }

    func run() throws {
        try output.checkBeforeWork()
        var loaded: [SavedFit] = []
        for path in fits {
            do { loaded.append(try SavedFit(contentsOf: URL(fileURLWithPath: path))) } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }
        let table: RegressionTable
        do { table = try RegressionTable(fits: loaded, options: try options) } catch let e as SavedFitTableError {
            printError(e.description)
            throw ExitCode(1)
        }
        let bytes: Data
        do { bytes = try table.document(format, standalone: standalone) } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        try output.emit(bytes, text: format.isBinary ? nil : String(decoding: bytes, as: UTF8.self))
    }
}
