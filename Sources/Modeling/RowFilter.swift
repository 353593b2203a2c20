import Foundation
import PanelData

/// A comparison operator of a row filter.
public enum ComparisonOperator: String, Sendable, Hashable, Codable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }
}

/// One side of a comparison: a numeric expression (a column, a number, arithmetic)
/// or a text literal. A bare column may be numeric or text; the data decides.
public enum FilterOperand: Sendable, Hashable, Codable, CustomStringConvertible {
    case expression(Expression)
    case text(String)

    public var description: String {
        switch self {
        // Round-trip numbers: the canonical text parses back to the same condition.
        case .expression(let e): return e.roundTripDescription
        case .text(let s): return quotedText(s)
        }
    }
}

/// A literal in an `in` list.
public enum FilterLiteral: Sendable, Hashable, Codable, CustomStringConvertible {
    case number(Double)
    case text(String)

    public var description: String {
        switch self {
        case .number(let x): return formatNumberRoundTrip(x)
        case .text(let s): return quotedText(s)
        }
    }
}

func quotedText(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

/// The condition of a row filter, as a plain value.
public indirect enum FilterCondition: Sendable, Hashable, Codable, CustomStringConvertible {
    case comparison(ComparisonOperator, FilterOperand, FilterOperand)
    /// `x in (a, b)`; `negated` for `x not in (a, b)`.
    case membership(FilterOperand, [FilterLiteral], negated: Bool)
    /// `is.na(x)`.
    case isMissing(FilterOperand)
    case not(FilterCondition)
    case and(FilterCondition, FilterCondition)
    case or(FilterCondition, FilterCondition)

    var precedence: Int {
        switch self {
        case .or: return 1
        case .and: return 2
        case .not: return 3
        default: return 4
        }
    }

    /// Canonical text with `&&`, `||`, `!` and only the needed parentheses.
    public var description: String {
        func wrap(_ c: FilterCondition, _ minimum: Int) -> String {
            c.precedence < minimum ? "(\(c.description))" : c.description
        }
        switch self {
        case .comparison(let op, let a, let b): return "\(a) \(op.rawValue) \(b)"
        case .membership(let a, let list, let negated):
            return "\(a) \(negated ? "not in" : "in") (" + list.map(\.description).joined(separator: ", ") + ")"
        case .isMissing(let a): return "is.na(\(a))"
        case .not(let c):
            if case .isMissing = c { return "!" + c.description }
            if case .not = c { return "!" + c.description }
            return "!(\(c.description))"
        case .and(let a, let b): return wrap(a, 2) + " && " + wrap(b, 3)
        case .or(let a, let b): return wrap(a, 1) + " || " + wrap(b, 2)
        }
    }
}

/// A `--where` filter that cannot be read or applied: what, where (1-based
/// column, when the problem has one) and how to fix it.
public struct FilterError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let column: Int?
    public let filter: String
    public let hint: String?

    public init(message: String, column: Int?, filter: String, hint: String? = nil) {
        self.message = message
        self.column = column
        self.filter = filter
        self.hint = hint
    }

    public var description: String {
        let head = column.map { "filter error at column \($0): \(message) in \"\(filter)\"" } ?? "\(message) in filter \"\(filter)\""
        return head + (hint.map { "; \($0)" } ?? "")
    }
}

/// A row filter (`--where`): a small expression language that is parsed and
/// evaluated here, never handed to a shell or an interpreter.
///
/// Syntax (R-like; lowest precedence first):
/// - `a || b`, `a | b`, `a or b`
/// - `a && b`, `a & b`, `a and b`
/// - `!a`, `not a` (binds looser than comparisons: `!x == 1` is `!(x == 1)`, as in R)
/// - comparisons `== != < <= > >=` between numeric expressions or between
///   text (columns or literals in `"..."` or `'...'`); text is ordered by code point;
/// - membership `iso3 in ("KAZ", "EST")`, `iso3 not in ("RUS")`, or R's
///   `iso3 %in% c("KAZ", "EST")`; the list holds only numbers or only text;
/// - `is.na(x)`, `!is.na(x)`;
/// - arithmetic `+ - * / ^`, unary minus, and the functions of `MathFunction`.
///
/// Missing values follow R's three-valued logic: a comparison involving a
/// missing value is *unknown*; `unknown && false` is false, `unknown || true`
/// is true, `!unknown` is unknown; a row is kept only when the whole condition
/// is true, so rows where it is unknown are dropped, as R's `subset()` and
/// dplyr's `filter()` do. Arithmetic outside a function's domain (`log(-1)`)
/// or giving a non-finite value counts as missing.
/// Comparing text with a number is an error, never silently false.
public struct RowFilter: Sendable, Equatable, CustomStringConvertible {
    public let condition: FilterCondition
    /// The filter text as given (for messages).
    public let source: String

