// Writes the report's files into a folder: atomically, and never over a file the report
// did not write unless forced. The folder's `.egov-report.json` records what the previous
// run wrote (path and SHA-256 of each file): those files, if unchanged, are the only ones
// a rerun replaces (or removes when they are no longer produced).

import Foundation
import PanelData

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
        }
    }
}

/// What a run wrote, as stored in `.egov-report.json` (sorted by path; no timestamps).
public struct ReportManifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable { public var path: String; public var sha256: String }
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
    /// The overwrite rule of `write`, on its own so a caller can apply it to the files it
    /// knows it will write (report.md, report.html) before a long computation: throws if one
    /// of `paths` exists in `folder` and the previous run's manifest does not list it with
    /// its current SHA-256 (unless `force`). Returns the previous manifest (path -> SHA-256).
    @discardableResult
    public static func checkOverwrite(_ paths: [String], in folder: URL, force: Bool) throws(ReportWriteError) -> [String: String] {
        let fm = FileManager.default
        let manifestURL = folder.appendingPathComponent(ReportManifest.fileName)
        var previous: [String: String] = [:]
        if fm.fileExists(atPath: manifestURL.path) {
            if let data = fm.contents(atPath: manifestURL.path), let m = ReportManifest.parse(data) {
                for e in m.files { previous[e.path] = e.sha256 }
            } else if !force {
                throw .unreadableManifest(path: manifestURL.path, reason: "not a manifest written by egov report")
            }
        }
        guard !force else { return previous }
        var foreign: [String] = [], modified: [String] = []
        for path in paths {
            let url = folder.appendingPathComponent(path)
            guard fm.fileExists(atPath: url.path) else { continue }
            guard let recorded = previous[path] else { foreign.append(path); continue }
            if fm.contents(atPath: url.path).map({ SHA256.hex($0) }) != recorded { modified.append(path) }
        }
        if !foreign.isEmpty || !modified.isEmpty {
            throw .wouldOverwrite(folder: folder.path, foreign: foreign.sorted(), modified: modified.sorted())
        }
        return previous
    }

    /// Writes `files` into `folder` (created if needed) and then the manifest; returns the
    /// paths written, sorted. Checks every destination first and writes nothing if any
    /// would overwrite a file the previous run did not write (or that changed since),
    /// unless `force`. Files the previous run wrote that this run does not produce are
    /// removed if unchanged. Each file is written atomically (`AtomicFile`).
    @discardableResult
    public static func write(_ files: [ReportFile], to folder: URL, force: Bool) throws(ReportWriteError) -> [String] {
        let fm = FileManager.default
        for f in files where f.path.hasPrefix("/") || f.path.split(separator: "/").contains("..") || f.path == ReportManifest.fileName {
            throw .invalidPath(f.path)
        }
        let manifestURL = folder.appendingPathComponent(ReportManifest.fileName)
        let previous = try checkOverwrite(files.map(\.path), in: folder, force: force)
        func hash(_ url: URL) -> String? { fm.contents(atPath: url.path).map { SHA256.hex($0) } }
        var entries: [ReportManifest.Entry] = []
        for f in files {
            do {
                try AtomicFile.write(f.data, to: folder.appendingPathComponent(f.path), overwrite: .replace, directories: .createIntermediate)
            } catch {
                throw .write(error)
            }
            entries.append(.init(path: f.path, sha256: SHA256.hex(f.data)))
        }
        let produced = Set(files.map(\.path))
        for (path, recorded) in previous.sorted(by: { $0.key < $1.key }) where !produced.contains(path) {
            guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { continue }
            let url = folder.appendingPathComponent(path)
            // Only our own unchanged files go; anything edited since stays.
            guard fm.fileExists(atPath: url.path), hash(url) == recorded else { continue }
            do { try fm.removeItem(at: url) } catch { throw .remove(path: url.path, reason: "\(error.localizedDescription)") }
        }
        do {
            try AtomicFile.write(ReportManifest(files: entries).serialized(), to: manifestURL, overwrite: .replace, directories: .createIntermediate)
        } catch {
            throw .write(error)
        }
        return entries.map(\.path).sorted()
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
