// Writes the report's files into a folder: atomically (staged, then renamed into place:
// ReportStaging), one run at a time (ReportLock), only inside the folder (ReportPaths), and
// never over a file the report did not write unless forced. The folder's `.egov-report.json` records what the previous
// run wrote (path and SHA-256 of each file): those files, if unchanged, are the only ones
// a rerun replaces (or removes when they are no longer produced).

import Foundation
import PanelData
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One output file: a path relative to the output folder and its bytes.
public struct ReportFile: Sendable, Equatable {
    public var path: String
    public var data: Data
    public init(path: String, data: Data) { self.path = path; self.data = data }
    public init(path: String, text: String) { self.init(path: path, data: Data(text.utf8)) }
}

public enum ReportWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Files exist that the previous report did not write, or that changed since.
    case wouldOverwrite(folder: String, foreign: [String], modified: [String])
    /// The manifest exists but cannot be read.
    case unreadableManifest(path: String, reason: String)
    /// An output path is absolute or climbs out of the folder.
    case invalidPath(String)
    case write(AtomicFileError)
    case remove(path: String, reason: String)
    /// Another `egov report` holds the folder's lock (its process id when known).
    case locked(folder: String, pid: Int?)
    /// A folder on the way to `path` leads out of the output folder (a symbolic link) or is not a folder.
    case escapes(path: String, reason: String)
    /// A destination is a device, FIFO, socket or folder: never replaced, even with --force.
    case notRegular(path: String, kind: String)

    public var description: String {
        switch self {
        case let .wouldOverwrite(folder, foreign, modified):
            func list(_ xs: [String]) -> String { xs.prefix(8).joined(separator: ", ") + (xs.count > 8 ? " and \(xs.count - 8) more" : "") }
            var parts: [String] = []
            if !foreign.isEmpty { parts.append("\(foreign.count) file(s) that egov report did not write: \(list(foreign))") }
            if !modified.isEmpty { parts.append("\(modified.count) file(s) changed since egov report wrote them: \(list(modified))") }
            return "\(folder) holds " + parts.joined(separator: "; and ")
                + "; nothing was written. Pass --force to overwrite them, or choose another --out folder."
        case let .unreadableManifest(path, reason):
            return "cannot read \(path) (\(reason)); delete it or pass --force."
        case .invalidPath(let p):
            return "report file path '\(p)' is not relative to the output folder."
        case .write(let e):
            return e.description
        case let .remove(path, reason):
            return "cannot remove the stale report file \(path) (\(reason))."
        case let .locked(folder, pid):
            return "another egov report\(pid.map { " (process \($0))" } ?? "") is writing into \(folder); wait for it to finish, or choose another --out folder."
        case let .escapes(path, reason):
            return "will not write \(path): \(reason); egov report writes only inside its --out folder. Remove the link or choose another --out folder."
        case let .notRegular(path, kind):
            return "\(path) is a \(kind), not a regular file; egov report replaces only regular files, even with --force: move it away."
        }
    }
}

/// What a run wrote, as stored in `.egov-report.json` (sorted by path; no timestamps).
public struct ReportManifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var path: String; public var sha256: String
        public init(path: String, sha256: String) { self.path = path; self.sha256 = sha256 }
    }
    public var files: [Entry]

    public static let fileName = ".egov-report.json"

    public init(files: [Entry]) { self.files = files.sorted { $0.path < $1.path } }

    public func serialized() -> String {
        JSONValue.object([
            ("generator", .string("egov report")),
            ("format", .integer(1)),
            ("files", .array(files.map { .object([("path", .string($0.path)), ("sha256", .string($0.sha256))]) })),
        ]).serialized(pretty: true) + "\n"
    }

    public static func parse(_ data: Data) -> ReportManifest? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["generator"] as? String == "egov report",
              let files = object["files"] as? [[String: Any]] else { return nil }
        var entries: [Entry] = []
        for f in files {
            guard let p = f["path"] as? String, let h = f["sha256"] as? String else { return nil }
            entries.append(Entry(path: p, sha256: h))
        }
        return ReportManifest(files: entries)
    }
}