    public init(condition: FilterCondition, source: String) {
        self.condition = condition
        self.source = source
    }

    /// The canonical text; parsing it gives back the same condition.
    public var description: String { condition.description }

    /// Reads a filter expression.
    public static func parse(_ text: String) throws(FilterError) -> RowFilter {
        var parser = try FilterParser(source: text)
        return RowFilter(condition: try parser.parseFilter(), source: text)
    }
}

// MARK: - Parsing

/// The untyped parse tree, converted to `FilterCondition` once complete so that
/// "a value where a condition is needed" gets a precise message.
indirect enum RawFilterNode {
    case number(Double, column: Int)
    case text(String, column: Int)
    case name(String, column: Int)
    case call(String, [RawFilterNode], column: Int)
    case negate(RawFilterNode, column: Int)
    case not(RawFilterNode, column: Int)
    case arithmetic(ArithmeticOperator, RawFilterNode, RawFilterNode, column: Int)
    case comparison(ComparisonOperator, RawFilterNode, RawFilterNode, column: Int)
    case membership(RawFilterNode, [RawFilterNode], negated: Bool, column: Int)
    case logical(and: Bool, RawFilterNode, RawFilterNode, column: Int)

    /// Height of the parse tree, computed without recursion (safe on any input).
    var depth: Int {
        var deepest = 0
        var stack: [(RawFilterNode, Int)] = [(self, 1)]
        while let (node, d) = stack.popLast() {
            deepest = Swift.max(deepest, d)
            switch node {
            case .number, .text, .name: break
            case .call(_, let args, _): for a in args { stack.append((a, d + 1)) }
            case .negate(let a, _), .not(let a, _): stack.append((a, d + 1))
            case .arithmetic(_, let a, let b, _), .comparison(_, let a, let b, _), .logical(_, let a, let b, _):
                stack.append((a, d + 1)); stack.append((b, d + 1))
            case .membership(let a, let list, _, _):
                stack.append((a, d + 1))
                for e in list { stack.append((e, d + 1)) }
            }
        }
        return deepest
    }

    var column: Int {
        switch self {
        case .number(_, let c), .text(_, let c), .name(_, let c), .call(_, _, let c), .negate(_, let c), .not(_, let c),
             .arithmetic(_, _, _, let c), .comparison(_, _, _, let c), .membership(_, _, _, let c), .logical(_, _, _, let c):
            return c
        }
    }
}

struct FilterParser {
    let source: String
    var tokens: [Token]
    var index = 0
    /// Current recursion depth of the parser (bounded by `maximumNesting`).
    var nesting = 0

    static let functionNames = MathFunction.allCases.map(\.name) + ["is.na", "c"]

    init(source: String) throws(FilterError) {
        self.source = source
        do {
            tokens = try tokenize(source)
        } catch {
            throw FilterError(message: error.message, column: error.column, filter: source, hint: error.hint)
        }
    }

    var current: Token { tokens[index] }
    var previous: Token? { index > 0 ? tokens[index - 1] : nil }
    mutating func advance() { if index < tokens.count - 1 { index += 1 } }
    func isSymbol(_ s: String) -> Bool { current.kind == .symbol(s) }
    func isWord(_ w: String, at i: Int? = nil) -> Bool {
        let t = tokens[min(i ?? index, tokens.count - 1)]
        return t.kind == .name(w, quoted: false)
    }
    func fail(_ message: String, at column: Int?, hint: String? = nil) -> FilterError {
        FilterError(message: message, column: column, filter: source, hint: hint)
    }

