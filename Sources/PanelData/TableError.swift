// Errors of table operations: what went wrong, where, and how to fix it.

public enum TableError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateColumnName(String)
    case unequalLengths(column: String, count: Int, expected: Int, firstColumn: String)
    case unknownColumn(String, suggestions: [String], source: String)
    case notNumeric(column: String, origin: TextOrigin)
    case notText(column: String)
    case nonFiniteValue(column: String, row: Int, value: Double)
    case maskLength(expected: Int, found: Int)

    public var description: String {
        switch self {
        case .duplicateColumnName(let n):
            return "duplicate column name '\(n)'; every column needs its own name"
        case .unequalLengths(let c, let n, let e, let first):
            return "column '\(c)' has \(n) rows but '\(first)' has \(e); all columns must have the same length"
        case .unknownColumn(let n, let s, let src):
            var m = "no column named '\(n)' in \(src)"
            if !s.isEmpty { m += "; did you mean " + s.map { "'\($0)'" }.joined(separator: " or ") + "?" }
            return m
        case .notNumeric(let c, let origin):
            let head = "column '\(c)' is text, not numeric"
            switch origin {
            case .constructed:
                return head
            case .inferred(let value, let line, _):
                var m = "\(head): line \(line) has \"\(value)\""
                if let hint = notANumberHint(value) { m += " " + hint }
                return m
            case .forcedByOption:
                return "\(head): it was read as text on request (the textColumns option)"
            case .allTextOption:
                return "\(head): the file was read with every column as text"
            }
        case .notText(let c):
            return "column '\(c)' is numeric, not text"
        case .nonFiniteValue(let c, let row, let v):
            return "column '\(c)', row \(row): \(v) is not a finite number; use nil for a missing value"
        case .maskLength(let e, let f):
            return "row mask has \(f) entries but the table has \(e) rows"
        }
    }
}
