// Crash-safe writing of a report: every file first goes to a staging folder inside the
// output folder (same file system, so the commit is a series of atomic renames); once all
// are staged a journal (the new manifest) is written into the staging folder, then the
// files are renamed into place, stale files removed, the manifest written and the staging
// folder removed. A run killed at any point leaves either the old report untouched (killed
// while staging: no journal yet) or files each listed, with their SHA-256, in the old
// manifest or in the journal; the next run recognises both as its own, and removes the
// staging folder and any `.NAME.tmp-HEX` file of `AtomicFile` whose NAME is a report file.

import Foundation
import PanelData
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The two phases of `ReportWriter.write` that write files (for the test hook).
public enum ReportWritePhase: String, Sendable {
    /// Files written into the staging folder; the output folder is unchanged.
    case stage
    /// Files renamed from the staging folder into the output folder.
    case commit
}

enum ReportStaging {
    /// The staging folder inside the output folder.
    static let folderName = ".egov-report.staging"
    /// The journal inside the staging folder: the manifest of the staged report.
    static let journalName = ".egov-journal.json"
    /// Largest manifest or journal read (a report's manifest is a few kB).
    static let maximumManifestBytes = 16 << 20

    /// The bytes of a small regular file (not through a symbolic link, never a FIFO or
    /// device, which could block or never end), or nil.
    static func readRegular(_ path: String) -> Data? {
        guard FileKind.of(path) == .regular else { return nil }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        guard let data = try? handle.read(upToCount: maximumManifestBytes + 1), data.count <= maximumManifestBytes else { return nil }
        return data
    }

    /// SHA-256 of the regular file at `path` (nil for anything else: a symbolic link, a
    /// FIFO, a device, a folder, nothing).
    static func hash(_ path: String) -> String? {
        guard FileKind.of(path) == .regular else { return nil }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        guard let data = try? handle.readToEnd() else { return SHA256.hex(Data()) }
        return SHA256.hex(data)
    }

    /// The journal of an interrupted run (path -> SHA-256), empty if there is none.
    static func journal(in folder: URL) -> [ReportManifest.Entry] {
        let path = folder.appendingPathComponent(folderName).appendingPathComponent(journalName).path
        guard FileKind.of(folder.appendingPathComponent(folderName).path) == .directory,
              let data = readRegular(path), let m = ReportManifest.parse(data) else { return [] }
        return m.files
    }

    /// Whether `name` (a file name in the output folder or in `tables/`) is a temporary file
    /// `AtomicFile` leaves when killed mid-write: `.NAME.tmp-HEX`, NAME a report file name
    /// (relative to `directory`, "" for the top level) or the manifest.
    static func isOwnTemporary(_ name: String, directory: String) -> Bool {
        guard name.hasPrefix("."), let r = name.range(of: ".tmp-", options: .backwards), r.lowerBound > name.startIndex else { return false }
        let hex = name[r.upperBound...]
        guard !hex.isEmpty, hex.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else { return false }
        let base = String(name[name.index(after: name.startIndex)..<r.lowerBound])
        if directory.isEmpty, base == ReportManifest.fileName { return true }
        return ReportPaths.problem(with: directory.isEmpty ? base : directory + "/" + base) == nil
    }

    /// Removes what an interrupted run of ours left: the staging folder and our temporary
    /// files (regular files only, in the output folder and its real `tables/` folder).
    static func removeLeftovers(in folder: URL) {
        let fm = FileManager.default
        let staging = folder.appendingPathComponent(folderName)
        if FileKind.of(staging.path) == .directory { try? fm.removeItem(at: staging) }
        else if FileKind.of(staging.path) == .symbolicLink { _ = unlink(staging.path) }
        for directory in ["", "tables"] {
            let dir = directory.isEmpty ? folder : folder.appendingPathComponent(directory)
            guard FileKind.of(dir.path) == .directory, let names = try? fm.contentsOfDirectory(atPath: dir.path) else { continue }
            for name in names.sorted() where isOwnTemporary(name, directory: directory) {
                let p = dir.appendingPathComponent(name).path
                if FileKind.of(p) == .regular { _ = unlink(p) }
            }
        }
    }

    /// Writes every file into a fresh staging folder, then the journal. On failure the
    /// staging folder is removed (the output folder is unchanged) and the error rethrown.
    static func stage(_ files: [ReportFile], in folder: URL, afterEachFile: (ReportWritePhase, Int) -> Void) throws(ReportWriteError) -> URL {
        let staging = folder.appendingPathComponent(folderName)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .write(.cannotCreateDirectory(path: staging.path, reason: (error as NSError).localizedDescription))
        }
        do throws(ReportWriteError) {
            var entries: [ReportManifest.Entry] = []
            for (i, f) in files.enumerated() {
                do {
                    try AtomicFile.write(f.data, to: staging.appendingPathComponent(f.path), overwrite: .refuseExisting, directories: .createIntermediate)
                } catch {
                    throw .write(error)
                }
                entries.append(.init(path: f.path, sha256: SHA256.hex(f.data)))
                afterEachFile(.stage, i + 1)
            }
            do {
                try AtomicFile.write(ReportManifest(files: entries).serialized(), to: staging.appendingPathComponent(journalName), overwrite: .refuseExisting)
            } catch {
                throw .write(error)
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        return staging
    }

    /// Renames the staged files into the output folder (creating its subfolders), after
    /// checking again that no folder on the way leads out of it.
    static func commit(_ paths: [String], from staging: URL, to folder: URL, realFolder: String,
                       afterEachFile: (ReportWritePhase, Int) -> Void) throws(ReportWriteError) {
        for (i, path) in paths.enumerated() {
            if let reason = ReportPaths.escape(of: path, in: folder, realFolder: realFolder) { throw .escapes(path: path, reason: reason) }
            let destination = folder.appendingPathComponent(path)
            let parent = destination.deletingLastPathComponent()
            if FileKind.of(parent.path, followLinks: true) == nil {
                do { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
                    throw .write(.cannotCreateDirectory(path: parent.path, reason: (error as NSError).localizedDescription))
                }
            }
            if let kind = FileKind.of(destination.path), kind != .regular, kind != .symbolicLink {
                throw .notRegular(path: destination.path, kind: kind.rawValue)
            }
            if rename(staging.appendingPathComponent(path).path, destination.path) != 0 {
                throw .write(.writeFailed(path: destination.path, reason: String(cString: strerror(errno))))
            }
            afterEachFile(.commit, i + 1)
        }
        for dir in Set(paths.map { folder.appendingPathComponent($0).deletingLastPathComponent().path }).sorted() + [folder.path] {
            let dfd = open(dir, O_RDONLY)
            if dfd >= 0 { _ = fsync(dfd); _ = close(dfd) }
        }
    }
}
