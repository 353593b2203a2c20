import Foundation
import PanelData
import Testing
import Paradox
#if canImport(Glibc)
import Glibc
#endif

/// Issue 18.6: a report interrupted while writing (killed, disk full) is recovered by a plain
/// rerun, which leaves exactly one consistent report and none of the interrupted run's files.
/// The CLI tests (ReportRecoveryTests) kill real runs; these build the states directly.
@Suite struct ReportStagingTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-report-staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Relative path -> bytes of every entry under `dir` (folders as empty data with a trailing /).
    static func tree(_ dir: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let base = dir.standardizedFileURL.path + "/"
        guard let e = FileManager.default.enumerator(atPath: dir.path) else { return out }
        for case let rel as String in e {
            let p = base + rel
            out[FileKind.of(p) == .directory ? rel + "/" : rel] = FileKind.of(p) == .regular ? FileManager.default.contents(atPath: p) ?? Data() : Data()
        }
        return out
    }

    static func files(_ pairs: [(String, String)]) -> [ReportFile] { pairs.map { ReportFile(path: $0.0, text: $0.1) } }

    /// The state a run killed in the middle of its commit leaves: the old manifest, some new
    /// files renamed into place, the rest in the staging folder with the journal, temporary
    /// files of `AtomicFile`, and a stale lock file. A plain rerun (no --force) finishes.
    @Test func rerunAfterAnInterruptedCommit() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let v1 = Self.files([("report.md", "old md"), ("report.html", "old html"), ("tables/a.csv", "a1"), ("tables/gone.csv", "g")])
        let v2 = Self.files([("report.md", "new md"), ("report.html", "new html"), ("tables/a.csv", "a2"), ("tables/b.csv", "b2")])
        try ReportWriter.write(v1, to: dir, force: false)
        // Staged v2 with its journal; report.md and tables/a.csv already renamed into place.
        let staging = dir.appendingPathComponent(".egov-report.staging")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("tables"), withIntermediateDirectories: true)
        try ReportManifest(files: v2.map { .init(path: $0.path, sha256: SHA256.hex($0.data)) }).serialized()
            .write(to: staging.appendingPathComponent(".egov-journal.json"), atomically: false, encoding: .utf8)
        try Data("new html".utf8).write(to: staging.appendingPathComponent("report.html"))
        try Data("b2".utf8).write(to: staging.appendingPathComponent("tables/b.csv"))
        try Data("new md".utf8).write(to: dir.appendingPathComponent("report.md"))
        try Data("a2".utf8).write(to: dir.appendingPathComponent("tables/a.csv"))
        // Temporary files of ours (killed mid-write; AtomicFile names them "." + name + ".tmp-" + hex) and one of the user's that only looks alike.
        for t in [".report.md.tmp-1f2e3d", "tables/.a.csv.tmp-00ff", "..egov-report.json.tmp-abc"] {
            try Data("partial".utf8).write(to: dir.appendingPathComponent(t))
        }
        try Data("mine".utf8).write(to: dir.appendingPathComponent(".notes.txt.tmp-abc"))
        try Data("999999999\n".utf8).write(to: dir.appendingPathComponent(".egov-report.lock"))

        let written = try ReportWriter.write(v2, to: dir, force: false)
        #expect(written == ["report.html", "report.md", "tables/a.csv", "tables/b.csv"])
        var expected: [String: Data] = [".notes.txt.tmp-abc": Data("mine".utf8), "tables/": Data()]
        for f in v2 { expected[f.path] = f.data }
        var tree = Self.tree(dir)
        let removed = tree.removeValue(forKey: ".egov-report.json")
        let manifest = try #require(removed)
        #expect(tree == expected)
        #expect(ReportManifest.parse(manifest)?.files.map(\.path) == ["report.html", "report.md", "tables/a.csv", "tables/b.csv"])
    }

    /// Killed while staging (no journal yet): the old report is untouched, the staging folder
    /// is ours and goes; a file the old manifest does not know still stops the rerun.
    @Test func rerunAfterAnInterruptedStaging() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try ReportWriter.write(Self.files([("report.md", "old")]), to: dir, force: false)
        let staging = dir.appendingPathComponent(".egov-report.staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staging.appendingPathComponent("report.md"))
        try ReportWriter.write(Self.files([("report.md", "new"), ("x.png", "p")]), to: dir, force: false)
        #expect(Set(Self.tree(dir).keys) == ["report.md", "x.png", ".egov-report.json"])
        // Without a journal, a changed file is the user's edit, not ours.
        try Data("edited".utf8).write(to: dir.appendingPathComponent("report.md"))
        #expect(throws: ReportWriteError.self) { try ReportWriter.write(Self.files([("report.md", "new")]), to: dir, force: false) }
    }

    /// Two writers on one folder: the second is refused at once and names the first's pid;
    /// after the first releases, writing works and no lock file stays.
    @Test func lockRefusesASecondWriter() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lock = try ReportLock.acquire(dir)
        #expect(throws: ReportWriteError.locked(folder: dir.path, pid: Int(getpid()))) {
            try ReportWriter.write(Self.files([("report.md", "r")]), to: dir, force: false)
        }
        #expect(throws: ReportWriteError.self) { try ReportLock.acquire(dir) }
        // Writing under the caller's own lock works.
        try ReportWriter.write(Self.files([("report.md", "r")]), to: dir, force: false, lock: lock)
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(".egov-report.lock").path))
        try ReportWriter.write(Self.files([("report.md", "s")]), to: dir, force: false)
        #expect(Set(Self.tree(dir).keys) == ["report.md", ".egov-report.json"])
        // A folder the lock created is removed again when nothing was written.
        let fresh = dir.appendingPathComponent("new")
        try ReportLock.acquire(fresh).release()
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
    }

    /// ENOSPC on a 1 MB tmpfs: the failed run leaves the previous report exactly as it was and
    /// nothing of its own; after the disk grows, a plain rerun succeeds. Needs root (mount);
    /// skipped otherwise.
    @Test(.enabled(if: TinyDisk.available, "needs permission to mount a tmpfs (root)"))
    func fullDiskKeepsTheOldReportAndARerunSucceeds() throws {
        let disk = try #require(TinyDisk(megabytes: 1))
        defer { disk.unmount() }
        let dir = disk.path.appendingPathComponent("report")
        let v1 = [ReportFile(path: "report.md", text: "v1"), ReportFile(path: "a.png", data: Data(repeating: 1, count: 200_000))]
        try ReportWriter.write(v1, to: dir, force: false)
        let before = Self.tree(dir)
        let v2 = [ReportFile(path: "report.md", text: "v2")] + (0..<6).map { ReportFile(path: "tables/t\($0).csv", data: Data(repeating: 2, count: 300_000)) }
        let error = #expect(throws: ReportWriteError.self) { try ReportWriter.write(v2, to: dir, force: false) }
        #expect(error?.description.contains("No space left on device") == true, "\(String(describing: error))")
        #expect(Self.tree(dir) == before)
        #expect(disk.resize(megabytes: 8))
        try ReportWriter.write(v2, to: dir, force: false)
        var expected: [String: Data] = ["tables/": Data()]
        for f in v2 { expected[f.path] = f.data }
        var after = Self.tree(dir)
        after.removeValue(forKey: ".egov-report.json")
        #expect(after == expected)
    }
}

/// A tmpfs mounted on a fresh temporary folder (Linux, root only).
struct TinyDisk {
    let path: URL

    static func mount(_ args: [String]) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/mount")
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    /// Whether a tmpfs can be mounted here (tried once).
    static let available: Bool = {
        guard getuid() == 0, let d = TinyDisk(megabytes: 1) else { return false }
        d.unmount()
        return true
    }()

    init?(megabytes: Int) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-tmpfs-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)) != nil else { return nil }
        guard Self.mount(["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", dir.path]) else {
            try? FileManager.default.removeItem(at: dir)
            return nil
        }
        path = dir
    }

    func resize(megabytes: Int) -> Bool { Self.mount(["-o", "remount,size=\(megabytes)m", path.path]) }

    func unmount() {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/umount")
        p.arguments = [path.path]
        try? p.run()
        p.waitUntilExit()
        try? FileManager.default.removeItem(at: path)
    }
}
