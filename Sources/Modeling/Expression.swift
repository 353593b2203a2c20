import Foundation

/// The arithmetic operators of formulas (inside `I()` and function calls) and
/// of filter expressions.
public enum ArithmeticOperator: String, Sendable, Hashable, Codable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case power = "^"

    /// R's precedence: `^` above unary minus above `* /` above `+ -`.
    var precedence: Int {
        switch self {
        case .add, .subtract: return 1
        case .multiply, .divide: return 2
        case .power: return 4
        }
    }

    func apply(_ a: Double, _ b: Double) -> Double {
        switch self {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return pow(a, b)
        }
    }
}

/// A numeric expression over columns: `x`, `2`, `-x`, `x^2`, `log(x + 1)`.
public indirect enum Expression: Sendable, Hashable, Codable {
    case column(String)
    case number(Double)
    case negate(Expression)
    case binary(ArithmeticOperator, Expression, Expression)
    case call(MathFunction, Expression)
    /// A comparison (`fh_status == "F"`, `x > 0.5`, only inside `I()` or parentheses): 1 when it holds, 0 when not, missing when an operand is (see Expression+Comparison.swift).
    case comparison(ComparisonOperator, FilterOperand, FilterOperand)
    /// A panel operator, `l(x, k)`, `f(x, k)` or `d(x, k)` (fixest names): its
    /// values come from other rows of the same unit (see ``PanelOperator``), so
    /// it is read as a computed column named by its canonical text.
    case panel(PanelOperator, Expression, Int)

    static let negatePrecedence = 3
    static let atomPrecedence = 5

    var precedence: Int {
        switch self {
        case .column, .number, .call, .panel: return Self.atomPrecedence
        case .negate: return Self.negatePrecedence
        case .binary(let op, _, _): return op.precedence
        case .comparison: return 0
        }
    }

    /// Height of the expression tree (a column or number is 1), computed
    /// without recursion so that it is safe on any input.
    var depth: Int {
        var deepest = 0
        var stack: [(Expression, Int)] = [(self, 1)]
        while let (e, d) = stack.popLast() {
            deepest = Swift.max(deepest, d)
            switch e {
            case .column, .number: break
            case .negate(let a), .call(_, let a), .panel(_, let a, _): stack.append((a, d + 1))
            case .binary(_, let a, let b): stack.append((a, d + 1)); stack.append((b, d + 1))
            case .comparison(_, let a, let b): for e in [a, b].compactMap(\.expression) { stack.append((e, d + 1)) }
            }
        }
        return deepest
    }

    /// Every column the expression reads, in order of first appearance.
    public var columns: [String] {
        var seen: [String] = []
        collectColumns(into: &seen)
        return seen
    }

    private func collectColumns(into seen: inout [String]) {
        switch self {
        case .column(let name): if !seen.contains(name) { seen.append(name) }
        case .number: break
        case .negate(let e), .call(_, let e): e.collectColumns(into: &seen)
        case .panel:
            // The computed column (built by `PanelOperatorColumns` from the whole data).
            let name = rDescription
            if !seen.contains(name) { seen.append(name) }
        case .binary(_, let a, let b):
            a.collectColumns(into: &seen)
            b.collectColumns(into: &seen)
        case .comparison(_, let a, let b):
            for e in [a, b].compactMap(\.expression) { e.collectColumns(into: &seen) }
        }
    }

    /// The expression as R's `deparse()` prints it: spaces around `+ - *`,
    /// none around `/ ^`, only the parentheses the precedence needs, numbers as
    /// R formats them, non-syntactic column names in backticks.
    public var rDescription: String { text(number: formatNumberLikeR) }

    /// As `rDescription`, but every number reads back as the same Double (R's
    /// 15 significant digits do not always): the canonical text of a filter.
    var roundTripDescription: String { text(number: formatNumberRoundTrip) }

    func text(number: (Double) -> String) -> String {
        switch self {
        case .comparison(let op, let a, let b):
            return comparisonText(op, a, b, number: number)
        case .column(let name): return quotedName(name)
        case .number(let x): return number(x)
        case .negate(let e):
            let inner = e.text(number: number)
            return "-" + (e.precedence < Self.negatePrecedence ? "(\(inner))" : inner)
        case .call(let f, let e): return "\(f.name)(\(e.text(number: number)))"
        case .panel(let op, let e, let k): return "\(op.rawValue)(\(e.text(number: number)), \(k))"
        case .binary(let op, let a, let b):
            var left = a.text(number: number)
            var right = b.text(number: number)
            if op == .power {
                // Right-associative: the left side needs parentheses at equal precedence.
                if a.precedence <= op.precedence { left = "(\(left))" }
                if b.precedence < Self.negatePrecedence { right = "(\(right))" }
                return left + "^" + right
            }
            if a.precedence < op.precedence { left = "(\(left))" }
            if b.precedence <= op.precedence {
                right = "(\(right))"
            }
            switch op {
            case .divide: return left + "/" + right
            default: return "\(left) \(op.rawValue) \(right)"
            }
        }
    }
}

extension Expression: CustomStringConvertible {
    public var description: String { rDescription }
}

/// `name` as R deparses a symbol: bare when syntactic, in backticks otherwise.
func quotedName(_ name: String) -> String {
    // The lexer reads `\x` as x inside backquotes, so backslashes are escaped too (as R's deparse does).
    isSyntacticName(name) ? name
        : "`" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "`", with: "\\`") + "`"
}

func isSyntacticName(_ name: String) -> Bool {
    guard let first = name.first else { return false }
    guard first.isLetter || first == "." || first == "_" else { return false }
    if first == ".", name.count > 1, name.dropFirst().first?.isNumber == true { return false }
    if ["in", "and", "or", "not", "if", "else", "function", "TRUE", "FALSE", "NA", "NULL"].contains(name) { return false }
    return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" }
}

/// The outcome of evaluating an expression on one row.
enum ScalarOutcome: Equatable {
    case value(Double)
    case missing
    /// `function` was called outside its domain with argument `argument` (its value `value`).
    case undefined(function: MathFunction, argument: Expression, value: Double)
}

extension Expression {
    /// Evaluates on one row. `lookup` returns a column's value on that row
    /// (`nil` = missing; NaN also counts as missing).
    func evaluate(_ lookup: (String) -> Double?, text: (String) -> String?? = { _ in nil }) -> ScalarOutcome {
        switch self {
        case .comparison(let op, let a, let b):
            return Expression.evaluateComparison(op, a, b, lookup, text: text)
        case .column(let name):
            guard let v = lookup(name), !v.isNaN else { return .missing }
            return .value(v)
        case .number(let x): return .value(x)
        case .panel:
            guard let v = lookup(rDescription), !v.isNaN else { return .missing }
            return .value(v)
        case .negate(let e):
            // Evaluated once: evaluating again when missing made `-(-(-…x))` cost 2^depth.
            let inner = e.evaluate(lookup, text: text)
            if case .value(let v) = inner { return .value(-v) }
            return inner
        case .binary(let op, let a, let b):
            let l = a.evaluate(lookup, text: text)
            guard case .value(let x) = l else { return l }
            let r = b.evaluate(lookup, text: text)
            guard case .value(let y) = r else { return r }
            return .value(op.apply(x, y))
        case .call(let f, let e):
            let inner = e.evaluate(lookup, text: text)
            guard case .value(let x) = inner else { return inner }
            if let y = f.apply(x) { return .value(y) }
            if x.isFinite { return .undefined(function: f, argument: e, value: x) }
            return .value(.nan)
        }
    }
}
