/// Why a panel structure or a panel operator could not be built. Row numbers
/// in messages count data rows from 1.
public enum PanelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The unit or time column is not in the data.
    case unknownColumn(name: String, role: String, suggestions: [String])
    /// Unit and time are the same column.
    case sameColumn(String)
    /// The time column holds text.
    case textTime(column: String)
    /// A time value is not a whole number (0-based row).
    case nonIntegerTime(column: String, row: Int, value: Double)
    /// Some unit has two rows at one time: a few examples and how many in all.
    case duplicateUnitTime(unit: String, time: String, examples: [PanelDuplicate], count: Int)
    /// The formula uses `l()`, `f()` or `d()` but the data has no panel structure.
    case operatorWithoutPanel(expression: String)
    /// The operand of a panel operator reads a text column.
    case textOperand(expression: String, column: String)
    /// The operand of a panel operator is undefined on a row (`l(log(x), 1)` with x ≤ 0).
    case undefinedOperand(expression: String, row: Int, value: Double, requirement: String)
    /// The operand reads a column that is not in the data.
    case unknownOperandColumn(name: String, suggestions: [String])

    public var description: String {
        switch self {
        case let .unknownColumn(name, role, suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)"
            return "--panel: the \(role) column '\(name)' is not in the data\(hint); write --panel unit,time with two columns of the data"
        case .sameColumn(let c):
            return "--panel: the unit and time columns are both '\(c)'; write --panel unit,time with two different columns, e.g. --panel iso3,year"
        case .textTime(let c):
            return "--panel: the time column '\(c)' holds text; the time must be a numeric column of whole numbers (e.g. year)"
        case let .nonIntegerTime(c, row, value):
            return "--panel: the time column '\(c)' holds \(value) at row \(row + 1); time values must be whole numbers (lags count whole periods)"
        case let .duplicateUnitTime(unit, time, examples, count):
            let list = examples.map { "\($0.unit) \($0.time) (rows \($0.firstRow + 1) and \($0.row + 1))" }.joined(separator: ", ")
            let more = count > examples.count ? " and \(count - examples.count) more" : ""
            return "--panel \(unit),\(time): \(count) duplicate \(unit)–\(time) \(count == 1 ? "pair" : "pairs"): \(list)\(more); each unit may have one row per time: remove the duplicates, or name other columns with --panel unit,time"
        case .operatorWithoutPanel(let e):
            return "\(e) needs a panel structure (unit and time), and the data has no iso3 and year columns: pass --panel unit,time, e.g. --panel country,year"
        case let .textOperand(e, c):
            return "\(e): the column '\(c)' holds text; lags, leads and differences need a numeric variable"
        case let .undefinedOperand(e, row, value, requirement):
            return "\(e): the argument is \(value) at row \(row + 1), where it \(requirement); the operator is computed on every row of the data, before --where; apply the function outside the lag instead (e.g. log(l(x, 1)), evaluated only on the rows used)"
        case let .unknownOperandColumn(name, suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)"
            return "unknown variable '\(name)'\(hint)"
        }
    }
}
