// `--out FILE` and `--force` on every command that prints a table (DESIGN.md §6).

import ArgumentParser
import EGovParadox
import Foundation

/// Where a table goes: stdout, or `--out FILE` written atomically (never replacing an
/// existing file without `--force`, as every other egov writer).
struct TableOutputOption: ParsableArguments {
    @Option(name: .customLong("out"), help: "Write the output to this file instead of stdout (atomically; refuses to replace an existing file without --force).")
    var file: String?
    @Flag(name: .customLong("force"), help: "With --out: replace the file if it exists.")
    var force = false

    func validate() throws {
        if force, file == nil { throw ValidationError("--force applies only with --out FILE") }
        if let file, file.isEmpty { throw ValidationError("--out: give a file name") }
    }

    /// Fails before any work when `--out` exists and `--force` is absent.
    func checkBeforeWork() throws {
        guard let file else { return }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDir) {
            if isDir.boolValue { printError("--out \(file) is a directory; give a file name"); throw ExitCode(1) }
            if let kind = FileKind.of(file, followLinks: true), kind != .regular {
                printError("--out \(file) is a \(kind.rawValue), not a regular file; egov replaces only regular files, even with --force: give another file name")
                throw ExitCode(1)
            }
            if !force {
                printError("--out \(file) exists; egov never overwrites a file unless you pass --force")
                throw ExitCode(1)
            }
        }
    }

    /// Prints `text` on stdout, or writes it to `--out`.
    func emit(_ text: String) throws { try emit(Data(text.utf8), text: text) }

    /// Writes `bytes` to `--out`, or prints `text` (the same content) when there is no `--out`.
    func emit(_ bytes: Data, text: String?) throws {
        guard let file else {
            if let text { print(text, terminator: "") } else {
                printError("this output is binary: write it to a file with --out FILE")
                throw ExitCode(64)
            }
            return
        }
        do {
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: file), overwrite: force ? .replace : .refuseExisting)
        } catch .fileExists {
            printError("--out \(file) exists; egov never overwrites a file unless you pass --force")
            throw ExitCode(1)
        } catch {
            printError("--out: " + error.description)
            throw ExitCode(1)
        }
    }
}
