// Table -> RFC 4180 CSV, deterministic and round-trip safe.
import Foundation

/// How the writer spells a missing value.
public enum CSVMissingStyle: Sendable, Equatable, Hashable {
    /// An empty field (the default; what R's `write.csv(na = "")` and pandas write).
    case empty
    /// `NA` (what R's `write.csv` writes by default).
    case na
}

public struct CSVWriteOptions: Sendable, Equatable {
    public var delimiter: CSVDelimiter
    public var missing: CSVMissingStyle
    public var includeHeader: Bool

    public init(delimiter: CSVDelimiter = .comma, missing: CSVMissingStyle = .empty, includeHeader: Bool = true) {
        self.delimiter = delimiter
        self.missing = missing
        self.includeHeader = includeHeader
    }
}

/// Writes tables as RFC 4180 CSV with LF line ends (every line, the last included).
///
/// Numbers use the shortest text that reads back to the same Double (`shortestDecimalText`:
/// Swift's `description`, integral values without ".0"). A field is quoted only when it
/// must be: it contains the delimiter, a quote, CR or LF; it starts or ends with a space
/// or tab; it is empty; it starts with U+FEFF; or, trimmed, it is one of
/// `CSVReadOptions.defaultMissingTokens` (so that the text `NA` does not read back as
/// missing). With default options, `CSVReader` reads the output back to an equal table,
/// except that a text column whose every cell is a number reads back as numeric (pass its
/// name in `CSVReadOptions.textColumns`). A column name holding `;`, a tab or `|` is quoted
/// too, so that the reader's separator check (a one-field header holding another
/// separator means a `;`-separated file) never mistakes a one-column file for one.
public enum CSVWriter {
    public static func bytes(_ table: Table, options: CSVWriteOptions = CSVWriteOptions()) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + table.rowCount * table.columnCount * 8)
        let delimiter = options.delimiter.byte
        let cols = table.columns
        guard !cols.isEmpty else { return out }
        if options.includeHeader {
            for (j, c) in cols.enumerated() {
                if j > 0 { out.append(delimiter) }
                appendText(c.name, to: &out, delimiter: delimiter, isHeader: true)
            }
            out.append(lfByte)
        }
        let missing: [UInt8] = options.missing == .na ? Array("NA".utf8) : []
        for i in 0..<table.rowCount {
            for (j, c) in cols.enumerated() {
                if j > 0 { out.append(delimiter) }
                switch c {
                case .numeric(let n):
                    if n.isMissing[i] {
                        out.append(contentsOf: missing)
                    } else {
                        out.append(contentsOf: shortestDecimalText(n.values[i]).utf8)
                    }
                case .text(let t):
                    if let s = t.values[i] {
                        appendText(s, to: &out, delimiter: delimiter)
                    } else {
                        out.append(contentsOf: missing)
                    }
                }
            }
            out.append(lfByte)
        }
        return out
    }

    public static func string(_ table: Table, options: CSVWriteOptions = CSVWriteOptions()) -> String {
        String(decoding: bytes(table, options: options), as: UTF8.self)
    }

    public static func data(_ table: Table, options: CSVWriteOptions = CSVWriteOptions()) -> Data {
        Data(bytes(table, options: options))
    }

    /// Writes the table to `url` atomically (see `AtomicFile.write`).
    public static func write(_ table: Table, to url: URL, options: CSVWriteOptions = CSVWriteOptions(),
                             overwrite: OverwritePolicy = .replace,
                             directories: DirectoryPolicy = .mustExist) throws(AtomicFileError) {
        try AtomicFile.write(data(table, options: options), to: url, overwrite: overwrite, directories: directories)
    }

    private static func appendText(_ s: String, to out: inout [UInt8], delimiter: UInt8, isHeader: Bool = false) {
        if needsQuotes(s, delimiter: delimiter)
            || (isHeader && s.utf8.contains(where: { $0 == 0x3B || $0 == 0x09 || $0 == 0x7C })) {
            out.append(quoteByte)
            for b in s.utf8 {
                if b == quoteByte { out.append(quoteByte) }
                out.append(b)
            }
            out.append(quoteByte)
        } else {
            out.append(contentsOf: s.utf8)
        }
    }

    static func needsQuotes(_ s: String, delimiter: UInt8) -> Bool {
        let u = s.utf8
        guard let first = u.first, let last = u.last else { return true }  // empty string
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
        if s.unicodeScalars.first == "\u{FEFF}" { return true }
        for b in u where b == delimiter || b == quoteByte || b == lfByte || b == crByte { return true }
        return u.count <= maxMissingTokenLength && CSVReadOptions.defaultMissingTokens.contains(s)
    }

    private static let maxMissingTokenLength = CSVReadOptions.defaultMissingTokens.map(\.utf8.count).max() ?? 0
}
