import Foundation
import Testing
@testable import PanelData

@Suite struct AtomicFileTests {
    private func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private func listing(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test func writesReplacesAndLeavesNoTemporaryFiles() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.txt")
        try AtomicFile.write("first", to: url)
        try AtomicFile.write(Data("second".utf8), to: url, overwrite: .replace)
        #expect(try String(contentsOf: url, encoding: .utf8) == "second")
        try AtomicFile.write("", to: dir.appendingPathComponent("empty.txt"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("empty.txt")).isEmpty)
        #expect(try listing(dir) == ["a.txt", "empty.txt"])
    }

    @Test func refusesExistingAndLeavesItUntouched() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("out.csv")
        try AtomicFile.write("keep", to: url, overwrite: .refuseExisting)
        do {
            try AtomicFile.write("lost", to: url, overwrite: .refuseExisting)
            Issue.record("expected an error")
        } catch {
            #expect(error == .fileExists(path: url.path))
            #expect(error.description == "\(url.path) exists; pass --force to overwrite")
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "keep")
        #expect(try listing(dir) == ["out.csv"])
    }

    @Test func directoryErrors() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let deep = dir.appendingPathComponent("x/y/out.txt")
        #expect(throws: AtomicFileError.directoryMissing(path: dir.appendingPathComponent("x/y").path)) {
            try AtomicFile.write("a", to: deep)
        }
        #expect(AtomicFileError.directoryMissing(path: "/no/where").description
                == "directory /no/where does not exist; create it first")
        #expect(try listing(dir).isEmpty)  // nothing created when not asked
        try AtomicFile.write("a", to: deep, directories: .createIntermediate)
        #expect(try String(contentsOf: deep, encoding: .utf8) == "a")
        #expect(throws: AtomicFileError.destinationIsDirectory(path: dir.appendingPathComponent("x").path)) {
            try AtomicFile.write("a", to: dir.appendingPathComponent("x"))
        }
        #expect(try listing(dir.appendingPathComponent("x/y")) == ["out.txt"])
    }

    @Test func unwritableDirectory() throws {
        #if os(Linux)
        // /proc refuses new files even for root (tests may run as root, which ignores chmod).
        let dir = URL(fileURLWithPath: "/proc")
        #else
        let dir = try tempDir()
        defer {
            _ = chmod(dir.path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        #expect(chmod(dir.path, 0o555) == 0)
        #endif
        let before = try listing(dir).filter { $0.hasPrefix(".out.txt") }
        #expect {
            try AtomicFile.write("a", to: dir.appendingPathComponent("out.txt"))
        } throws: { error in
            guard case AtomicFileError.directoryNotWritable(let path, _) = error else { return false }
            return path == dir.path && "\(error)".hasPrefix("cannot write in directory \(dir.path) (")
        }
        #expect(try listing(dir).filter { $0.hasPrefix(".out.txt") } == before)
    }

    /// `checkWritable` (used by `egov report` before it computes): a missing folder under a
    /// writable one is fine and is not created; a file on the path, or an unwritable ancestor,
    /// is the typed error; the probe file never stays.
    @Test func checkWritableBeforeWriting() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try AtomicFile.checkWritable(directory: dir)
        try AtomicFile.checkWritable(directory: dir.appendingPathComponent("a/b/c"))
        #expect(try listing(dir).isEmpty)
        let file = dir.appendingPathComponent("f")
        try AtomicFile.write("x", to: file)
        #expect(throws: AtomicFileError.cannotCreateDirectory(path: file.appendingPathComponent("sub").path, reason: "\(file.path) is a file, not a folder")) {
            try AtomicFile.checkWritable(directory: file.appendingPathComponent("sub"))
        }
        #expect(throws: AtomicFileError.cannotCreateDirectory(path: file.path, reason: "\(file.path) is a file, not a folder")) {
            try AtomicFile.checkWritable(directory: file)
        }
        #expect(try listing(dir) == ["f"])
        #if os(Linux)
        #expect {
            try AtomicFile.checkWritable(directory: URL(fileURLWithPath: "/proc/egov-out/figures"))
        } throws: { error in
            guard case AtomicFileError.directoryNotWritable(let path, _) = error else { return false }
            return path == "/proc"
        }
        #endif
    }
}