public enum ReportWriter {
    /// What the previous runs recorded: path -> the SHA-256 values under which the file is
    /// this report's own (the manifest's, and the journal's of an interrupted run). Entries
    /// that are not report file paths or hashes are ignored and named in `ignored`: the
    /// manifest is untrusted input.
    static func recorded(in folder: URL, force: Bool) throws(ReportWriteError) -> (hashes: [String: Set<String>], ignored: [String]) {
        let manifestPath = folder.appendingPathComponent(ReportManifest.fileName).path
        var entries: [ReportManifest.Entry] = []
        if FileKind.of(manifestPath) != nil {
            if let data = ReportStaging.readRegular(manifestPath), let m = ReportManifest.parse(data) {
                entries = m.files
            } else if !force {
                let reason = FileKind.of(manifestPath) == .regular ? "not a manifest written by egov report"
                    : "a \(FileKind.of(manifestPath)?.rawValue ?? "file"), not a regular file"
                throw .unreadableManifest(path: manifestPath, reason: reason)
            }
        }
        entries += ReportStaging.journal(in: folder)
        var hashes: [String: Set<String>] = [:], ignored: [String] = []
        for e in entries {
            if let why = ReportPaths.problem(with: e.path) { ignored.append("'\(e.path)': \(why)"); continue }
            guard ReportPaths.isSHA256(e.sha256) else { ignored.append("'\(e.path)': not a SHA-256"); continue }
            hashes[e.path, default: []].insert(e.sha256)
        }
        return (hashes, ignored)
    }

    /// The overwrite rule of `write`, on its own so a caller can apply it to the files it
    /// knows it will write (report.md, report.html) before a long computation: throws if one
    /// of `paths` exists in `folder` and neither the previous run's manifest nor the journal
    /// of an interrupted run lists it with its current SHA-256 (unless `force`). A destination
    /// that is not a regular file (or symbolic link) is refused even with `force`. Returns
    /// the recorded hashes (path -> SHA-256 values).
    @discardableResult
    public static func checkOverwrite(_ paths: [String], in folder: URL, force: Bool) throws(ReportWriteError) -> [String: Set<String>] {
        try check(paths, in: folder, force: force).hashes
    }

    /// Fails if the report's `tables/` subfolder exists in `folder` as a symbolic link leading
    /// out of it, or as something other than a folder (checked before a long computation;
    /// `write` checks every path again).
    public static func checkSubfolders(in folder: URL) throws(ReportWriteError) {
        guard let realFolder = ReportPaths.realPath(folder.path) else { return }
        let probe = "tables/check.csv"
        if let reason = ReportPaths.escape(of: probe, in: folder, realFolder: realFolder) { throw .escapes(path: "tables/", reason: reason) }
    }

    static func check(_ paths: [String], in folder: URL, force: Bool) throws(ReportWriteError) -> (hashes: [String: Set<String>], ignored: [String]) {
        let previous = try recorded(in: folder, force: force)
        var foreign: [String] = [], modified: [String] = []
        for path in paths {
            let p = folder.appendingPathComponent(path).path
            guard let kind = FileKind.of(p) else { continue }
            switch kind {
            case .regular:
                guard let recorded = previous.hashes[path] else { foreign.append(path); continue }
                if let h = ReportStaging.hash(p), recorded.contains(h) { continue }
                modified.append(path)
            case .symbolicLink:
                foreign.append(path)  // egov report never writes links
            default:
                throw .notRegular(path: p, kind: kind.rawValue)
            }
        }
        if !force, !foreign.isEmpty || !modified.isEmpty {
            throw .wouldOverwrite(folder: folder.path, foreign: foreign.sorted(), modified: modified.sorted())
        }
        return previous
    }

