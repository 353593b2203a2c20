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

    /// One run into a fresh folder, shared by the tests that only read it.
    static let first: (dir: URL, status: Int32, stdout: String, stderr: String)? = {
        let dir = tempFolder()
        guard let r = try? CLI.egov(["report", "--out", dir.path]) else { return nil }
        return (dir, r.status, r.stdout, r.stderr)
    }()

    @Test func deterministicBytes() throws {
        let a = try #require(Self.first)
        #expect(a.status == 0, "\(a.stderr)")
        let bDir = Self.tempFolder()
        let b = try CLI.egov(["report", "--out", bDir.path])
        #expect(b.status == 0, "\(b.stderr)")
        let filesA = Self.files(a.dir), filesB = Self.files(bDir)
        #expect(filesA == filesB)
        #expect(filesA.count > 100)
        for f in filesA {
            let x = try Data(contentsOf: a.dir.appendingPathComponent(f))
            let y = try Data(contentsOf: bDir.appendingPathComponent(f))
            #expect(x == y, "\(f) differs between two runs")
        }
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
    }

    @Test func rerunIsAllowedForeignFileIsNot() throws {
        let dir = Self.tempFolder()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "notes".write(to: dir.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        let refused = try CLI.egov(["report", "--out", dir.path])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("1 file(s) that egov report did not write: report.md"))
        #expect(refused.stderr.contains("Pass --force"))
        #expect(Self.files(dir) == ["report.md"])
        let forced = try CLI.egov(["report", "--out", dir.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let again = try CLI.egov(["report", "--out", dir.path])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test func badArgumentsExit64() throws {
        let r = try CLI.egov(["report", "--alignment", "next-year"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("data-year"))
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
