// Options of the CSV reader.

/// The field separator (ASCII only, so the reader can work on bytes).
public enum CSVDelimiter: Sendable, Equatable, Hashable, CaseIterable {
    case comma, semicolon, tab, pipe

    var byte: UInt8 {
        switch self {
        case .comma: 0x2C
        case .semicolon: 0x3B
        case .tab: 0x09
        case .pipe: 0x7C
        }
    }
}

/// How the reader chooses column types.
public enum CSVColumnTypes: Sendable, Equatable, Hashable {
    /// Numeric when every non-missing cell is a finite decimal number, text otherwise.
    case infer
    /// Every column is text (for importers that parse the cells themselves).
    case allText
}

/// Options of `CSVReader`. The defaults read RFC 4180 files with a header row.
public struct CSVReadOptions: Sendable, Equatable {
    /// The default missing-value tokens: the empty field, `NA` (R), `N/A`, `n/a`, `#N/A`
    /// (Excel), `NULL` (SQL exports), `.` (Stata), `..` (World Bank DataBank), `-`.
    /// `NaN` is deliberately absent: in an otherwise numeric column it is an error, so that a
    /// failed computation upstream is not silently taken for "no data".
    public static let defaultMissingTokens: Set<String> = ["", "NA", "N/A", "n/a", "#N/A", "NULL", ".", "..", "-"]

    public var delimiter: CSVDelimiter
    /// Cells that mean "missing", compared after trimming spaces and tabs at both ends.
    public var missingTokens: Set<String>
    /// Whether a quoted field (`"NA"`, `""`) can be missing. Default false: a quoted field is
    /// always literal text, so that every string round-trips through `CSVWriter`. R and
    /// pandas treat quoted and unquoted alike; set true for files that quote every field and
    /// write `""` for missing (World Bank WDI downloads).
    public var quotedFieldsCanBeMissing: Bool
    /// Whether the first line (after `skipLines` and blank lines) holds column names.
    /// Without a header, columns are named V1, V2, ... (as R does).
    public var hasHeader: Bool
    /// Physical lines to skip before anything is parsed (WDI files have 4 lines of
    /// metadata before the header).
    public var skipLines: Int
    public var columnTypes: CSVColumnTypes
    /// Columns kept as text even when every cell is a number (codes such as `004`).
    /// Each name must be in the header.
    public var textColumns: Set<String>
    /// Columns kept as text when the header has them, ignored when it does not: the
    /// conventional identifier columns (`iso3`, `country`, ...) a loader forces without
    /// knowing the file's header (one pass over the file instead of a probe and a read).
    public var textColumnsIfPresent: Set<String>
    /// Drop a column whose header name is empty when all its cells are missing (the extra
    /// column made by a delimiter at the end of every line, as in WDI files). When false,
    /// or when such a column holds data, an empty name is an error.
    public var dropEmptyUnnamedColumns: Bool

    public init(delimiter: CSVDelimiter = .comma,
                missingTokens: Set<String> = CSVReadOptions.defaultMissingTokens,
                quotedFieldsCanBeMissing: Bool = false,
                hasHeader: Bool = true,
                skipLines: Int = 0,
                columnTypes: CSVColumnTypes = .infer,
                textColumns: Set<String> = [],
                textColumnsIfPresent: Set<String> = [],
                dropEmptyUnnamedColumns: Bool = false) {
        self.delimiter = delimiter
        self.missingTokens = missingTokens
        self.quotedFieldsCanBeMissing = quotedFieldsCanBeMissing
        self.hasHeader = hasHeader
        self.skipLines = skipLines
        self.columnTypes = columnTypes
        self.textColumns = textColumns
        self.textColumnsIfPresent = textColumnsIfPresent
        self.dropEmptyUnnamedColumns = dropEmptyUnnamedColumns
    }
}
