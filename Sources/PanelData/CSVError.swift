// Errors of reading CSV text: what, where (file, line, column) and how to fix it.

/// A CSV reading error. `description` is the full message: source, 1-based line (physical
/// line of the file, counting lines inside quoted fields), column when known, what is
/// wrong, and how to fix it.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case cannotRead(reason: String)
        case emptyFile(skippedLines: Int)
        case invalidUTF8(byteOffset: Int)
        case nulByte(byteOffset: Int)
        case unterminatedQuote
        case strayQuote
        case textAfterClosingQuote
        case raggedRow(expected: Int, found: Int)
        case emptyColumnName
        case duplicateColumnName(String, firstColumn: Int)
        /// `NaN`, `Inf`, ... in a column that is otherwise numeric.
        case nonFiniteNumber(value: String, columnName: String)
        /// A decimal number too large for a Double, in an otherwise numeric column.
        case numberOverflow(value: String, columnName: String)
        /// A name in `CSVReadOptions.textColumns` that is not in the header.
        case unknownTextColumn(String, suggestions: [String])
        /// The file is UTF-16 (a byte-order mark, or NUL beside every character), not UTF-8.
        case utf16(bigEndian: Bool)
        /// The header is one field holding another separator (`;`, tab or `|`): the file is not separated by the delimiter.
        case otherSeparator(String)
    }

    public var kind: Kind
    /// File name, or "<input>" for in-memory text.
    public var source: String
    /// 1-based physical line, when known.
    public var line: Int?
    /// 1-based field (column) number, when known.
    public var column: Int?

    public init(_ kind: Kind, source: String, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.source = source
        self.line = line
        self.column = column
    }

    public var description: String {
        var place = source
        if let line { place += ", line \(line)" }
        if let column { place += ", column \(column)" }
        return place + ": " + message
    }

    private var message: String {
        switch kind {
        case .cannotRead(let reason):
            return "cannot read the file (\(reason)); check the path and its permissions"
        case .emptyFile(let skipped):
            if skipped > 0 { return "no header line after the \(skipped) skipped lines; check skipLines" }
            return "the file is empty; expected a header line"
        case .invalidUTF8(let offset):
            return "invalid UTF-8 at byte offset \(offset); save the file as UTF-8 "
                + "(for example: iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv)"
        case .nulByte(let offset):
            return "NUL byte at byte offset \(offset); the file is binary or UTF-16: save it as UTF-8 text"
        case .unterminatedQuote:
            return "quoted field opened here is never closed; add the closing '\"' "
                + "(a '\"' inside a quoted field is written '\"\"')"
        case .strayQuote:
            return "stray '\"' inside an unquoted field; enclose the whole field in quotes "
                + "and double the inner quote (\"\")"
        case .textAfterClosingQuote:
            return "text after the closing quote of a field; a '\"' inside a quoted field is written '\"\"'"
        case .raggedRow(let expected, let found):
            return "expected \(expected) fields, found \(found); "
                + "quote fields that contain the delimiter, or fix the row"
        case .emptyColumnName:
            return "empty column name in the header; give every column a name"
        case .duplicateColumnName(let name, let first):
            return "duplicate column name '\(name)' (also column \(first)); rename one of them"
        case .nonFiniteNumber(let value, let name):
            return "\"\(value)\" in numeric column '\(name)' is not a finite number; write NA for a missing value"
        case .numberOverflow(let value, let name):
            return "\"\(value)\" in numeric column '\(name)' is too large for a Double (max about 1.8e308); "
                + "fix the value, or write NA for a missing value"
        case .utf16(let bigEndian):
            return "the file is UTF-16 (\(bigEndian ? "big" : "little")-endian; Excel's \"Unicode Text\" is), not UTF-8: save it as \"CSV UTF-8\" "
                + "or convert it (iconv -f UTF-16 -t UTF-8 in.csv > out.csv)"
        case .otherSeparator(let s):
            let what = s == ";" ? "';' (semicolons; a spreadsheet in a European locale saves CSV that way, often with decimal commas)" : (s == "\t" ? "tabs" : "'\(s)'")
            return "the header is a single column holding \(what): the file is separated by \(s == ";" ? "semicolons" : what), not commas; "
                + "save it as comma-separated \"CSV UTF-8\" with decimal points"
        case .unknownTextColumn(let name, let suggestions):
            var m = "textColumns names '\(name)', which is not in the header"
            if suggestions.isEmpty {
                m += "; use a column name from the header"
            } else {
                m += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
            }
            return m
        }
    }
}
