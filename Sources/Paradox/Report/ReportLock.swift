// One `egov report` at a time per output folder: an advisory `flock(2)` on
// `<folder>/.egov-report.lock`, which holds the owner's process id for the message. The
// kernel drops the lock when its process ends, however it ends (SIGKILL included), so a
// lock file left by a killed run is stale by construction and the next run takes it over.

import Foundation
import PanelData
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on an output folder, held until `release()` (or the process ends).
public final class ReportLock: @unchecked Sendable {
    /// Name of the lock file inside the output folder.
    public static let fileName = ".egov-report.lock"

    /// The output folder.
    public let folder: URL
    private var fd: Int32
    /// Whether `acquire` created the folder (an empty folder is removed again on release).
    private let createdFolder: Bool

    private init(folder: URL, fd: Int32, createdFolder: Bool) {
        self.folder = folder; self.fd = fd; self.createdFolder = createdFolder
    }

    deinit { release() }

    /// Creates `folder` if needed and takes its lock without waiting: throws `.locked` with
    /// the owner's process id when another run holds it.
    public static func acquire(_ folder: URL) throws(ReportWriteError) -> ReportLock {
        let fm = FileManager.default
        var created = false
        switch FileKind.of(folder.path, followLinks: true) {
        case .directory?: break
        case nil:
            do { try fm.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw .write(.cannotCreateDirectory(path: folder.path, reason: (error as NSError).localizedDescription))
            }
            created = true
        case let kind?:
            throw .write(.cannotCreateDirectory(path: folder.path, reason: "it is a \(kind.rawValue), not a folder"))
        }
        let path = folder.appendingPathComponent(fileName).path
        if let kind = FileKind.of(path), kind != .regular {
            throw .notRegular(path: path, kind: kind.rawValue)  // egov report's lock file name, taken by something else
        }
        // A loser of the race below may hold a lock on a file the winner already unlinked:
        // after locking, the path must still name the locked file, else try again.
        for _ in 0..<8 {
            let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd < 0 {
                throw .write(.directoryNotWritable(path: folder.path, reason: String(cString: strerror(errno))))
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let e = errno
                let owner = readOwner(fd)
                _ = close(fd)
                if e == EWOULDBLOCK || e == EAGAIN { throw .locked(folder: folder.path, pid: owner) }
                throw .write(.writeFailed(path: path, reason: String(cString: strerror(e))))
            }
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                let pid = Data("\(getpid())\n".utf8)
                _ = ftruncate(fd, 0)
                _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
                return ReportLock(folder: folder, fd: fd, createdFolder: created)
            }
            _ = close(fd)
        }
        throw .locked(folder: folder.path, pid: nil)
    }

    /// Removes the lock file and drops the lock (idempotent); removes the folder too if
    /// `acquire` created it and nothing else was put there.
    public func release() {
        guard fd >= 0 else { return }
        _ = unlink(folder.appendingPathComponent(Self.fileName).path)
        _ = close(fd)
        fd = -1
        if createdFolder { _ = rmdir(folder.path) }
    }

    private static func readOwner(_ fd: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
        guard n > 0 else { return nil }
        return Int(String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))  // checked: parses text (nil when not an integer)
    }
}
