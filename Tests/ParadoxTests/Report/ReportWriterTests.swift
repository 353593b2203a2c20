import Foundation
import Testing
import Paradox

@Suite struct ReportWriterTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-report-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
    static func read(_ url: URL) -> String? { (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } }

    @Test func writesFilesAndManifest() throws {
        let dir = try Self.folder()
        let written = try ReportWriter.write([ReportFile(path: "b.png", text: "B"), ReportFile(path: "tables/a.csv", text: "A")], to: dir, force: false)
        #expect(written == ["b.png", "tables/a.csv"])
        #expect(Self.read(dir.appendingPathComponent("tables/a.csv")) == "A")
        let manifest = try #require(Self.read(dir.appendingPathComponent(".egov-report.json")))
        // SHA-256("B") = df7e70e5..., SHA-256("A") = 559aead0... (sha256sum of the one-byte files).
        #expect(manifest == """
        {
          "generator": "egov report",
          "format": 1,
          "files": [
            {
              "path": "b.png",
              "sha256": "df7e70e5021544f4834bbee64a9e3789febc4be81470df629cad6ddb03320a5c"
            },
            {
              "path": "tables/a.csv",
              "sha256": "559aead08264d5795d3909718cdd05abd49572e84fe55590eef31a88a08fdffd"
            }
          ]
        }

        """)
    }

    @Test func rerunReplacesOwnFilesAndRemovesStaleOnes() throws {
        let dir = try Self.folder()
        try ReportWriter.write([ReportFile(path: "a.png", text: "1"), ReportFile(path: "old.png", text: "x")], to: dir, force: false)
        try ReportWriter.write([ReportFile(path: "a.png", text: "2")], to: dir, force: false)
        #expect(Self.read(dir.appendingPathComponent("a.png")) == "2")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("old.png").path))
    }

    @Test func refusesForeignFilesWithoutForce() throws {
        let dir = try Self.folder()
        try "mine".write(to: dir.appendingPathComponent("a.png"), atomically: true, encoding: .utf8)
        #expect(throws: ReportWriteError.wouldOverwrite(folder: dir.path, foreign: ["a.png"], modified: [])) {
            try ReportWriter.write([ReportFile(path: "a.png", text: "new"), ReportFile(path: "b.png", text: "b")], to: dir, force: false)
        }
        // Nothing written, not even the file that did not exist.
        #expect(Self.read(dir.appendingPathComponent("a.png")) == "mine")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.png").path))
        try ReportWriter.write([ReportFile(path: "a.png", text: "new")], to: dir, force: true)
        #expect(Self.read(dir.appendingPathComponent("a.png")) == "new")
    }

    @Test func refusesEditedFilesAndKeepsThemWhenStale() throws {
        let dir = try Self.folder()
        try ReportWriter.write([ReportFile(path: "a.png", text: "1"), ReportFile(path: "b.png", text: "1")], to: dir, force: false)
        try "edited".write(to: dir.appendingPathComponent("a.png"), atomically: true, encoding: .utf8)
        try "edited".write(to: dir.appendingPathComponent("b.png"), atomically: true, encoding: .utf8)
        let error = #expect(throws: ReportWriteError.self) {
            try ReportWriter.write([ReportFile(path: "a.png", text: "2")], to: dir, force: false)
        }
        #expect(error?.description.contains("1 file(s) changed since egov report wrote them: a.png") == true)
        #expect(error?.description.contains("Pass --force") == true)
        // With --force a.png is replaced; the edited stale b.png stays.
        try ReportWriter.write([ReportFile(path: "a.png", text: "2")], to: dir, force: true)
        #expect(Self.read(dir.appendingPathComponent("b.png")) == "edited")
    }

    @Test func rejectsPathsOutsideTheFolder() throws {
        let dir = try Self.folder()
        #expect(throws: ReportWriteError.invalidPath("../x")) { try ReportWriter.write([ReportFile(path: "../x", text: "")], to: dir, force: true) }
        #expect(throws: ReportWriteError.invalidPath(".egov-report.json")) {
            try ReportWriter.write([ReportFile(path: ".egov-report.json", text: "")], to: dir, force: true)
        }
    }
}
