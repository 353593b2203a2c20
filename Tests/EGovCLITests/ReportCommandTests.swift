import Foundation
import Testing

/// `egov report` on the built binary: determinism (two runs, every file byte-identical),
/// the file list, the manifest, refusal to overwrite, exit codes.
@Suite(.serialized) struct ReportCommandTests {
    typealias CLI = DataCommandsTests

    static func tempFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("egov-report-\(UUID().uuidString)")
    }

    /// Relative paths of every regular file under `dir` (hidden ones included), sorted.
    static func files(_ dir: URL) -> [String] {
        guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [String] = []
        let base = dir.standardizedFileURL.path + "/"
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            out.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return out.sorted()
    }

    /// Wild-bootstrap replications for the test runs (hidden option `--test-bootstrap-replications`):
    /// 99 instead of 9,999 halves a debug run (about 20 s instead of 40 s). Everything else (data,
    /// tables, figures, writer) is the real path, and B shows in the captions, so the
    /// determinism and file checks below are as strong as with the default.
    static let fast = ["--test-bootstrap-replications", "99"]

    /// One run into a fresh folder, shared by the tests that only read it.
    static let first: (dir: URL, status: Int32, stdout: String, stderr: String)? = {
        let dir = tempFolder()
        guard let r = try? CLI.egov(["report", "--out", dir.path] + fast) else { return nil }
        return (dir, r.status, r.stdout, r.stderr)
    }()

    /// Relative path -> bytes of every file under `dir`.
    static func contents(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for f in files(dir) { out[f] = try Data(contentsOf: dir.appendingPathComponent(f)) }
        return out
    }

    /// Three full runs in all (the shared one, a forced one into a folder holding a foreign
    /// report.md, a rerun there) cover determinism, refusal, --force and the allowed rerun;
    /// they used to be five full runs at B = 9,999 (about 2.5 minutes of the suite).
    @Test func deterministicBytesRefusalForceAndRerun() throws {
        let a = try #require(Self.first)
        #expect(a.status == 0, "\(a.stderr)")
        let expected = try Self.contents(a.dir)
        #expect(expected.count > 100)
        // A folder with the user's own report.md: refused at once, nothing written.
        let dir = Self.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "notes".write(to: dir.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        let started = Date()
        let refused = try CLI.egov(["report", "--out", dir.path] + Self.fast)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("1 file(s) that egov report did not write: report.md"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Pass --force"))
        #expect(Date().timeIntervalSince(started) < 10, "the refusal should come before the computation")
        #expect(Self.files(dir) == ["report.md"])
        // --force: the second run; every file byte-identical to the first run's (report.md included).
        let forced = try CLI.egov(["report", "--out", dir.path, "--force"] + Self.fast)
        #expect(forced.status == 0, "\(forced.stderr)")
        let second = try Self.contents(dir)
        #expect(second.keys.sorted() == expected.keys.sorted())
        for (f, bytes) in expected { #expect(second[f] == bytes, "\(f) differs between two runs") }
        // A rerun replaces its own files without --force, again with the same bytes.
        let again = try CLI.egov(["report", "--out", dir.path] + Self.fast)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.contents(dir) == expected)
        // An edited file of ours is not replaced without --force.
        try "edited".write(to: dir.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        let edited = try CLI.egov(["report", "--out", dir.path] + Self.fast)
        #expect(edited.status == 1)
        #expect(edited.stderr.contains("report.html"), "\(edited.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8) == "edited")
    }

    @Test func fileListAndManifest() throws {
        let a = try #require(Self.first)
        #expect(a.status == 0, "\(a.stderr)")
        // Not a terminal: no progress lines; stdout names the two documents.
        #expect(a.stderr.isEmpty)
        #expect(a.stdout == a.dir.appendingPathComponent("report.html").path + "\n" + a.dir.appendingPathComponent("report.md").path + "\n")
        let files = Self.files(a.dir)
        for f in ["report.md", "report.html", ".egov-report.json", "tables/regression_group_slope.tex",
                  "tables/regression_cross_section.csv", "tables/regression_two_way_fe.md", "tables/residual_wgi_cc.csv",
                  "tables/group_slope_cpi.csv", "tables/rank_correlation.tex"] {
            #expect(files.contains(f), "\(f)")
        }
        for t in files where t.hasPrefix("tables/") {
            #expect([".csv", ".md", ".tex"].contains { t.hasSuffix($0) }, "\(t)")
        }
        let manifest = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: a.dir.appendingPathComponent(".egov-report.json"))) as? [String: Any])
        let listed = (manifest["files"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(listed == files.filter { $0 != ".egov-report.json" })
        let html = try String(contentsOf: a.dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(!html.contains(a.dir.path))
        #expect(html.contains("Wild bootstrap p (interaction)"))
        // The hidden option is honest about itself: B is stated where the bootstrap is used.
        #expect(html.contains("B = 99"))
    }

    /// Issue 9: an output folder that cannot be written, or is a file, fails at once (before
    /// the minute of computing) with the folder and the fix; bad options exit 64.
    @Test func unwritableOutputAndBadOptions() throws {
        let dir = Self.tempFolder()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        var cases: [(String, String)] = [(file.path, "cannot create directory \(file.path) (\(file.path) is a file, not a folder)"),
                                         (file.path + "/sub", "is a file, not a folder")]
        #if os(Linux)
        // /proc refuses new files even for root.
        cases.append(("/proc/egov-report", "cannot write in directory /proc"))
        #endif
        for (out, fragment) in cases {
            let started = Date()
            let r = try CLI.egov(["report", "--out", out])
            #expect(r.status == 1 && r.stdout.isEmpty)
            #expect(r.stderr.contains("--out \(out): ") && r.stderr.contains(fragment), "\(r.stderr)")
            #expect(Date().timeIntervalSince(started) < 10)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "x")
        for (args, fragment) in [(["--alignment", "next-year"], "data-year"),
                                 (["--test-bootstrap-replications", "0"], "use a positive number of replications"),
                                 (["--outt", "x"], "Unknown option '--outt'"),
                                 (["--force=yes"], "--force")] {
            let r = try CLI.egov(["report"] + args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains(fragment), "\(args): \(r.stderr)")
        }
        // The test-only option stays out of the help.
        let help = try CLI.egov(["report", "--help"])
        #expect(help.stdout.contains("--alignment") && !help.stdout.contains("test-bootstrap"))
    }

    @Test func groupSlopeMetric() throws {
        let r = try CLI.egov(["paradox", "--metric", "group-slope", "--outcome", "wgi_va", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["term"] as? String } == ["egdi", "egdi:post_soviet", "egdi + egdi:post_soviet"])
        #expect(rows[1]["wild_bootstrap_p"] is Double)
    }
}