    mutating func parseFilter() throws(FilterError) -> FilterCondition {
        guard current.kind != .end else {
            throw fail("filter is empty", at: nil, hint: "write a condition such as year == 2018")
        }
        let node = try parseExpression(0)
        // Chains (a | b | …) nest in the tree without nesting the parser; the
        // conversion, printing and evaluation below recurse over the tree.
        if node.nestingDepth > maximumNesting { throw fail(nestingMessage, at: 1, hint: nestingHint) }
        if node.depth > maximumChainHeight { throw fail(chainMessage, at: 1, hint: chainHint) }
        guard current.kind == .end else {
            if isSymbol(")") { throw fail("')' has no matching '('", at: current.column, hint: "remove it or add the missing '('") }
            throw unexpected()
        }
        return try condition(node)
    }

    func unexpected() -> FilterError {
        if current.kind == .end, let p = previous {
            return fail("expected a value after '\(p.text)'", at: current.column)
        }
        if isSymbol("=") { return fail("'=' is not a comparison", at: current.column, hint: "use '==' to test equality") }
        return fail("unexpected '\(current.text)'", at: current.column)
    }

    /// Binding power of the infix operator at the current token, if any.
    func infixPower() -> Int? {
        switch current.kind {
        case .symbol("||"), .symbol("|"): return 1
        case .symbol("&&"), .symbol("&"): return 2
        case .symbol("=="), .symbol("!="), .symbol("<"), .symbol("<="), .symbol(">"), .symbol(">="), .symbol("%in%"): return 4
        case .symbol("+"), .symbol("-"): return 5
        case .symbol("*"), .symbol("/"): return 6
        case .symbol("^"): return 8
        case .name("or", quoted: false): return 1
        case .name("and", quoted: false): return 2
        case .name("in", quoted: false): return 4
        case .name("not", quoted: false): return isWord("in", at: index + 1) ? 4 : nil
        default: return nil
        }
    }

    mutating func parseExpression(_ minimum: Int) throws(FilterError) -> RawFilterNode {
        var left = try parsePrefix()
        while let power = infixPower(), power > minimum {
            let op = current
            advance()
            switch power {
            case 1, 2:
                let right = try parseExpression(power)
                left = .logical(and: power == 2, left, right, column: op.column)
            case 4:
                if case .symbol(let s) = op.kind, let cmp = ComparisonOperator(rawValue: s) {
                    let right = try parseExpression(4)
                    left = .comparison(cmp, left, right, column: op.column)
                } else {
                    var negated = false
                    if op.kind == .name("not", quoted: false) { negated = true; advance() }
                    left = .membership(left, try parseList(after: op), negated: negated, column: op.column)
                }
                if infixPower() == 4 {
                    throw fail("comparisons cannot be chained", at: current.column, hint: "join them with &&, as in a < x && x < b")
                }
            case 8:
                let right = try parseExpression(7)
                left = .arithmetic(.power, left, right, column: op.column)
            default:
                let arithmetic: ArithmeticOperator
                switch op.kind {
                case .symbol("+"): arithmetic = .add
                case .symbol("-"): arithmetic = .subtract
                case .symbol("*"): arithmetic = .multiply
                default: arithmetic = .divide
                }
                let right = try parseExpression(power)
                left = .arithmetic(arithmetic, left, right, column: op.column)
            }
        }
        return left
    }

    /// `( literal, ... )` or `c( literal, ... )` after `in` / `%in%`.
    mutating func parseList(after op: Token) throws(FilterError) -> [RawFilterNode] {
        if isWord("c"), tokens[index + 1].kind == .symbol("(") { advance() }
        guard isSymbol("(") else {
            throw fail("expected a list in parentheses after '\(op.text)'", at: current.column, hint: "write x in (\"KAZ\", \"EST\")")
        }
        let open = current
        advance()
        var items: [RawFilterNode] = []
        while true {
            if current.kind == .end { throw fail("'(' is never closed", at: open.column, hint: "add the missing ')'") }
            items.append(try parseExpression(4))
            if isSymbol(",") { advance(); continue }
            if isSymbol(")") { advance(); return items }
            if current.kind == .end { throw fail("'(' is never closed", at: open.column, hint: "add the missing ')'") }
            throw unexpected()
        }
    }

