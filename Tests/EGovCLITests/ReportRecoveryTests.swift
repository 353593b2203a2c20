import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 18.1 and 18.6 through the built binary: `egov report` never touches anything outside
/// `--out` (a link `ext` -> ../elsewhere with a manifest entry `ext/file`, a tampered
/// manifest), a run killed in its writing phase is finished by a plain rerun, and two runs
/// into one folder do not mix. Runs use the test-only replication count of ReportCommandTests
/// and the test-only kill switch `EGOV_TEST_REPORT_KILL=phase:N` (ReportTestHooks).
@Suite(.serialized) struct ReportRecoveryTests {
    typealias Reports = ReportCommandTests

    struct Run { let status: Int32; let signal: Int32?; let stdout: String; let stderr: String }

    /// Starts egov with `environment` added; `wait` false returns the running process.
    static func start(_ args: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let p = Process()
        p.executableURL = try #require(EGovCLI.binary)
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        return (p, out, err)
    }

    static func finish(_ r: (Process, Pipe, Pipe)) -> Run {
        let o = r.1.fileHandleForReading.readDataToEndOfFile(), e = r.2.fileHandleForReading.readDataToEndOfFile()
        r.0.waitUntilExit()
        let signalled = r.0.terminationReason == .uncaughtSignal
        return Run(status: r.0.terminationStatus, signal: signalled ? r.0.terminationStatus : nil,
                   stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func egov(_ args: [String], environment: [String: String] = [:]) throws -> Run {
        finish(try start(args, environment: environment))
    }

    /// Every entry under `dir`, hidden ones included, with folders marked by a trailing slash.
    static func entries(_ dir: URL) -> [String] {
        (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).map { rel in
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: dir.appendingPathComponent(rel).path, isDirectory: &isDir)
            return isDir.boolValue ? rel + "/" : rel
        }.sorted()
    }

    static func sandbox() throws -> (root: URL, out: URL, outside: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("egov-report-recovery-\(UUID().uuidString)")
        let out = root.appendingPathComponent("out"), outside = root.appendingPathComponent("elsewhere")
        for d in [out, outside] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
        return (root, out, outside)
    }

    /// The escape: `ext` -> ../elsewhere and a manifest entry `ext/file` (with the
    /// outside file's true SHA-256), plus an absolute entry and `../x`. The run succeeds,
    /// warns about each ignored entry, and every outside file survives.
    @Test func symlinkEscapeAndTamperedManifest() throws {
        let (root, out, outside) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        let victim = outside.appendingPathComponent("file"), x = root.appendingPathComponent("x")
        for f in [victim, x] { try Data("precious".utf8).write(to: f) }
        let hash = "9f3b6ac9d6fc5b3a0c4b32afb1ba7a0d46aaaf60c0bb3dfc52b6c0e1d2b3c0f6"  // any valid-looking hash
        let real = try String(decoding: #require(Self.sha256(victim)), as: UTF8.self)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("ext").path, withDestinationPath: "../elsewhere")
        let manifest = """
        {"generator": "egov report", "format": 1, "files": [
          {"path": "ext/file", "sha256": "\(real)"},
          {"path": "\(victim.path)", "sha256": "\(real)"},
          {"path": "../x", "sha256": "\(real)"},
          {"path": "tables/../../x", "sha256": "\(hash)"}]}
        """
        try Data(manifest.utf8).write(to: out.appendingPathComponent(".egov-report.json"))
        let r = try Self.egov(["report", "--out", out.path] + Reports.fast)
        #expect(r.status == 0, "\(r.stderr)")
        for f in [victim, x] { #expect(try String(contentsOf: f, encoding: .utf8) == "precious", "\(f.path)") }
        for entry in ["'ext/file'", "'\(victim.path)'", "'../x'", "'tables/../../x'"] {
            #expect(r.stderr.contains("ignored the entry \(entry)"), "\(entry): \(r.stderr)")
        }
        #expect(Self.entries(outside) == ["file"])
        // The link stays (it is not ours); the manifest now lists only the report's files.
        let listed = try String(contentsOf: out.appendingPathComponent(".egov-report.json"), encoding: .utf8)
        #expect(!listed.contains("ext/") && !listed.contains(".."))
    }

    /// A `tables` link leading out of the folder stops the run before the computation.
    @Test func linkedTablesFolderIsRefusedAtOnce() throws {
        let (root, out, outside) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("tables").path, withDestinationPath: "../elsewhere")
        let started = Date()
        let r = try Self.egov(["report", "--out", out.path] + Reports.fast)
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(r.stderr.contains("symbolic link leading out of the output folder"), "\(r.stderr)")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(Self.entries(outside).isEmpty)
        #expect(Self.entries(out) == ["tables/"])  // the link (to a folder), nothing else
    }

    @Test func emptyOutIsAUsageError() throws {
        let r = try Self.egov(["report", "--out", ""])
        #expect(r.status == 64 && r.stdout.isEmpty)
        #expect(r.stderr.contains("--out '': give the output folder's name"), "\(r.stderr)")
    }

    /// SIGKILL while staging, then SIGKILL in the middle of the commit over an older report
    /// made with other options; a plain rerun then succeeds and leaves exactly the report a
    /// fresh run writes (byte for byte), with no staging folder, temporary file or lock left.
    @Test func killedWhileWritingThenRerun() throws {
        let fresh = try #require(Reports.first)
        #expect(fresh.status == 0)
        let expected = try Reports.contents(fresh.dir)
        let (root, out, _) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        let older = try Self.egov(["report", "--out", out.path, "--alignment", "same-year"] + Reports.fast)
        #expect(older.status == 0, "\(older.stderr)")
        let olderContents = try Reports.contents(out)
        #expect(olderContents != expected)

        let staged = try Self.egov(["report", "--out", out.path] + Reports.fast, environment: ["EGOV_TEST_REPORT_KILL": "stage:20"])
        #expect(staged.signal == SIGKILL, "status \(staged.status): \(staged.stderr)")
        #expect(Self.entries(out).contains(".egov-report.staging/"))
        // Killed before the commit: the older report is intact (the staging folder aside).
        var visible = try Reports.contents(out).filter { !$0.key.hasPrefix(".egov-report.staging/") }
        visible.removeValue(forKey: ".egov-report.lock")
        #expect(visible == olderContents)

        let committing = try Self.egov(["report", "--out", out.path] + Reports.fast, environment: ["EGOV_TEST_REPORT_KILL": "commit:40"])
        #expect(committing.signal == SIGKILL, "status \(committing.status): \(committing.stderr)")
        #expect(try Reports.contents(out) != expected)

        let rerun = try Self.egov(["report", "--out", out.path] + Reports.fast)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try Reports.contents(out) == expected)
        #expect(!Self.entries(out).contains { $0.hasPrefix(".egov-report.staging") || $0.contains(".tmp-") || $0 == ".egov-report.lock" })
    }

    /// Two runs into one folder: the second is refused at once, naming the first's process;
    /// the first completes and leaves one consistent report and no lock file.
    @Test func concurrentRunsAreRefused() throws {
        let fresh = try #require(Reports.first)
        let expected = try Reports.contents(fresh.dir)
        let (root, out, _) = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Self.start(["report", "--out", out.path] + Reports.fast)
        let lock = out.appendingPathComponent(".egov-report.lock")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, (try? String(contentsOf: lock, encoding: .utf8))?.hasSuffix("\n") != true { usleep(20_000) }
        let second = try Self.egov(["report", "--out", out.path] + Reports.fast)
        let done = Self.finish(first)
        #expect(second.status == 1 && second.stdout.isEmpty)
        #expect(second.stderr.contains("another egov report (process \(first.0.processIdentifier)) is writing into \(out.path)"), "\(second.stderr)")
        #expect(done.status == 0, "\(done.stderr)")
        #expect(try Reports.contents(out) == expected)
    }

    /// SHA-256 of a file as lower-case hex, via the package's own implementation in the CLI's
    /// manifest would be circular; `sha256sum` is an independent reference.
    static func sha256(_ file: URL) -> Data? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [file.path]
        let out = Pipe()
        p.standardOutput = out
        guard (try? p.run()) != nil else { return nil }
        let d = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return d.prefix(64)
    }
}
