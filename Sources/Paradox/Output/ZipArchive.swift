// A minimal ZIP writer (PKWARE APPNOTE 6.3.x): stored (uncompressed) entries with CRC-32,
// local headers, a central directory and its end record. Enough for OOXML packages
// (.docx), which Word and LibreOffice read with stored entries. Deterministic: a fixed
// DOS timestamp (1980-01-01 00:00), no extra fields.

import Foundation

/// A ZIP archive of stored entries, written in the order added.
public struct ZipArchive: Sendable, Equatable {
    /// One file of the archive.
    public struct Entry: Sendable, Equatable {
        /// Path inside the archive, `/`-separated, ASCII.
        public var path: String
        public var data: Data
        public init(path: String, data: Data) { self.path = path; self.data = data }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    /// Adds a file.
    public mutating func add(_ path: String, _ data: Data) { entries.append(Entry(path: path, data: data)) }
    /// Adds a UTF-8 text file.
    public mutating func add(_ path: String, _ text: String) { add(path, Data(text.utf8)) }

    /// Why an archive cannot be written.
    public enum ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
        /// ZIP without the ZIP64 extension holds files and archives below 4 GiB and 65,535 entries.
        case tooLarge(String)
        public var description: String {
            switch self { case .tooLarge(let what): return "\(what) is too large for a ZIP archive without ZIP64" }
        }
    }

    /// The archive's bytes.
    public func data() throws(ArchiveError) -> Data {
        guard entries.count < 0xFFFF else { throw .tooLarge("the number of entries") }
        var out = Data()
        var central = Data()
        for e in entries {
            let name = Data(e.path.utf8)
            guard e.data.count < 0xFFFF_FFFF, name.count < 0xFFFF else { throw .tooLarge(e.path) }
            guard out.count < 0xFFFF_FFFF else { throw .tooLarge("the archive") }
            let offset = UInt32(out.count)
            let crc = CRC32.checksum(e.data)
            let size = UInt32(e.data.count)
            // Local file header.
            out.appendLE(UInt32(0x0403_4B50))
            out.appendLE(UInt16(20))        // version needed: 2.0
            out.appendLE(UInt16(0x0800))    // flags: names are UTF-8
            out.appendLE(UInt16(0))         // method: stored
            out.appendLE(UInt16(0))         // time 00:00
            out.appendLE(UInt16(0x0021))    // date 1980-01-01
            out.appendLE(crc)
            out.appendLE(size)
            out.appendLE(size)
            out.appendLE(UInt16(name.count))
            out.appendLE(UInt16(0))
            out.append(name)
            out.append(e.data)
            // Central directory header.
            central.appendLE(UInt32(0x0201_4B50))
            central.appendLE(UInt16(20))    // version made by: 2.0, MS-DOS
            central.appendLE(UInt16(20))
            central.appendLE(UInt16(0x0800))
            central.appendLE(UInt16(0))
            central.appendLE(UInt16(0))
            central.appendLE(UInt16(0x0021))
            central.appendLE(crc)
            central.appendLE(size)
            central.appendLE(size)
            central.appendLE(UInt16(name.count))
            central.appendLE(UInt16(0))     // extra
            central.appendLE(UInt16(0))     // comment
            central.appendLE(UInt16(0))     // disk
            central.appendLE(UInt16(0))     // internal attributes
            central.appendLE(UInt32(0))     // external attributes
            central.appendLE(offset)
            central.append(name)
        }
        guard out.count < 0xFFFF_FFFF, central.count < 0xFFFF_FFFF else { throw .tooLarge("the archive") }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.appendLE(UInt32(0x0605_4B50))
        out.appendLE(UInt16(0))
        out.appendLE(UInt16(0))
        out.appendLE(UInt16(entries.count))
        out.appendLE(UInt16(entries.count))
        out.appendLE(UInt32(central.count))
        out.appendLE(centralOffset)
        out.appendLE(UInt16(0))
        return out
    }
}

/// CRC-32 of ZIP, gzip and PNG (IEEE 802.3 polynomial, reflected, 0xEDB88320).
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The checksum of `data` ("123456789" → 0xCBF43926).
    public static func checksum(_ data: Data) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in data { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

extension Data {
    mutating func appendLE(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    mutating func appendLE(_ v: UInt32) {
        append(UInt8(v & 0xFF)); append(UInt8((v >> 8) & 0xFF)); append(UInt8((v >> 16) & 0xFF)); append(UInt8(v >> 24))
    }
}
