import Foundation
import PanelData
import Testing
import Paradox
#if canImport(Glibc)
import Glibc
#endif

/// Issue 18.1: the manifest is untrusted input and nothing outside the output folder is read,
/// written or removed, whatever `.egov-report.json` says and whatever links the folder holds.
@Suite struct ReportPathsTests {
    static func sandbox() throws -> (root: URL, folder: URL, outside: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("egov-report-paths-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("out"), outside = root.appendingPathComponent("elsewhere")
        for d in [folder, outside] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
        return (root, folder, outside)
    }

    static func manifest(_ entries: [(String, String)]) -> Data {
        let files = entries.map { "{\"path\": \"\($0.0)\", \"sha256\": \"\($0.1)\"}" }.joined(separator: ", ")
        return Data("{\"generator\": \"egov report\", \"format\": 1, \"files\": [\(files)]}".utf8)
    }

    @Test func reportOutputShapes() {
        for ok in ["report.md", "report.html", "figure_a_x.png", "figure_j_map-1.svg", "tables/rank_gap_wgi_cc.csv", "tables/a.tex"] {
            #expect(ReportPaths.problem(with: ok) == nil, "\(ok)")
        }
        for (bad, why) in [("/etc/passwd", "absolute"), ("../x", ".."), ("tables/../../x.csv", ".."), ("tables//a.csv", "empty"),
                           ("./report.md", "'.'"), ("", "empty"), ("ext/file", "writes no such file"), ("notes.txt", "writes no such file"),
                           (".egov-report.json", "writes no such file"), ("tables/a.png", "writes no such file"),
                           ("a/b/c.csv", "writes no such file"), ("tables/.hidden.csv", "writes no such file"),
                           ("figure a.png", "writes no such file")] {
            #expect(ReportPaths.problem(with: bad)?.contains(why) == true, "\(bad): \(ReportPaths.problem(with: bad) ?? "accepted")")
        }
    }

    /// The case (a link `ext` -> ../elsewhere and an entry `ext/file`) and its
    /// relatives: absolute paths, `..`, a bad hash. Every such entry is ignored with a warning;
    /// the outside files survive although their hashes match.
    @Test func tamperedManifestTouchesNothingOutside() throws {
        let (root, folder, outside) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        let victim = outside.appendingPathComponent("file")
        try Data("precious".utf8).write(to: victim)
        let hash = SHA256.hex(Data("precious".utf8))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("ext").path, withDestinationPath: "../elsewhere")
        try Self.manifest([("ext/file", hash), (victim.path, hash), ("../elsewhere/file", hash), ("tables/../../elsewhere/file", hash),
                           ("tables/a.csv", "not-a-hash")]).write(to: folder.appendingPathComponent(".egov-report.json"))
        var warnings: [String] = []
        try ReportWriter.write([ReportFile(path: "report.md", text: "r")], to: folder, force: false, warning: { warnings.append($0) })
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        #expect(warnings.count == 5, "\(warnings)")
        #expect(warnings.contains { $0.contains("'ext/file'") && $0.contains("writes no such file") })
        #expect(warnings.contains { $0.contains("'\(victim.path)'") && $0.contains("absolute") })
        #expect(warnings.contains { $0.contains("'../elsewhere/file'") && $0.contains("..") })
        #expect(warnings.contains { $0.contains("'tables/a.csv'") && $0.contains("not a SHA-256") })
        // The link itself is not ours either: it stays.
        #expect(FileKind.of(folder.appendingPathComponent("ext").path) == .symbolicLink)
    }

    /// A report-shaped entry behind a link that leaves the folder: `tables` -> ../elsewhere.
    /// The stale file is kept (with a warning) and nothing is written through the link.
    @Test func linkedSubfolderLeadingOutIsRefused() throws {
        let (root, folder, outside) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        let old = outside.appendingPathComponent("old.csv")
        try Data("old".utf8).write(to: old)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("tables").path, withDestinationPath: "../elsewhere")
        try Self.manifest([("tables/old.csv", SHA256.hex(Data("old".utf8)))]).write(to: folder.appendingPathComponent(".egov-report.json"))
        var warnings: [String] = []
        try ReportWriter.write([ReportFile(path: "report.md", text: "r")], to: folder, force: false, warning: { warnings.append($0) })
        #expect(FileManager.default.fileExists(atPath: old.path))
        #expect(warnings.contains { $0.contains("kept 'tables/old.csv'") }, "\(warnings)")
        let error = #expect(throws: ReportWriteError.self) {
            try ReportWriter.write([ReportFile(path: "tables/new.csv", text: "n")], to: folder, force: true)
        }
        #expect(error?.description.contains("symbolic link leading out of the output folder") == true, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("new.csv").path))
        #expect(throws: ReportWriteError.self) { try ReportWriter.checkSubfolders(in: folder) }
        // A link to a folder inside the output folder is fine.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("tables"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("real-tables"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("tables").path, withDestinationPath: "real-tables")
        try ReportWriter.checkSubfolders(in: folder)
        try ReportWriter.write([ReportFile(path: "tables/new.csv", text: "n")], to: folder, force: true)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("real-tables/new.csv").path))
    }

    /// A FIFO (or any non-regular file) where a report file goes is refused, even with
    /// --force, without blocking on it; a FIFO as the manifest is unreadable, not a hang.
    @Test func nonRegularDestinationsAreRefused() throws {
        let (root, folder, _) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = folder.appendingPathComponent("report.md").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(throws: ReportWriteError.notRegular(path: fifo, kind: "named pipe (FIFO)")) {
            try ReportWriter.write([ReportFile(path: "report.md", text: "r")], to: folder, force: true)
        }
        #expect(FileKind.of(fifo) == .fifo)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("report.html"), withIntermediateDirectories: true)
        #expect(throws: ReportWriteError.self) {
            try ReportWriter.write([ReportFile(path: "report.html", text: "r")], to: folder, force: true)
        }
        #expect(mkfifo(folder.appendingPathComponent(".egov-report.json").path, 0o644) == 0)
        let error = #expect(throws: ReportWriteError.self) {
            try ReportWriter.write([ReportFile(path: "a.png", text: "r")], to: folder, force: false)
        }
        #expect(error?.description.contains("named pipe (FIFO), not a regular file") == true, "\(String(describing: error))")
    }
}
