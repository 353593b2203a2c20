// A read-only file mapping whose consumed pages can be given back while reading.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file mapped read-only and private (`mmap(PROT_READ, MAP_PRIVATE)`).
///
/// The reader hands back the pages it has passed (`release(upTo:)`, `madvise(MADV_DONTNEED)`):
/// for a file-backed mapping that only drops them from the process (they stay in the page
/// cache and are read again if touched), so the resident memory of reading a large CSV is
/// the columns being built plus a window of the file, not the whole file. Anything but a
/// non-empty regular file (a pipe, a device, an empty file) gives nil: the caller reads it
/// another way.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafeMutableRawPointer
    private let length: Int
    private var released = 0
    /// Bytes between two `madvise` calls (the reader checks its position this often).
    static let releaseGranularity = 16 << 20
    /// The least number of bytes one `release(upTo:)` gives back.
    let granularity: Int

    /// Maps the file at `path`, or nil when it is not a non-empty regular file or cannot be
    /// opened or mapped.
    /// - Parameters:
    ///   - path: the file.
    ///   - granularity: the least number of bytes one `release(upTo:)` gives back.
    init?(path: String, granularity: Int = MappedFile.releaseGranularity) {
        self.granularity = Swift.max(1, granularity)
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
              let size = Int(exactly: info.st_size) else { return nil }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        base = p
        length = size
        bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit { munmap(base, length) }

    /// Drops the whole pages before byte `offset` from the process when at least
    /// `granularity` bytes have been passed since the last call (reading them
    /// again is correct, only slower).
    func release(upTo offset: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))  // checked: integer to integer (sysconf returns Int)
        guard page > 0 else { return }
        let end = Swift.min(offset, length) / page * page
        guard end - released >= granularity else { return }
        _ = madvise(base + released, end - released, MADV_DONTNEED)
        released = end
    }

    /// Starts again from the beginning (a second pass over the file).
    func rewind() { released = 0 }
}