    mutating func parsePrefix() throws(FilterError) -> RawFilterNode {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > maximumNesting { throw fail(nestingMessage, at: current.column, hint: nestingHint) }
        let token = current
        switch token.kind {
        case .symbol("!"), .name("not", quoted: false):
            advance()
            return .not(try parseExpression(3), column: token.column)
        case .symbol("-"):
            advance()
            return .negate(try parseExpression(7), column: token.column)
        case .symbol("+"):
            advance()
            return try parseExpression(7)
        case .symbol("("):
            advance()
            let inner = try parseExpression(0)
            guard isSymbol(")") else {
                if current.kind == .end { throw fail("'(' is never closed", at: token.column, hint: "add the missing ')'") }
                throw unexpected()
            }
            advance()
            return inner
        case .number(let x):
            advance()
            return .number(x, column: token.column)
        case .text(let s):
            advance()
            return .text(s, column: token.column)
        case .name(let name, let quoted):
            advance()
            if !quoted, ["and", "or", "in"].contains(name) {
                throw fail("expected a value, found '\(name)'", at: token.column)
            }
            guard !quoted, isSymbol("(") else { return .name(name, column: token.column) }
            let open = current
            advance()
            var args: [RawFilterNode] = []
            if !isSymbol(")") {
                while true {
                    args.append(try parseExpression(0))
                    if isSymbol(",") { advance(); continue }
                    break
                }
            }
            guard isSymbol(")") else {
                if current.kind == .end { throw fail("'(' is never closed", at: open.column, hint: "add the missing ')'") }
                throw unexpected()
            }
            advance()
            return .call(name, args, column: token.column)
        default:
            if let p = previous, case .symbol = p.kind {
                if isSymbol("=") { throw unexpected() }
                throw fail("expected a value after '\(p.text)'", at: token.column)
            }
            throw unexpected()
        }
    }

    // MARK: typing

    func condition(_ node: RawFilterNode) throws(FilterError) -> FilterCondition {
        switch node {
        case .logical(let isAnd, let a, let b, _):
            let l = try condition(a), r = try condition(b)
            return isAnd ? .and(l, r) : .or(l, r)
        case .not(let a, _):
            return .not(try condition(a))
        case .comparison(let op, let a, let b, let column):
            try Self.refuseComparisonWithNA(op, a, b, column: column, source: source)
            return .comparison(op, try operand(a), try operand(b))
        case .membership(let a, let items, let negated, let column):
            var literals: [FilterLiteral] = []
            for item in items {
                switch item {
                case .number(let x, _): literals.append(.number(x))
                case .negate(.number(let x, _), _): literals.append(.number(-x))
                case .text(let s, _): literals.append(.text(s))
                default: throw fail("the list after 'in' may hold only numbers or quoted text", at: item.column)
                }
            }
            let numbers = literals.filter { if case .number = $0 { return true } else { return false } }.count
            if numbers != 0, numbers != literals.count {
                throw fail("the list after 'in' mixes numbers and text", at: column, hint: "use only numbers or only quoted text")
            }
            return .membership(try operand(a), literals, negated: negated)
        case .call("is.na", let args, let column):
            guard args.count == 1 else { throw fail("is.na() takes one argument", at: column, hint: "write is.na(x)") }
            return .isMissing(try operand(args[0]))
        default:
            throw fail("expected a condition such as year == 2018, found '\(excerpt(node))'", at: node.column)
        }
    }

    /// The source text a node came from, for messages.
    func excerpt(_ node: RawFilterNode) -> String {
        let start = node.column - 1
        let chars = Array(source)
        guard start >= 0, start < chars.count else { return "" }
        if case .name(let n, _) = node { return n }
        return String(chars[start...]).trimmingCharacters(in: .whitespaces)
    }

