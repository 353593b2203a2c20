import Foundation
import Testing

/// Runs every `swift run egov ...` command of docs/BringYourOwnData.md on the example files
/// in docs/examples (invented values), so the guide cannot drift from the program: a command
/// that stops working, a changed option or a changed message fails here.
@Suite struct BringYourOwnDataTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let guide = root.appendingPathComponent("docs/BringYourOwnData.md")

    /// One command of the guide: its arguments after `swift run egov` and the exit status
    /// its comment announces (`# exit 1: ...`; none means 0).
    struct DocumentedCommand: CustomStringConvertible {
        var line: String
        var arguments: [String]
        var expectedStatus: Int32
        var description: String { line }
    }

    /// The `swift run egov` lines of the guide's ```sh blocks.
    static func documentedCommands() throws -> [DocumentedCommand] {
        let text = try String(contentsOf: guide, encoding: .utf8)
        var inShell = false
        var out: [DocumentedCommand] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") { inShell = line == "```sh"; continue }
            guard inShell, line.hasPrefix("swift run egov ") else { continue }
            var command = line, status: Int32 = 0
            if let hash = line.range(of: "   #") {
                command = String(line[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces)
                let comment = line[hash.upperBound...]
                if let e = comment.range(of: "exit ") {
                    status = Int32(comment[e.upperBound...].prefix { $0.isNumber }) ?? -1
                }
            }
            let words = try shellWords(command)
            out.append(DocumentedCommand(line: line, arguments: Array(words.dropFirst(3)), expectedStatus: status))
        }
        return out
    }

    /// Splits a command line as a POSIX shell does for plain words, "double" and 'single' quotes.
    static func shellWords(_ s: String) throws -> [String] {
        var words: [String] = [], current = "", inWord = false
        var quote: Character? = nil
        for c in s {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c; inWord = true
            } else if c == " " {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(c); inWord = true
            }
        }
        struct UnbalancedQuote: Error {}
        if quote != nil { throw UnbalancedQuote() }
        if inWord { words.append(current) }
        return words
    }

    /// The guide's paths made absolute (it is written for the repository root), output
    /// files moved into `folder`, and later reads of an earlier output (`--data merged.csv`)
    /// pointed there too.
    static func localized(_ args: [String], outputs folder: URL, produced: inout Set<String>) -> [String] {
        var out: [String] = []
        var nextIsOutput = false
        for a in args {
            if nextIsOutput { out.append(folder.appendingPathComponent(a).path); produced.insert(a); nextIsOutput = false; continue }
            if a == "--out" { nextIsOutput = true }
            if produced.contains(a) { out.append(folder.appendingPathComponent(a).path); continue }
            out.append(a.hasPrefix("docs/") ? root.appendingPathComponent(a).path : a)
        }
        return out
    }

    @Test func guideListsEveryCommandWithData() throws {
        let commands = try Self.documentedCommands()
        #expect(commands.count >= 11)
        let heads = Set(commands.map { $0.arguments.prefix(2).joined(separator: " ") })
        for head in ["data validate", "data list", "data show", "describe --data", "correlate --data", "regress --data",
                     "plot scatter", "plot paradox-scatter", "paradox --data", "report --data"] {
            #expect(heads.contains(head), "the guide has no `egov \(head)` command")
        }
        // `data merge` reads your file as its argument and merges it into the embedded panel.
        for c in commands where c.arguments.prefix(2) != ["data", "merge"] {
            #expect(c.arguments.contains("--data"), "\(c) does not use --data")
        }
    }

    /// Every subcommand that reads the panel accepts `--data`.
    @Test(arguments: [
        ["data", "list"], ["data", "show"], ["data", "validate"], ["describe"], ["correlate"], ["regress"], ["paradox"],
        ["report"], ["plot", "scatter"], ["plot", "line"], ["plot", "heatmap"], ["plot", "paradox-scatter"],
        ["plot", "rank-rank"], ["plot", "trajectory"], ["plot", "small-multiples"], ["plot", "slopegraph"],
        ["plot", "participation"], ["plot", "coefficients"], ["plot", "correlation-heatmap"], ["plot", "paradox-index"],
    ])
    func everyCommandTakesData(_ command: [String]) throws {
        let r = try EGovCLI.run(command + ["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("--data <data>"), "egov \(command.joined(separator: " ")) --help does not list --data")
    }

    @Test func documentedCommandsRunOnTheExample() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("egov-byo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var checked = Set<String>(), produced = Set<String>()
        for c in try Self.documentedCommands() {
            let r = try EGovCLI.run(Self.localized(c.arguments, outputs: folder, produced: &produced))
            #expect(r.status == c.expectedStatus, "\(c)\nstdout: \(r.stdout)\nstderr: \(r.stderr)")
            let head = c.arguments.prefix(2).joined(separator: " ")
            let file = c.arguments.first { $0.hasPrefix("docs/") } ?? ""
            switch head {
            case "data validate" where file.hasSuffix("illustrative-panel.csv"):
                #expect(r.stdout.contains("36 rows checked: 0 errors, 0 notes."))
            case "data validate":
                // The message the guide quotes.
                #expect(r.stdout.contains("unknown country code; did you mean NRU, URY, ARB?"))
                #expect(r.stderr.contains("validation failed: 1 error"))
            case "data list":
                // Labels come from the manifest beside the CSV.
                #expect(r.stdout.contains("Portal score (illustrative)"))
                #expect(r.stdout.contains("36 rows"))
            case "data show":
                #expect(r.stdout.contains("CHL") && r.stdout.contains("URY") && !r.stdout.contains("ARG"))
            case "describe --data":
                #expect(r.stdout.contains("portal_score  36"))
            case "correlate --data":
                // 9 countries in 2022, no ties: exact p-value; rho = 1 − 6S/(n³ − n) with S = 22,
                // n = 9: 1 − 132/720 = 0.81666...
                #expect(r.stdout.contains("S = 22"))
                #expect(r.stdout.contains("(exact)"))
                #expect(r.stdout.contains("0.8166667"))
            case "data merge":
                // The output the guide quotes.
                #expect(r.stdout.contains("wrote merged.csv: 6750 rows, 61 columns") || r.stdout.contains("6750 rows, 61 columns"))
                #expect(r.stdout.contains("your rows: 60 matched a panel country-year, 0 appended"))
                #expect(r.stdout.contains("names matched: Kyrgyz Republic \u{2192} KGZ, Russian Federation \u{2192} RUS"))
            case "regress --data" where c.arguments.contains("merged.csv"):
                #expect(r.stdout.contains("Observations: 15 used, 210 dropped of 225 selected rows"))
                #expect(r.stdout.contains("portal_score"))
            case "regress --data":
                #expect(r.stdout.contains("clustered by iso3 (G = 9)"))
                #expect(r.stdout.contains("36 used"))
            case "plot scatter", "plot paradox-scatter":
                let out = try #require(c.arguments.firstIndex(of: "--out").map { c.arguments[$0 + 1] })
                let bytes = try Data(contentsOf: folder.appendingPathComponent(out))
                #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(out) is not a PNG")
                if head == "plot paradox-scatter" { #expect(r.stderr.contains("post-Soviet states without")) }
            case "paradox --data":
                #expect(r.stdout.contains("EGDI edition 2022 paired with WGI 2021"))
                #expect(r.stdout.contains("URY"))
            case "report --data":
                // What the data allow is written; what they do not is named, never filled in.
                #expect(r.stderr.contains("not computed: Rank gap, wgi_cc: the panel has no variable 'wgi_cc_se'"))
                #expect(r.stderr.contains("not computed: WGI Voice and Accountability (wgi_va): not in the data"))
                let report = try String(contentsOf: folder.appendingPathComponent("my-report/report.md"), encoding: .utf8)
                #expect(report.contains("## 6. Not computed"))
                #expect(report.contains("from the panel it was given"))
                for table in ["residual_wgi_cc", "rank_correlation", "slopes_wgi_cc", "regression_two_way_fe"] {
                    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("my-report/tables/\(table).csv").path), "\(table)")
                }
                #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("my-report/tables/rank_gap_wgi_cc.csv").path))
            default:
                Issue.record("no check for the guide's command \(c)")
            }
            checked.insert(head)
        }
        #expect(checked.count >= 10)
    }
}