    /// Writes `files` into `folder` (created if needed) and then the manifest; returns the
    /// paths written, sorted. Checks every destination first and writes nothing if any
    /// would overwrite a file the previous run did not write (or that changed since),
    /// unless `force`. Files the previous run wrote that this run does not produce are
    /// removed if unchanged. Nothing outside `folder` is read, written or removed: paths
    /// must have the shape of report files (`ReportPaths`), and no folder on the way may be
    /// a symbolic link leading out of it.
    ///
    /// Crash-safe (`ReportStaging`): files are staged, journaled, renamed into place, and
    /// the manifest comes last; a rerun after a kill or a full disk recognises and removes
    /// what the interrupted run left. One writer at a time: `lock` is the caller's lock on
    /// `folder` (taken here when nil).
    /// - Parameters:
    ///   - files: The report's files, paths relative to `folder`.
    ///   - folder: The output folder.
    ///   - force: Replace files the previous report did not write or that were edited.
    ///   - lock: A lock the caller already holds on `folder`, or nil.
    ///   - warning: Receives the manifest entries that were ignored (untrusted input).
    ///   - afterEachFile: Called after each staged and each committed file with the phase and
    ///     the count so far (the CLI's test-only kill switch uses it).
    @discardableResult
    public static func write(_ files: [ReportFile], to folder: URL, force: Bool, lock: ReportLock? = nil,
                             warning: (String) -> Void = { _ in },
                             afterEachFile: (ReportWritePhase, Int) -> Void = { _, _ in }) throws(ReportWriteError) -> [String] {
        for f in files where ReportPaths.problem(with: f.path) != nil { throw .invalidPath(f.path) }
        let held: ReportLock
        if let lock { held = lock } else { held = try ReportLock.acquire(folder) }
        defer { if lock == nil { held.release() } }
        guard let realFolder = ReportPaths.realPath(folder.path) else {
            throw .write(.directoryMissing(path: folder.path))
        }
        for f in files {
            if let reason = ReportPaths.escape(of: f.path, in: folder, realFolder: realFolder) { throw .escapes(path: f.path, reason: reason) }
        }
        let (previous, ignored) = try check(files.map(\.path), in: folder, force: force)
        for i in ignored { warning("\(ReportManifest.fileName): ignored the entry \(i)") }
        ReportStaging.removeLeftovers(in: folder)
        let staging = try ReportStaging.stage(files, in: folder, afterEachFile: afterEachFile)
        // From here the journal in the staging folder makes every file recognisable: a
        // failure leaves it for the next run, which finishes the job.
        let order = files.map(\.path)
        try ReportStaging.commit(order, from: staging, to: folder, realFolder: realFolder, afterEachFile: afterEachFile)
        let produced = Set(order)
        for (path, recorded) in previous.sorted(by: { $0.key < $1.key }) where !produced.contains(path) {
            guard ReportPaths.escape(of: path, in: folder, realFolder: realFolder) == nil else {
                warning("\(ReportManifest.fileName): kept '\(path)': a folder on its way leads out of \(folder.path)")
                continue
            }
            let p = folder.appendingPathComponent(path).path
            // Only our own unchanged regular files go; anything edited since, or a link, stays.
            guard let h = ReportStaging.hash(p), recorded.contains(h) else { continue }
            if unlink(p) != 0 { throw .remove(path: p, reason: String(cString: strerror(errno))) }
        }
        let entries = files.map { ReportManifest.Entry(path: $0.path, sha256: SHA256.hex($0.data)) }
        do {
            try AtomicFile.write(ReportManifest(files: entries).serialized(), to: folder.appendingPathComponent(ReportManifest.fileName),
                                 overwrite: .replace)
        } catch {
            throw .write(error)
        }
        try? FileManager.default.removeItem(at: staging)
        return order.sorted()
    }
}

extension Report {
    /// The text files of the report: every table (CSV, Markdown, LaTeX) and the two
    /// documents. Figures are rendered by the caller (they need the Cairo backend).
    public func textFiles() -> [ReportFile] {
        var out: [ReportFile] = []
        for t in tables { for f in t.files { out.append(ReportFile(path: f.path, text: f.contents)) } }
        out.append(ReportFile(path: Report.markdownFile, text: markdown()))
        out.append(ReportFile(path: Report.htmlFile, text: html()))
        return out
    }
}