    func operand(_ node: RawFilterNode) throws(FilterError) -> FilterOperand {
        if case .text(let s, _) = node { return .text(s) }
        return .expression(try arithmetic(node))
    }

    func arithmetic(_ node: RawFilterNode) throws(FilterError) -> Expression {
        switch node {
        case .number(let x, _): return .number(x)
        case .name(let n, _): return .column(n)
        case .negate(let a, _): return .negate(try arithmetic(a))
        case .arithmetic(let op, let a, let b, _): return .binary(op, try arithmetic(a), try arithmetic(b))
        case .text(let s, let column):
            throw fail("the text \(quotedText(s)) cannot be used in arithmetic", at: column)
        case .call(let name, let args, let column):
            if name == "is.na" { throw fail("is.na() is a condition, not a value", at: column) }
            guard let f = MathFunction(rawValue: name) else {
                throw fail("unknown function '\(name)'", at: column,
                           hint: didYouMean(nearestNames(to: name, in: Self.functionNames, limit: 1)))
            }
            guard args.count == 1 else { throw fail("\(name)() takes one argument", at: column) }
            return .call(f, try arithmetic(args[0]))
        case .comparison(_, _, _, let column), .logical(_, _, _, let column), .not(_, let column), .membership(_, _, _, let column):
            throw fail("expected a value, found a condition", at: column, hint: "compare values, then combine the comparisons with && or ||")
        }
    }
}

// MARK: - Evaluation

/// Kleene's three-valued logic, as R's `&`, `|` and `!` on `NA`.
private enum Truth {
    case yes, no, unknown

    init(_ b: Bool) { self = b ? .yes : .no }

    static func && (a: Truth, b: Truth) -> Truth {
        if a == .no || b == .no { return .no }
        return a == .yes && b == .yes ? .yes : .unknown
    }

    static func || (a: Truth, b: Truth) -> Truth {
        if a == .yes || b == .yes { return .yes }
        return a == .no && b == .no ? .no : .unknown
    }

    var negated: Truth {
        switch self {
        case .yes: return .no
        case .no: return .yes
        case .unknown: return .unknown
        }
    }
}

/// An operand evaluated on every row.
private enum OperandValues {
    case numbers([Double?])
    case texts([String?])
}

extension RowFilter {
    /// For each row of `data`, whether the condition is true (rows where it is
    /// false or unknown because of missing values are `false`).
    public func evaluate(on data: some ColumnSource) throws(FilterError) -> [Bool] {
        try truth(condition, data).map { $0 == .yes }
    }

    private func fail(_ message: String, hint: String? = nil) -> FilterError {
        FilterError(message: message, column: nil, filter: source, hint: hint)
    }

    private func truth(_ c: FilterCondition, _ data: some ColumnSource) throws(FilterError) -> [Truth] {
        switch c {
        case .and(let a, let b):
            let l = try truth(a, data), r = try truth(b, data)
            return zip(l, r).map { $0 && $1 }
        case .or(let a, let b):
            let l = try truth(a, data), r = try truth(b, data)
            return zip(l, r).map { $0 || $1 }
        case .not(let a):
            return try truth(a, data).map(\.negated)
        case .isMissing(let a):
            switch try values(a, data) {
            case .numbers(let v): return v.map { Truth($0 == nil) }
            case .texts(let v): return v.map { Truth($0 == nil) }
            }
        case .comparison(let op, let a, let b):
            switch (try values(a, data), try values(b, data)) {
            case (.numbers(let x), .numbers(let y)):
                return zip(x, y).map { p in
                    guard let u = p.0, let v = p.1 else { return .unknown }
                    return Truth(op.holds(u, v))
                }
            case (.texts(let x), .texts(let y)):
                return zip(x, y).map { p in
                    guard let u = p.0, let v = p.1 else { return .unknown }
                    return Truth(op.holds(CodePointOrder(u), CodePointOrder(v)))
                }
            default:
                throw mismatch(c, a, b, data)
            }
        case .membership(let a, let list, _):
            let negated: Bool
            if case .membership(_, _, let n) = c { negated = n } else { negated = false }
            let numbers = list.compactMap { if case .number(let x) = $0 { return x } else { return nil } }
            let texts = list.compactMap { if case .text(let s) = $0 { return s } else { return nil } }
            let result: [Truth]
            switch try values(a, data) {
            case .numbers(let v):
                if numbers.isEmpty, !texts.isEmpty { throw mismatch(c, a, .text(texts[0]), data) }
                result = v.map { x in x.map { Truth(numbers.contains($0)) } ?? .unknown }
            case .texts(let v):
                if texts.isEmpty, !numbers.isEmpty { throw mismatch(c, a, .expression(.number(numbers[0])), data) }
                let set = Set(texts)
                result = v.map { s in s.map { Truth(set.contains($0)) } ?? .unknown }
            }
            return negated ? result.map(\.negated) : result
        }
    }

