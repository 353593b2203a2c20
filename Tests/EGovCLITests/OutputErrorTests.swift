import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 18.5: write errors are errors. A full disk or a closed pipe on standard output makes
/// every printing command exit 1 with a message on stderr (not 0, not a SIGPIPE death), and
/// `--force` never replaces a device, FIFO or folder.
@Suite struct OutputErrorTests {
    struct Run { let status: Int32; let signalled: Bool; let stderr: String }

    /// Runs egov with standard output sent to `stdout` (a file handle), stderr captured.
    static func egov(_ args: [String], stdout: FileHandle) throws -> Run {
        let bin = try #require(EGovCLI.binary)
        let p = Process()
        p.executableURL = bin
        p.arguments = args
        p.standardOutput = stdout
        let err = Pipe()
        p.standardError = err
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, signalled: p.terminationReason == .uncaughtSignal, stderr: String(decoding: e, as: UTF8.self))
    }

    /// One command of each kind that prints on stdout: tables, help, the report of a fit.
    static let printing: [[String]] = [
        ["data", "list"],
        ["data", "show", "--country", "KAZ", "--vars", "egdi"],
        ["describe", "--vars", "egdi"],
        ["regress", "--formula", "wgi_cc ~ egdi", "--where", "year == 2022"],
        ["--help"],
    ]

    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full")), arguments: printing)
    func fullDiskOnStandardOutput(_ args: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try Self.egov(args, stdout: full)
        #expect(r.status == 1 && !r.signalled, "\(args): status \(r.status)")
        // The reason shows when the failing write is the final flush (stdio keeps no errno of
        // an earlier one, e.g. `data list`, whose output exceeds the buffer).
        #expect(r.stderr.hasPrefix("error: cannot write to standard output"), "\(args): \(r.stderr)")
        #expect(r.stderr.contains("the output is incomplete"))
    }

    /// The reading end is closed before egov starts: the first write fails with EPIPE. Without
    /// SIGPIPE ignored the process would die of the signal; here it exits 1 with a message.
    @Test(arguments: printing)
    func closedPipeOnStandardOutput(_ args: [String]) throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let r = try Self.egov(args, stdout: pipe.fileHandleForWriting)
        #expect(r.status == 1 && !r.signalled, "\(args): status \(r.status), signalled \(r.signalled)")
        #expect(r.stderr.contains("error: cannot write to standard output (Broken pipe)"), "\(args): \(r.stderr)")
    }

    /// A successful command on a healthy stdout still exits 0 with nothing on stderr.
    @Test func healthyOutputIsUnchanged() throws {
        let r = try EGovCLI.run(["data", "list"])
        #expect(r.status == 0 && r.stderr.isEmpty && !r.stdout.isEmpty)
    }

    /// --force onto a FIFO, a link to a device, or a folder: refused with a message, the
    /// object untouched (a table through `--out`, a plot through AtomicFile).
    @Test func forceNeverReplacesSpecialFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-special-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let device = dir.appendingPathComponent("null.csv").path
        try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/null")
        let fifoPNG = dir.appendingPathComponent("pipe.png").path
        #expect(mkfifo(fifoPNG, 0o644) == 0)
        for (args, fragment) in [(["describe", "--vars", "egdi", "--out", fifo, "--force"], "is a named pipe (FIFO), not a regular file"),
                                 (["describe", "--vars", "egdi", "--out", device, "--force"], "is a character device, not a regular file"),
                                 (["describe", "--vars", "egdi", "--out", dir.path, "--force"], "is a directory"),
                                 (["plot", "map", "--var", "wgi_cc", "--where", "year == 2023", "--out", fifoPNG, "--force"],
                                  "is a named pipe (FIFO), not a regular file")] {
            let r = try EGovCLI.run(args)
            #expect(r.status == 1, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains(fragment), "\(args): \(r.stderr)")
        }
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
        #expect(lstat(fifoPNG, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
        #expect(lstat(device, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
        #expect(stat("/dev/null", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
    }
}
