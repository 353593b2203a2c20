// Reading entries of a zip archive (PKWARE APPNOTE 6.3): the container of .xlsx workbooks.

import Foundation

/// Why a zip archive could not be read.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No end-of-central-directory record: not a zip file (or a truncated one).
    case notAZip(String)
    /// A header or offset that points outside the file or has the wrong signature.
    case corrupt(String, String)
    /// An entry compressed with a method other than stored (0) or deflate (8), or zip64.
    case unsupported(String, String)
    /// The named entry is not in the archive.
    case missingEntry(String, String)
    /// The entry's data does not match its CRC-32.
    case checksum(String, String)
    /// The entry's DEFLATE stream is invalid.
    case inflate(String, String, InflateError)

    public var description: String {
        switch self {
        case .notAZip(let f): return "\(f): not a zip archive (no end-of-central-directory record); is it a real .xlsx file?"
        case let .corrupt(f, m): return "\(f): damaged zip archive: \(m)"
        case let .unsupported(f, m): return "\(f): unsupported zip feature: \(m)"
        case let .missingEntry(f, e): return "\(f): the archive has no entry '\(e)'"
        case let .checksum(f, e): return "\(f): entry '\(e)' fails its CRC-32 check (damaged file)"
        case let .inflate(f, e, err): return "\(f): entry '\(e)': \(err.description)"
        }
    }
}

/// A zip archive held in memory: its central directory, and entries decompressed on demand.
public struct ZipArchive: Sendable {
    /// One entry of the central directory.
    public struct Entry: Sendable, Equatable {
        /// The path inside the archive (`xl/workbook.xml`).
        public let name: String
        /// 0 (stored) or 8 (deflate).
        let method: Int
        let crc32: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    /// A name for messages (the file's path).
    public let source: String
    let bytes: [UInt8]
    /// Entries in central-directory order.
    public let entries: [Entry]

    /// Parses the central directory of `bytes`.
    /// - Parameters:
    ///   - bytes: the whole archive.
    ///   - source: the file's name, for error messages.
    public init(bytes: [UInt8], source: String) throws(ZipError) {
        self.bytes = bytes
        self.source = source
        // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end.
        var eocd: Int? = nil
        var i = bytes.count - 22
        let lowest = Swift.max(0, bytes.count - 22 - 65_535)
        while i >= lowest {
            if Self.u32(bytes, i) == 0x0605_4B50 { eocd = i; break }
            i -= 1
        }
        guard let e = eocd else { throw .notAZip(source) }
        let count = Self.u16(bytes, e + 10)
        let directorySize = Int(Self.u32(bytes, e + 12))
        let directoryOffset = Int(Self.u32(bytes, e + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported(source, "zip64 archive") }
        guard directoryOffset + directorySize <= e else { throw .corrupt(source, "central directory outside the file") }
        var entries: [Entry] = []
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= e, Self.u32(bytes, p) == 0x0201_4B50 else { throw .corrupt(source, "bad central directory header at byte \(p)") }
            let flags = Self.u16(bytes, p + 8)
            let method = Self.u16(bytes, p + 10)
            let crc = Self.u32(bytes, p + 16)
            let compressed = Int(Self.u32(bytes, p + 20))
            let uncompressed = Int(Self.u32(bytes, p + 24))
            let nameLength = Self.u16(bytes, p + 28)
            let extraLength = Self.u16(bytes, p + 30)
            let commentLength = Self.u16(bytes, p + 32)
            let offset = Int(Self.u32(bytes, p + 42))
            guard p + 46 + nameLength <= e else { throw .corrupt(source, "entry name outside the directory") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            if flags & 1 != 0 { throw .unsupported(source, "encrypted entry '\(name)'") }
            entries.append(Entry(name: name, method: method, crc32: crc, compressedSize: compressed,
                                 uncompressedSize: uncompressed, localHeaderOffset: offset))
            p += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// Reads the archive at `url`.
    /// - Parameter url: a file URL.
    public init(contentsOf url: URL) throws(ZipError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .notAZip(url.path) }
        try self.init(bytes: [UInt8](data), source: url.lastPathComponent)
    }

    /// The decompressed bytes of the entry called `name`, checked against its CRC-32.
    /// - Parameter name: the entry's path inside the archive.
    public func data(_ name: String) throws(ZipError) -> [UInt8] {
        guard let entry = entries.first(where: { $0.name == name }) else { throw .missingEntry(source, name) }
        let h = entry.localHeaderOffset
        guard h + 30 <= bytes.count, Self.u32(bytes, h) == 0x0403_4B50 else {
            throw .corrupt(source, "bad local header for '\(name)'")
        }
        let start = h + 30 + Self.u16(bytes, h + 26) + Self.u16(bytes, h + 28)
        guard start + entry.compressedSize <= bytes.count else { throw .corrupt(source, "entry '\(name)' runs past the end") }
        let raw = Array(bytes[start..<(start + entry.compressedSize)])
        let out: [UInt8]
        switch entry.method {
        case 0: out = raw
        case 8:
            do { out = try Inflate.decompress(raw, expectedSize: entry.uncompressedSize) } catch { throw .inflate(source, name, error) }
        default: throw .unsupported(source, "compression method \(entry.method) for '\(name)'")
        }
        guard out.count == entry.uncompressedSize, CRC32.checksum(out) == entry.crc32 else { throw .checksum(source, name) }
        return out
    }

    static func u16(_ b: [UInt8], _ i: Int) -> Int {
        guard i >= 0, i + 2 <= b.count else { return 0 }
        return Int(b[i]) | Int(b[i + 1]) << 8
    }

    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        guard i >= 0, i + 4 <= b.count else { return 0 }
        return UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}

/// CRC-32 (ISO-HDLC, polynomial 0xEDB88320 reflected), as zip and PNG use it.
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The CRC-32 of `bytes`.
    /// - Parameter bytes: the data.
    public static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
