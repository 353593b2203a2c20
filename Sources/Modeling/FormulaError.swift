/// A formula that cannot be read: what is wrong, where (1-based column,
/// counted in characters of the formula text) and how to fix it.
///
/// `description` is the message shown to users, e.g.
/// `formula error at column 9: expected a variable name after '+' in "y ~ x1 + "`.
public struct FormulaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, without position or formula text.
    public let message: String
    /// 1-based column of the problem, when it has one.
    public let column: Int?
    /// The formula text as given.
    public let formula: String
    /// How to fix it, when we can tell.
    public let hint: String?

    public init(message: String, column: Int?, formula: String, hint: String? = nil) {
        self.message = message
        self.column = column
        self.formula = formula
        self.hint = hint
    }

    public var description: String {
        guard let column else { return message + (hint.map { ": \($0)" } ?? "") }
        return "formula error at column \(column): \(message) in \"\(formula)\"" + (hint.map { "; \($0)" } ?? "")
    }
}
