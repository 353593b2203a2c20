// What kind of file system object a path names, without following a final symbolic link
// unless asked: the writers refuse to replace anything but a regular file.

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The type of a file system object (`lstat(2)`'s `st_mode`).
public enum FileKind: String, Sendable, Equatable {
    case regular = "regular file"
    case directory
    case symbolicLink = "symbolic link"
    case characterDevice = "character device"
    case blockDevice = "block device"
    case fifo = "named pipe (FIFO)"
    case socket
    case other = "special file"

    /// The kind of `path`, or nil if nothing is there. `followLinks` false looks at a final
    /// symbolic link itself (`lstat`); true at what it points to (`stat`; nil for a dangling link).
    public static func of(_ path: String, followLinks: Bool = false) -> FileKind? {
        var st = stat()
        let rc = followLinks ? stat(path, &st) : lstat(path, &st)
        guard rc == 0 else { return nil }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        default: return .other
        }
    }
}
