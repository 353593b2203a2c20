// Atomic file replacement: readers see the old file or the new one, never a torn write.
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What to do when the destination already exists.
public enum OverwritePolicy: Sendable, Equatable, Hashable {
    case replace
    case refuseExisting
}

/// What to do when the destination's directory does not exist.
public enum DirectoryPolicy: Sendable, Equatable, Hashable {
    case mustExist
    case createIntermediate
}

public enum AtomicFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case directoryMissing(path: String)
    case cannotCreateDirectory(path: String, reason: String)
    case directoryNotWritable(path: String, reason: String)
    case fileExists(path: String)
    case destinationIsDirectory(path: String)
    case writeFailed(path: String, reason: String)
    /// The destination exists and is not a regular file (a device, a FIFO, a socket...):
    /// replacing it would swap a system object for a file, so even `.replace` refuses.
    case notRegularFile(path: String, kind: String)

    public var description: String {
        switch self {
        case .directoryMissing(let p):
            return "directory \(p) does not exist; create it first"
        case .cannotCreateDirectory(let p, let r):
            return "cannot create directory \(p) (\(r)); check the path and its permissions"
        case .directoryNotWritable(let p, let r):
            return "cannot write in directory \(p) (\(r)); choose another output directory or fix its permissions"
        case .fileExists(let p):
            return "\(p) exists; pass --force to overwrite"
        case .destinationIsDirectory(let p):
            return "\(p) is a directory; give a file name"
        case .writeFailed(let p, let r):
            return "cannot write \(p) (\(r)); check free space and permissions"
        case .notRegularFile(let p, let k):
            return "\(p) is a \(k), not a regular file; egov replaces only regular files, even with --force: give another file name"
        }
    }
}

/// Writes whole files atomically: the bytes go to a temporary file in the destination's
/// directory (same file system, so `rename(2)` is atomic), which is flushed with `fsync`
/// and then renamed over the destination; the directory is fsynced so the rename survives
/// a crash. `.refuseExisting` uses `link(2)`, which fails if the destination exists, so
/// two writers cannot both win. The temporary file is removed on every failure path.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL, overwrite: OverwritePolicy = .replace,
                             directories: DirectoryPolicy = .mustExist) throws(AtomicFileError) {
        let path = url.standardizedFileURL.path
        let dir = url.standardizedFileURL.deletingLastPathComponent().path
        let fm = FileManager.default

        var isDir: ObjCBool = false
        if fm.fileExists(atPath: dir, isDirectory: &isDir) {
            if !isDir.boolValue { throw AtomicFileError.directoryMissing(path: dir) }
        } else {
            guard directories == .createIntermediate else { throw AtomicFileError.directoryMissing(path: dir) }
            do {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            } catch {
                throw AtomicFileError.cannotCreateDirectory(path: dir, reason: errnoText(error))
            }
        }
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { throw AtomicFileError.destinationIsDirectory(path: path) }
            if overwrite == .refuseExisting { throw AtomicFileError.fileExists(path: path) }
        }
        // A device node, FIFO or socket (directly or behind a symbolic link) is never replaced.
        if let kind = FileKind.of(path, followLinks: true), kind != .regular, kind != .directory {
            throw AtomicFileError.notRegularFile(path: path, kind: kind.rawValue)
        }

        let name = url.lastPathComponent
        let tmp = dir + "/." + name + ".tmp-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        if fd < 0 { throw AtomicFileError.directoryNotWritable(path: dir, reason: currentErrno()) }
        var closed = false
        var renamed = false
        defer {
            if !closed { _ = close(fd) }
            if !renamed { _ = unlink(tmp) }
        }
        let writeError: String? = data.withUnsafeBytes { raw -> String? in
            guard var p = raw.baseAddress else { return nil }
            var left = raw.count
            while left > 0 {
                let n = Foundation.write(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    return currentErrno()
                }
                p += n
                left -= n
            }
            return nil
        }
        if let writeError { throw AtomicFileError.writeFailed(path: path, reason: writeError) }
        if fsync(fd) != 0 { throw AtomicFileError.writeFailed(path: path, reason: currentErrno()) }
        closed = true
        if close(fd) != 0 { throw AtomicFileError.writeFailed(path: path, reason: currentErrno()) }

        switch overwrite {
        case .replace:
            if rename(tmp, path) != 0 { throw AtomicFileError.writeFailed(path: path, reason: currentErrno()) }
            renamed = true
        case .refuseExisting:
            if link(tmp, path) != 0 {
                let e = errno
                if e == EEXIST { throw AtomicFileError.fileExists(path: path) }
                // Some file systems have no hard links: check, then rename (not race-free).
                if fm.fileExists(atPath: path) { throw AtomicFileError.fileExists(path: path) }
                if rename(tmp, path) != 0 { throw AtomicFileError.writeFailed(path: path, reason: currentErrno()) }
                renamed = true
            }
            // After a successful link the temporary name is removed by the deferred unlink.
        }
        let dfd = open(dir, O_RDONLY)
        if dfd >= 0 {
            _ = fsync(dfd)  // best effort: some file systems refuse fsync on directories
            _ = close(dfd)
        }
    }

    /// Fails now, before any long computation, if files could not be written into `directory`
    /// later: the nearest existing ancestor must be a folder in which a file can be created
    /// (probed with a temporary file, removed at once, since permissions alone do not tell:
    /// root may write anywhere except read-only and virtual file systems such as /proc).
    /// Creates nothing that stays.
    public static func checkWritable(directory url: URL) throws(AtomicFileError) {
        let fm = FileManager.default
        var dir = url.standardizedFileURL
        var isDir: ObjCBool = false
        while !fm.fileExists(atPath: dir.path, isDirectory: &isDir) {
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        if fm.fileExists(atPath: dir.path, isDirectory: &isDir), !isDir.boolValue {
            throw AtomicFileError.cannotCreateDirectory(path: url.standardizedFileURL.path, reason: "\(dir.path) is a file, not a folder")
        }
        let probe = dir.path + "/.egov-write-probe-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd < 0 { throw AtomicFileError.directoryNotWritable(path: dir.path, reason: currentErrno()) }
        _ = close(fd)
        _ = unlink(probe)
    }

    /// Writes `string` as UTF-8.
    public static func write(_ string: String, to url: URL, overwrite: OverwritePolicy = .replace,
                             directories: DirectoryPolicy = .mustExist) throws(AtomicFileError) {
        try write(Data(string.utf8), to: url, overwrite: overwrite, directories: directories)
    }

    private static func currentErrno() -> String {
        String(cString: strerror(errno))
    }

    private static func errnoText(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
