// An ordered set of named, typed columns of equal length.

/// A table: ordered, uniquely named columns of equal length (a value type).
///
/// Equality compares column names, types and values in order; `sourceName` and the
/// provenance of text columns (`TextColumn.origin`) are not part of equality.
public struct Table: Sendable, Equatable {
    /// The columns, in order.
    public private(set) var columns: [Column]
    /// Where the table came from (a file name), used in error messages; nil: "the table".
    public var sourceName: String?
    private var index: [String: Int]

    /// Throws on duplicate names or columns of unequal length.
    public init(_ columns: [Column], sourceName: String? = nil) throws(TableError) {
        var index: [String: Int] = [:]
        for (i, c) in columns.enumerated() {
            if index[c.name] != nil { throw TableError.duplicateColumnName(c.name) }
            index[c.name] = i
            if c.count != columns[0].count {
                throw TableError.unequalLengths(column: c.name, count: c.count,
                                                expected: columns[0].count, firstColumn: columns[0].name)
            }
        }
        self.columns = columns
        self.index = index
        self.sourceName = sourceName
    }

    public static func == (a: Table, b: Table) -> Bool { a.columns == b.columns }

    /// Number of rows (0 for a table without columns).
    public var rowCount: Int { columns.first?.count ?? 0 }
    /// Number of columns.
    public var columnCount: Int { columns.count }
    /// Column names, in order.
    public var columnNames: [String] { columns.map(\.name) }
    /// Whether a column is called `name`.
    public func hasColumn(_ name: String) -> Bool { index[name] != nil }

    /// The column called `name`; throws `unknownColumn` with the nearest names otherwise.
    public func column(named name: String) throws(TableError) -> Column {
        guard let i = index[name] else {
            throw TableError.unknownColumn(name, suggestions: nearestNames(to: name, in: columnNames),
                                           source: sourceName ?? "the table")
        }
        return columns[i]
    }

    /// The numeric column `name`; throws if it is missing or text (saying why it is text).
    public func numeric(_ name: String) throws(TableError) -> NumericColumn {
        switch try column(named: name) {
        case .numeric(let c): return c
        case .text(let c): throw TableError.notNumeric(column: name, origin: c.origin)
        }
    }

    /// The text column `name`; throws if it is missing or numeric (see `Column.textValues`
    /// to read any column as strings).
    public func text(_ name: String) throws(TableError) -> TextColumn {
        switch try column(named: name) {
        case .text(let c): return c
        case .numeric: throw TableError.notText(column: name)
        }
    }

    /// The rows where `mask` is true, in order.
    public func filter(rows mask: [Bool]) throws(TableError) -> Table {
        guard mask.count == rowCount else { throw TableError.maskLength(expected: rowCount, found: mask.count) }
        var t = self
        t.columns = columns.map { $0.filtered(mask) }
        return t
    }

    /// The named columns, in the order given (names must exist and be distinct).
    public func selecting(_ names: [String]) throws(TableError) -> Table {
        var picked: [Column] = []
        for n in names { picked.append(try column(named: n)) }
        return try Table(picked, sourceName: sourceName)
    }

    /// Adds `column` at the end, or replaces the column with the same name in place.
    /// Throws if its length differs from the table's (a table without columns takes any length).
    public mutating func setColumn(_ column: Column) throws(TableError) {
        if !columns.isEmpty, column.count != rowCount {
            throw TableError.unequalLengths(column: column.name, count: column.count,
                                            expected: rowCount, firstColumn: columns[0].name)
        }
        if let i = index[column.name] {
            columns[i] = column
        } else {
            index[column.name] = columns.count
            columns.append(column)
        }
    }

    /// A copy with `column` added or replaced (see `setColumn`).
    public func settingColumn(_ column: Column) throws(TableError) -> Table {
        var t = self
        try t.setColumn(column)
        return t
    }

    /// A copy without the named columns (each must exist).
    public func removingColumns(_ names: [String]) throws(TableError) -> Table {
        for n in names { _ = try column(named: n) }
        let drop = Set(names)
        return try Table(columns.filter { !drop.contains($0.name) }, sourceName: sourceName)
    }
}