    private func mismatch(_ c: FilterCondition, _ a: FilterOperand, _ b: FilterOperand, _ data: some ColumnSource) -> FilterError {
        // Name the text column (or the text literal) and suggest the fix.
        for (side, other) in [(a, b), (b, a)] {
            if case .expression(.column(let name)) = side, data.textValues(name) != nil {
                var hint: String? = nil
                if case .expression(.number(let x)) = other {
                    hint = "write the value in quotes, as in \(name) == \(quotedText(formatNumberLikeR(x)))"
                }
                return fail("cannot compare the text column '\(name)' with a number", hint: hint)
            }
        }
        for (side, other) in [(a, b), (b, a)] {
            if case .expression(.column(let name)) = side, data.numericValues(name) != nil, case .text(let s) = other {
                let hint = Double(s) != nil ? "remove the quotes, as in \(name) == \(s)" : nil
                return fail("cannot compare the numeric column '\(name)' with the text \(quotedText(s))", hint: hint)
            }
        }
        return fail("cannot compare text with a number in \(c)")
    }

    private func values(_ operand: FilterOperand, _ data: some ColumnSource) throws(FilterError) -> OperandValues {
        let n = data.rowCount
        switch operand {
        case .text(let s):
            return .texts([String?](repeating: s, count: n))
        case .expression(.column(let name)):
            if let v = data.numericValues(name) { return .numbers(try checked(v, name, n).map { $0.flatMap { $0.isNaN ? nil : $0 } }) }
            if let v = data.textValues(name) { return .texts(try checked(v, name, n)) }
            throw unknown(name, data)
        case .expression(let e):
            var columns: [String: [Double?]] = [:]
            for name in e.columns {
                if let v = data.numericValues(name) {
                    columns[name] = try checked(v, name, n)
                } else if data.textValues(name) != nil {
                    throw fail("'\(name)' is a text column and cannot be used in arithmetic in \(e.rDescription)")
                } else {
                    throw unknown(name, data)
                }
            }
            var out: [Double?] = []
            out.reserveCapacity(n)
            for row in 0..<n {
                // Outside a function's domain or non-finite counts as missing (R gives NaN/Inf, then NA in comparisons).
                if case .value(let v) = e.evaluate({ columns[$0]?[row] ?? nil }), v.isFinite {
                    out.append(v)
                } else {
                    out.append(nil)
                }
            }
            return .numbers(out)
        }
    }

    private func checked<T>(_ v: [T], _ name: String, _ n: Int) throws(FilterError) -> [T] {
        guard v.count == n else { throw fail("column '\(name)' has \(v.count) values but the data has \(n) rows") }
        return v
    }

    private func unknown(_ name: String, _ data: some ColumnSource) -> FilterError {
        fail("unknown variable '\(name)'", hint: didYouMean(nearestNames(to: name, in: data.columnNames)))
    }
}

/// Strings ordered by Unicode code points (UTF-8 bytes), as R in the C locale.
private struct CodePointOrder: Comparable {
    let s: String
    init(_ s: String) { self.s = s }
    static func < (a: Self, b: Self) -> Bool { a.s.utf8.lexicographicallyPrecedes(b.s.utf8) }
    static func == (a: Self, b: Self) -> Bool { a.s.utf8.elementsEqual(b.s.utf8) }
}
