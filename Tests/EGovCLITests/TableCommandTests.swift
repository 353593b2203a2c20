import Foundation
import Testing

/// `egov regress --out`, `egov table`, `egov plot coefficients FIT...` through the binary:
/// the README's three-model example end to end, and every refusal (exit status, stderr,
/// empty stdout).
@Suite(.serialized) struct TableCommandTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-table-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The three fits of the README example, written by `egov regress --out`.
    static func writeFits(in dir: URL) throws -> [String] {
        let m = ["m1", "m2", "m3"].map { dir.appendingPathComponent($0 + ".json").path }
        let runs: [[String]] = [
            ["regress", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp) + post_soviet", "--where", "year == 2022", "--vcov", "hc1"],
            ["regress", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year", "--vcov", "cluster(iso3)"],
            ["regress", "--formula", "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp) | year", "--vcov", "cluster(iso3)"],
        ]
        for (args, out) in zip(runs, m) {
            let r = try EGovCLI.run(args + ["--format", "json", "--out", out])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        return m
    }

    @Test func threeModelsToTextLaTeXWordAndHTML() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fits = try Self.writeFits(in: dir)
        // Text on stdout: the coefficients R gives (Tests/ParadoxTests/Fixtures/saved_fit_vcov.json), rounded.
        let text = try EGovCLI.run(["table"] + fits)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("-3.956***") && text.stdout.contains("0.343**") && text.stdout.contains("0.438***"))
        #expect(text.stdout.contains("CR1 by iso3"))
        // LaTeX, Word, HTML files.
        for (format, ext) in [("latex", "tex"), ("docx", "docx"), ("html", "html"), ("csv", "csv"), ("markdown", "md")] {
            let out = dir.appendingPathComponent("table.\(ext)").path
            var args = ["table"] + fits + ["--format", format, "--out", out, "--titles", "OLS,FE,Interaction"]
            if format == "latex" { args.append("--standalone") }
            let r = try EGovCLI.run(args)
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(FileManager.default.fileExists(atPath: out))
        }
        let csv = try String(contentsOfFile: dir.appendingPathComponent("table.csv").path, encoding: .utf8)
        #expect(csv.contains("egdi,estimate,1.91395873186931"))
        // --out refuses to replace without --force, and replaces with it.
        let again = try EGovCLI.run(["table"] + fits + ["--out", dir.appendingPathComponent("table.md").path])
        #expect(again.status == 1 && again.stdout.isEmpty && again.stderr.contains("--force"))
        let forced = try EGovCLI.run(["table"] + fits + ["--out", dir.appendingPathComponent("table.md").path, "--force"])
        #expect(forced.status == 0)
        // The coefficient plot of the same fits.
        let png = dir.appendingPathComponent("coef.png").path
        let plot = try EGovCLI.run(["plot", "coefficients"] + fits + ["--terms", "egdi,log(gdppc_ppp)", "--titles", "OLS,FE,Interaction", "--out", png])
        #expect(plot.status == 0, "\(plot.stderr)")
        #expect(FileManager.default.fileExists(atPath: png))
    }

    @Test func regressOutRefusesExistingFile() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("m.json").path
        try "keep me".write(toFile: out, atomically: true, encoding: .utf8)
        let r = try EGovCLI.run(["regress", "--formula", "wgi_cc ~ egdi", "--format", "json", "--out", out])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "error: --out \(out) exists; egov never overwrites a file unless you pass --force\n")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me")
        let forced = try EGovCLI.run(["regress", "--formula", "wgi_cc ~ egdi", "--format", "json", "--out", out, "--force"])
        #expect(forced.status == 0 && forced.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("\"vcov_matrix\""))
        let describe = try EGovCLI.run(["describe", "--vars", "egdi", "--out", dir.appendingPathComponent("d.csv").path, "--format", "csv"])
        #expect(describe.status == 0 && describe.stdout.isEmpty)
    }

    @Test func unknownFile() throws {
        let r = try EGovCLI.run(["table", "/nonexistent/m1.json"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "error: /nonexistent/m1.json: cannot read the saved fit (no such file); check the path\n")
    }

    @Test func incompatibleVersion() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = dir.appendingPathComponent("future.json").path
        try #"{"formula": "y ~ x", "nobs": 3, "coefficients": [], "format_version": 9}"#.write(toFile: f, atomically: true, encoding: .utf8)
        let r = try EGovCLI.run(["table", f])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "error: \(f): saved-fit format version 9 is not readable by this egov (it reads version 1); update egov, or fit the model again with this version\n")
        let old = dir.appendingPathComponent("old.json").path
        try #"{"formula": "y ~ x", "nobs": 3, "coefficients": []}"#.write(toFile: old, atomically: true, encoding: .utf8)
        let r2 = try EGovCLI.run(["table", old])
        #expect(r2.status == 1 && r2.stdout.isEmpty && r2.stderr.contains("has no format_version key"))
    }

    @Test func badRegexAndOtherUsageErrors() throws {
        let r = try EGovCLI.run(["table", "m1.json", "--keep", "egdi("])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--keep \"egdi(\" is not a valid regular expression"))
        let docx = try EGovCLI.run(["table", "m1.json", "--format", "docx"])
        #expect(docx.status == 64 && docx.stdout.isEmpty && docx.stderr.contains("--out FILE.docx"))
        let none = try EGovCLI.run(["table"])
        #expect(none.status == 64 && none.stdout.isEmpty && none.stderr.contains("at least one saved fit"))
        let stats = try EGovCLI.run(["table", "m1.json", "--stats", "nobs,r3"])
        #expect(stats.status == 64 && stats.stderr.contains("unknown statistic 'r3'"))
        let titles = try EGovCLI.run(["table", "a.json", "b.json", "--titles", "A"])
        #expect(titles.status == 64 && titles.stderr.contains("--titles gives 1 titles for 2 fits"))
    }
}
