// Errors of the importers: each says which file, where, and how to fix it.

/// Why an importer could not read a source file.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingFile(String)
    case csv(CSVError)
    case missingColumn(file: String, column: String, found: [String])
    case badNumber(file: String, line: Int, column: String, value: String)
    case unknownEntity(file: String, line: Int, RegistryError)
    /// The same country-year (and variable) twice in one source.
    case duplicate(file: String, line: Int, iso3: String, year: Int, variable: String?)
    case invalid(file: String, line: Int?, message: String)

    public var description: String {
        switch self {
        case .missingFile(let p):
            return "source file not found: \(p). Point --raw at the folder that holds the raw sources (see SOURCES.md there)."
        case .csv(let e):
            return e.description
        case let .missingColumn(file, column, found):
            return "\(file): column '\(column)' not found; the header has \(found.map { "'\($0)'" }.joined(separator: ", ")). "
                + "Is this the right file (or did the publisher rename a column)?"
        case let .badNumber(file, line, column, value):
            return "\(file), line \(line), column '\(column)': '\(value)' is not a number and not a missing-value marker."
        case let .unknownEntity(file, line, e):
            return "\(file), line \(line): \(e.description)"
        case let .duplicate(file, line, iso3, year, variable):
            let what = variable.map { " (variable \($0))" } ?? ""
            return "\(file), line \(line): duplicated country-year \(iso3) \(year)\(what) within one source; "
                + "a source must list each country-year once. Check the file for a repeated row or two spellings of one country."
        case let .invalid(file, line, message):
            return "\(file)\(line.map { ", line \($0)" } ?? ""): \(message)"
        }
    }
}
