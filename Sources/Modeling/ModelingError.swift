import PanelData

/// What a variable named outside the formula is used for (its role names it in errors).
public enum VariableRole: String, Sendable, Hashable, Codable {
    case formula
    case cluster
    case weights
    case other
}

/// How many rows miss a variable (for "all rows dropped" errors).
public struct MissingCount: Sendable, Equatable, Codable {
    public let variable: String
    public let rows: Int
    public init(variable: String, rows: Int) {
        self.variable = variable
        self.rows = rows
    }
}

/// The first cell that makes a column text although it was meant as numbers
/// (a decimal comma, a thousands separator, a stray word), with how many of
/// the column's non-missing cells are numbers.
public struct NonNumericCell: Sendable, Equatable, Codable {
    public let rowIndex: Int
    public let value: String
    public let numericCells: Int
    public let nonMissingCells: Int
    public init(rowIndex: Int, value: String, numericCells: Int, nonMissingCells: Int) {
        self.rowIndex = rowIndex
        self.value = value
        self.numericCells = numericCells
        self.nonMissingCells = nonMissingCells
    }

    /// The first non-number of `values` (nil when every non-missing cell is a number).
    public static func first(in values: [String?]) -> NonNumericCell? {
        var first: (Int, String)? = nil
        var numbers = 0, nonMissing = 0
        for (i, v) in values.enumerated() {
            guard let v else { continue }
            nonMissing += 1
            if case .finite = parseDecimal(v) { numbers += 1 } else if first == nil { first = (i, v) }
        }
        guard let (row, value) = first else { return nil }
        return NonNumericCell(rowIndex: row, value: value, numericCells: numbers, nonMissingCells: nonMissing)
    }

    /// `data row 3 holds "1,5" (decimal comma? write 1.5)`.
    var located: String {
        "data row \(rowIndex + 1) holds \"\(value)\"" + (notANumberHint(value).map { " \($0)" } ?? "")
    }
}

/// Errors building a design matrix from a formula and data. Row numbers in
/// messages count data rows from 1 (the first row after a CSV header is row 1);
/// the stored `rowIndex` values count from 0.
public enum ModelingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A variable the model needs is not a column of the data.
    case unknownVariable(name: String, role: VariableRole, suggestions: [String])
    /// A text column appears inside arithmetic or a function (`I(region^2)`, `log(region)`).
    case textInArithmetic(column: String, variable: String, example: NonNumericCell? = nil)
    /// The response is a text column.
    case textResponse(column: String, example: NonNumericCell? = nil)
    /// A bare text column whose cells are mostly numbers would become a factor:
    /// almost always a typo in the data ("1,5"), so it is an error unless the
    /// formula says `factor(column)`.
    case numberLikeTextFactor(column: String, example: NonNumericCell)
    /// A function was applied outside its domain (`log` of a non-positive value).
    case undefinedValue(expression: String, rowIndex: Int, value: Double, requirement: String, argumentIsColumn: Bool)
    /// A transformation produced an infinite or NaN value (`I(x/z)` with `z == 0`).
    case nonFiniteValue(variable: String, rowIndex: Int)
    /// A factor has fewer than two levels among the rows used.
    case singleLevelFactor(variable: String, level: String)
    /// The row selection (a filter) kept no rows at all.
    case noRowsSelected(total: Int)
    /// Every selected row misses some variable; the most-missing variables first.
    case allRowsDropped(rows: Int, mostMissing: [MissingCount])
    /// A column or the row selection does not have one value per row.
    case lengthMismatch(name: String, count: Int, expected: Int)
    /// A comparison inside the formula mixes text and numbers (`I(fh_status == 1)`).
    case invalidComparison(String)

    public var description: String {
        switch self {
        case .unknownVariable(let name, let role, let suggestions):
            let what: String
            switch role {
            case .formula: what = "unknown variable '\(name)' in formula"
            case .cluster: what = "unknown cluster variable '\(name)'"
            case .weights: what = "unknown weights variable '\(name)'"
            case .other: what = "unknown variable '\(name)'"
            }
            return what + (didYouMean(suggestions).map { "; \($0)" } ?? "")
        case .textInArithmetic(let column, let variable, let example):
            if let example {
                return "'\(column)' is a text column, so it cannot be used in arithmetic in \(variable): \(example.located), which is not a number; fix that value (write NA for a missing one)"
            }
            return "'\(column)' is a text column and cannot be used in arithmetic in \(variable); only numeric columns can be transformed (a text column on its own is used as a factor)"
        case .textResponse(let column, let example):
            if let example {
                return "the response '\(column)' is a text column: \(example.located), which is not a number; fix that value (write NA for a missing one)"
            }
            return "the response '\(column)' is a text column; the response must be numeric"
        case .numberLikeTextFactor(let column, let example):
            return "'\(column)' is a text column because \(example.located), although \(example.numericCells) of its \(example.nonMissingCells) values are numbers; as it stands it would become a factor. Fix that value (write NA for a missing one), or write factor(\(column)) to use the column as a factor on purpose"
        case .undefinedValue(let expression, let rowIndex, let value, let requirement, let argumentIsColumn):
            return "\(expression) is undefined at row \(rowIndex + 1) (value \(formatNumberLikeR(value))): the \(argumentIsColumn ? "variable" : "argument") \(requirement)"
        case .nonFiniteValue(let variable, let rowIndex):
            return "\(variable) is not finite at row \(rowIndex + 1) (division by zero or overflow)"
        case .singleLevelFactor(let variable, let level):
            return "the factor '\(variable)' has only one level (\"\(level)\") in the rows used; a factor needs at least two levels, so remove it from the formula"
        case .noRowsSelected(let total) where total == 0:
            return "the data has no rows (only a header line?); add data rows or check the file given with --data"
        case .noRowsSelected(let total):
            return "the row selection kept none of the \(total) rows"
        case .allRowsDropped(let rows, let mostMissing):
            let list = mostMissing.map { "\($0.variable) (\($0.rows) rows)" }.joined(separator: ", ")
            return "all \(rows) rows have a missing value in a variable the model uses; most missing: \(list)"
        case .lengthMismatch(let name, let count, let expected):
            return "\(name) has \(count) values but the data has \(expected) rows"
        case .invalidComparison(let message):
            return message
        }
    }
}
