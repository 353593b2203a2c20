// Typed columns with missing values.

/// A column of finite numbers with missing values.
///
/// Missing values are kept in a separate mask; their slots in `values` hold 0, never NaN,
/// so a loop that forgets the mask computes a wrong number instead of silently spreading
/// NaN, and `values` never contains NaN or ±Inf. Use `self[i]` (`Double?`) for clarity,
/// or `values` + `isMissing` for speed.
public struct NumericColumn: Sendable, Equatable, Hashable {
    /// The column name.
    public var name: String
    /// Contiguous values; 0 where `isMissing` is true. Always finite.
    public private(set) var values: [Double]
    /// `true` where the value is missing. Same length as `values`.
    public private(set) var isMissing: [Bool]

    /// A column from optional values. Throws if a value is NaN or ±Inf: write `nil` for a
    /// missing value.
    public init(name: String, _ values: [Double?]) throws(TableError) {
        var v = [Double](repeating: 0, count: values.count)
        var m = [Bool](repeating: false, count: values.count)
        for (i, x) in values.enumerated() {
            if let x {
                guard x.isFinite else { throw TableError.nonFiniteValue(column: name, row: i + 1, value: x) }
                v[i] = x
            } else {
                m[i] = true
            }
        }
        self.init(unchecked: name, values: v, isMissing: m)
    }

    /// A column from contiguous values and a missing mask (the fast path). Values under the
    /// mask are ignored (stored as 0); the others must be finite.
    public init(name: String, values: [Double], isMissing: [Bool]) throws(TableError) {
        guard values.count == isMissing.count else {
            throw TableError.maskLength(expected: values.count, found: isMissing.count)
        }
        var v = values
        for i in v.indices {
            if isMissing[i] {
                v[i] = 0
            } else if !v[i].isFinite {
                throw TableError.nonFiniteValue(column: name, row: i + 1, value: v[i])
            }
        }
        self.init(unchecked: name, values: v, isMissing: isMissing)
    }

    /// For callers that already guarantee the invariants (finite, 0 under the mask).
    init(unchecked name: String, values: [Double], isMissing: [Bool]) {
        self.name = name
        self.values = values
        self.isMissing = isMissing
    }

    /// Number of rows.
    public var count: Int { values.count }

    /// The value at `row` (0-based), nil when missing.
    public subscript(row: Int) -> Double? { isMissing[row] ? nil : values[row] }

    /// All values as optionals.
    public var optionalValues: [Double?] { values.indices.map { self[$0] } }

    /// The present values only, in row order.
    public var presentValues: [Double] { values.indices.compactMap { self[$0] } }

    /// Number of missing values.
    public var missingCount: Int { isMissing.reduce(0) { $0 + ($1 ? 1 : 0) } }
}

/// Why a text column is text: keeps the explanation for "is text, not numeric" errors.
public enum TextOrigin: Sendable, Equatable, Hashable {
    /// Built in code.
    case constructed
    /// Inferred as text from a CSV file because of this cell (the first that was not a number).
    case inferred(value: String, line: Int, field: Int)
    /// The reader was asked to keep this column as text (`CSVReadOptions.textColumns`).
    case forcedByOption
    /// The reader was asked to read every column as text (`CSVReadOptions.columnTypes`).
    case allTextOption
}

/// A column of strings with missing values.
public struct TextColumn: Sendable, Hashable {
    /// The column name.
    public var name: String
    /// The values; nil is missing.
    public private(set) var values: [String?]
    /// Why the column is text; not part of equality (it is provenance, not data).
    public var origin: TextOrigin

    /// A text column; `origin` records why it is text (for messages).
    public init(name: String, _ values: [String?], origin: TextOrigin = .constructed) {
        self.name = name
        self.values = values
        self.origin = origin
    }

    /// Number of rows.
    public var count: Int { values.count }
    /// The value at `row`, nil when missing.
    public subscript(row: Int) -> String? { values[row] }
    /// Number of missing values.
    public var missingCount: Int { values.reduce(0) { $0 + ($1 == nil ? 1 : 0) } }

    public static func == (a: TextColumn, b: TextColumn) -> Bool {
        a.name == b.name && a.values == b.values
    }
    public func hash(into h: inout Hasher) {
        h.combine(name)
        h.combine(values)
    }
}

/// A named column: numeric or text.
public enum Column: Sendable, Equatable, Hashable {
    case numeric(NumericColumn)
    case text(TextColumn)

    /// The column name.
    public var name: String {
        switch self {
        case .numeric(let c): c.name
        case .text(let c): c.name
        }
    }

    /// Number of rows.
    public var count: Int {
        switch self {
        case .numeric(let c): c.count
        case .text(let c): c.count
        }
    }

    /// Whether the column holds numbers.
    public var isNumeric: Bool {
        if case .numeric = self { return true }
        return false
    }

    /// Per row, whether the value is missing.
    public var isMissing: [Bool] {
        switch self {
        case .numeric(let c): c.isMissing
        case .text(let c): c.values.map { $0 == nil }
        }
    }

    /// The same column under another name.
    public func renamed(_ newName: String) -> Column {
        switch self {
        case .numeric(var c): c.name = newName; return .numeric(c)
        case .text(var c): c.name = newName; return .text(c)
        }
    }

    /// Cells as text: numbers in the shortest form that reads back to the same Double
    /// (integral values without ".0", as the CSV writer writes them); nil when missing.
    public var textValues: [String?] {
        switch self {
        case .numeric(let c): c.optionalValues.map { $0.map(shortestDecimalText) }
        case .text(let c): c.values
        }
    }

    /// The rows where `keep` is true (lengths must match; checked by `Table`).
    func filtered(_ keep: [Bool]) -> Column {
        switch self {
        case .numeric(let c):
            var v: [Double] = []
            var m: [Bool] = []
            for i in keep.indices where keep[i] {
                v.append(c.values[i])
                m.append(c.isMissing[i])
            }
            return .numeric(NumericColumn(unchecked: c.name, values: v, isMissing: m))
        case .text(let c):
            var v: [String?] = []
            for i in keep.indices where keep[i] { v.append(c.values[i]) }
            return .text(TextColumn(name: c.name, v, origin: c.origin))
        }
    }
}

/// Shortest text that reads back to exactly `x` (Swift's `description`, which is the
/// shortest round-trip form), with integral values written without ".0" (`2018`).
public func shortestDecimalText(_ x: Double) -> String {
    let s = x.description
    if s.hasSuffix(".0") { return String(s.dropLast(2)) }
    return s
}
