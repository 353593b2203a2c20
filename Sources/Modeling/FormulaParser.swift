import PanelData

/// The unexpanded right-hand side, as written.
indirect enum RHSNode {
    case variable(Int)                      // index into the variable registry
    case intercept(Bool, column: Int)       // a literal 1 (true) or 0 (false)
    case sum([(subtract: Bool, node: RHSNode)])
    case interaction(RHSNode, RHSNode)      // a:b
    case cross(RHSNode, RHSNode)            // a*b
    case power(RHSNode, Int)                // (a + b)^2
}

/// Recursive-descent parser for formulas. Grammar (lowest precedence first, as R):
///
///     formula  := response '~' sum ('|' name ('+' name)*)?
///     sum      := ['+'|'-'] product (('+'|'-') product)*
///     product  := colon ('*' colon)*
///     colon    := power (':' power)*
///     power    := primary ('^' integer)?
///     primary  := '(' sum ')' | '0' | '1' | variable
///     variable := name | 'factor' '(' name ')' | function '(' arith ')'
///     arith    := the usual arithmetic: + - * / ^, unary minus, numbers, names, calls
struct FormulaParser {
    let source: String
    var tokens: [Token]
    var index = 0
    /// Formula variables in order of first appearance (R's `variables` attribute).
    var variables: [FormulaVariable] = []
    /// Column of each variable's first occurrence as a right-hand-side term.
    var rhsColumns: [Int: Int] = [:]
    /// Current recursion depth of the parser (bounded by `maximumNesting`).
    var nesting = 0

    /// Counts one level of recursion; throws beyond `maximumNesting`.
    mutating func enter() throws(FormulaError) {
        nesting += 1
        if nesting > maximumNesting { throw fail(nestingMessage, at: current.column, hint: nestingHint) }
    }

    static let functionNames = MathFunction.allCases.map(\.name) + ["factor"] + PanelOperator.allCases.map(\.rawValue)

    init(source: String) throws(FormulaError) {
        self.source = source
        do {
            tokens = try tokenize(source)
        } catch {
            throw FormulaError(message: error.message, column: error.column, formula: source, hint: error.hint)
        }
    }

    var current: Token { tokens[index] }
    var previous: Token? { index > 0 ? tokens[index - 1] : nil }

    func isSymbol(_ s: String) -> Bool { current.kind == .symbol(s) }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    func fail(_ message: String, at column: Int, hint: String? = nil) -> FormulaError {
        FormulaError(message: message, column: column, formula: source, hint: hint)
    }

    mutating func register(_ v: FormulaVariable, column: Int) -> Int {
        if let i = variables.firstIndex(of: v) { return i }
        variables.append(v)
        return variables.count - 1
    }

    // MARK: formula

    mutating func parseFormula() throws(FormulaError) -> Formula {
        if tokens.count == 1 {
            throw FormulaError(message: "formula is empty", column: nil, formula: source, hint: "write it as \"y ~ x1 + x2\"")
        }
        guard tokens.contains(where: { $0.kind == .symbol("~") }) else {
            throw FormulaError(message: "formula has no '~'", column: nil, formula: source, hint: "write it as \"y ~ x1 + x2\"")
        }
        if isSymbol("~") {
            throw fail("the response (left of '~') is empty", at: current.column, hint: "write it as \"y ~ x1 + x2\"")
        }
        let responseColumn = current.column
        let responseVariable = try parseVariable()
        guard case .expression(let response) = responseVariable else {
            throw fail("the response cannot be a factor", at: responseColumn, hint: "regress a numeric variable")
        }
        guard isSymbol("~") else {
            if case .symbol(let s) = current.kind, ["+", "-", "*", ":"].contains(s) {
                throw fail("the response must be a single variable", at: current.column, hint: "use I(...) for arithmetic, as in I(a \(s) b) ~ x")
            }
            throw unexpected()
        }
        advance()
        let responseIndex = register(responseVariable, column: responseColumn)
        let rhs = try parseSum(topLevel: true)
        var fixedEffects: [String] = []
        var instrumental: InstrumentalPart? = nil
        if isSymbol("|") {
            advance()
            if segmentHasTilde() {
                instrumental = try parseInstrumental()
            } else {
                fixedEffects = try parseFixedEffects()
                if isSymbol("|") {
                    let bar = current.column
                    advance()
                    guard segmentHasTilde() else {
                        throw fail("after the fixed effects, a second '|' must start an instrumental-variables part", at: bar,
                                   hint: "write \"y ~ w | fe | endo ~ z1 + z2\" (fixest syntax), or join the fixed effects with '+'")
                    }
                    instrumental = try parseInstrumental()
                }
            }
            if isSymbol("|") {
                throw fail("too many '|': a formula has at most fixed effects and one instrumental-variables part", at: current.column,
                           hint: "write \"y ~ w | fe1 + fe2 | endo ~ z1 + z2\"")
            }
        }
        guard current.kind == .end else {
            if isSymbol(")") {
                throw fail("')' has no matching '('", at: current.column, hint: "remove it or add the missing '('")
            }
            if isSymbol("~") {
                throw fail("a formula has only one '~'", at: current.column)
            }
            throw unexpected()
        }
        var intercept = true
        let termBits = try expandTop(rhs, intercept: &intercept)
        // R drops the response from the right-hand side silently; we refuse, because
        // regressing y on itself is always a mistake.
        if let t = termBits.first(where: { $0.contains(responseIndex) }), !t.isEmpty {
            throw fail("the response '\(response.rDescription)' also appears on the right of '~'", at: rhsColumns[responseIndex] ?? responseColumn, hint: "remove it from the right-hand side")
        }
        let ordered = termBits.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }.map(\.element)
        let terms = ordered.map { Term($0.sorted().map { variables[$0] }) }
        if let iv = instrumental {
            try checkInstrumental(iv, response: response, responseIndex: responseIndex, exogenous: terms)
        }
        return Formula(response: response, terms: terms, intercept: intercept, fixedEffects: fixedEffects, instrumental: instrumental)
    }

    mutating func parseFixedEffects() throws(FormulaError) -> [String] {
        var names: [String] = []
        while true {
            guard case .name(let name, _) = current.kind else {
                if current.kind == .end, let p = previous {
                    throw fail("expected a fixed-effect variable after '\(p.text)'", at: current.column)
                }
                throw fail("expected a fixed-effect variable, found '\(current.text)'", at: current.column)
            }
            let column = current.column
            advance()
            if isSymbol("(") {
                throw fail("fixed effects must be plain column names", at: column, hint: "write '| \(name)' and let the column be categorical")
            }
            if isSymbol("^") {
                throw fail("combined fixed effects ('\(name)^…') are not supported", at: current.column, hint: "create a column that combines them and absorb that")
            }
            if !names.contains(name) { names.append(name) }
            if isSymbol("+") { advance(); continue }
            return names
        }
    }

    func unexpected() -> FormulaError {
        if case .text = current.kind {
            return fail("quoted text \(current.text) cannot appear in a formula", at: current.column, hint: "column names are written without quotes (use backticks for unusual names)")
        }
        return fail("unexpected '\(current.text)'", at: current.column)
    }

    // MARK: right-hand side

    mutating func parseSum(topLevel: Bool) throws(FormulaError) -> RHSNode {
        var items: [(subtract: Bool, node: RHSNode)] = []
        var subtract = false
        if isSymbol("-") { subtract = true; advance() } else if isSymbol("+") { advance() }
        while true {
            let node = try parseProduct()
            if case .intercept(_, let column) = node, !topLevel {
                throw fail("0 or 1 (the intercept) can only be added or removed at the top level", at: column, hint: "move it out of the parentheses")
            }
            items.append((subtract, node))
            if isSymbol("+") { subtract = false; advance(); continue }
            if isSymbol("-") { subtract = true; advance(); continue }
            break
        }
        return items.count == 1 && !items[0].subtract ? items[0].node : .sum(items)
    }

    mutating func parseProduct() throws(FormulaError) -> RHSNode {
        var left = try parseColon()
        while isSymbol("*") || isSymbol("/") {
            if isSymbol("/") {
                throw fail("nesting with '/' is not supported", at: current.column, hint: "write a + a:b instead of a/b")
            }
            advance()
            let right = try parseColon()
            try checkNotIntercept(left)
            try checkNotIntercept(right)
            left = .cross(left, right)
        }
        return left
    }

    mutating func parseColon() throws(FormulaError) -> RHSNode {
        var left = try parsePower()
        while isSymbol(":") {
            advance()
            let right = try parsePower()
            try checkNotIntercept(left)
            try checkNotIntercept(right)
            left = .interaction(left, right)
        }
        return left
    }

    func checkNotIntercept(_ node: RHSNode) throws(FormulaError) {
        if case .intercept(_, let column) = node {
            throw fail("0 or 1 (the intercept) cannot be part of an interaction", at: column, hint: "add or remove the intercept on its own: '+ 1' or '- 1'")
        }
    }

    mutating func parsePower() throws(FormulaError) -> RHSNode {
        let wasParenthesized = isSymbol("(")
        let base = try parsePrimary()
        guard isSymbol("^") else { return base }
        let caretColumn = current.column
        advance()
        guard case .number(let p) = current.kind, p >= 1, p == p.rounded(), p <= 64 else {
            throw fail("the power of a term must be a whole number from 1 up, as in (a + b)^2", at: current.column)
        }
        advance()
        if !wasParenthesized, case .variable(let i) = base {
            let label = variables[i].description
            throw fail("in a formula '\(label)^\(formatNumberLikeR(p))' means crossing, not squaring", at: caretColumn, hint: "write I(\(label)^\(formatNumberLikeR(p))) for the power")
        }
        try checkNotIntercept(base)
        return .power(base, Int(p))  // checked: whole p in [1, 64] (guard above)
    }

    mutating func parsePrimary() throws(FormulaError) -> RHSNode {
        try enter()
        defer { nesting -= 1 }
        let token = current
        switch token.kind {
        case .symbol("("):
            advance()
            let inner = try parseSum(topLevel: false)
            guard isSymbol(")") else {
                if current.kind == .end {
                    throw fail("'(' is never closed", at: token.column, hint: "add the missing ')'")
                }
                throw unexpected()
            }
            advance()
            return inner
        case .number(let x):
            if x == 0 || x == 1 {
                advance()
                return .intercept(x == 1, column: token.column)
            }
            throw fail("the number \(token.text) cannot be a term", at: token.column, hint: "use 1 or 0 to keep or remove the intercept, or I(...) for arithmetic")
        case .name:
            let v = try parseVariable()
            let i = register(v, column: token.column)
            if rhsColumns[i] == nil { rhsColumns[i] = token.column }
            return .variable(i)
        default:
            throw missingVariable()
        }
    }

    func missingVariable() -> FormulaError {
        if let p = previous, case .symbol(let s) = p.kind, current.kind == .end || { if case .symbol = current.kind { return true } else { return false } }() {
            return fail("expected a variable name after '\(s)'", at: current.column)
        }
        if current.kind == .end {
            return fail("expected a variable name", at: current.column)
        }
        if case .text = current.kind { return unexpected() }
        return fail("expected a variable name, found '\(current.text)'", at: current.column)
    }

    /// `name`, `factor(name)` or `function(arith)`.
    mutating func parseVariable() throws(FormulaError) -> FormulaVariable {
        guard case .name(let name, let quoted) = current.kind else { throw missingVariable() }
        let nameToken = current
        advance()
        guard !quoted, isSymbol("(") else { return .expression(.column(name)) }
        let open = current
        advance()
        if name == "factor" || name == "as.factor" {
            guard case .name(let column, _) = current.kind else {
                throw fail("factor() takes one column name", at: current.column, hint: "write factor(x)")
            }
            advance()
            try closeCall(name, open: open)
            return .factor(column)
        }
        if let op = PanelOperator(rawValue: name) {
            return .expression(try parsePanelOperator(op, open: open))
        }
        guard let function = MathFunction(rawValue: name) else {
            throw fail("unknown function '\(name)'", at: nameToken.column,
                       hint: didYouMean(nearestNames(to: name, in: Self.functionNames, limit: 1))
                           ?? "the functions are " + Self.functionNames.joined(separator: ", "))
        }
        let argument = try parseComparison()
        try closeCall(name, open: open)
        return .expression(.call(function, argument))
    }

    mutating func closeCall(_ name: String, open: Token) throws(FormulaError) {
        if isSymbol(")") { advance(); return }
        if isSymbol(",") {
            let hint = name.hasPrefix("log") ? "for another base use log2(x) or log10(x)" : nil
            throw fail("\(name)() takes one argument", at: current.column, hint: hint)
        }
        if current.kind == .end { throw fail("'(' is never closed", at: open.column, hint: "add the missing ')'") }
        throw unexpected()
    }

    // MARK: arithmetic inside calls

    mutating func parseArithmetic() throws(FormulaError) -> Expression {
        let start = current.column
        var left = try parseMultiplicative()
        while isSymbol("+") || isSymbol("-") {
            let op: ArithmeticOperator = isSymbol("+") ? .add : .subtract
            advance()
            left = .binary(op, left, try parseMultiplicative())
        }
        // Chains (x + x + …) nest in the tree without nesting the parser.
        if left.nestingDepth > maximumNesting { throw fail(nestingMessage, at: start, hint: nestingHint) }
        if left.depth > maximumChainHeight { throw fail(chainMessage, at: start, hint: chainHint) }
        return left
    }

    mutating func parseMultiplicative() throws(FormulaError) -> Expression {
        var left = try parseUnary()
        while isSymbol("*") || isSymbol("/") {
            let op: ArithmeticOperator = isSymbol("*") ? .multiply : .divide
            advance()
            left = .binary(op, left, try parseUnary())
        }
        return left
    }

    mutating func parseUnary() throws(FormulaError) -> Expression {
        try enter()
        defer { nesting -= 1 }
        if isSymbol("-") { advance(); return .negate(try parseUnary()) }
        if isSymbol("+") { advance(); return try parseUnary() }
        let base = try parseArithmeticPrimary()
        if isSymbol("^") {
            advance()
            return .binary(.power, base, try parseUnary())
        }
        return base
    }

    mutating func parseArithmeticPrimary() throws(FormulaError) -> Expression {
        let token = current
        switch token.kind {
        case .number(let x):
            advance()
            return .number(x)
        case .name(let name, _):
            if name == "factor" || name == "as.factor", tokens[index + 1].kind == .symbol("(") {
                throw fail("factor() cannot be used inside arithmetic", at: token.column)
            }
            let v = try parseVariable()
            guard case .expression(let e) = v else { throw fail("factor() cannot be used inside arithmetic", at: token.column) }
            return e
        case .symbol("("):
            advance()
            let inner = try parseComparison()
            guard isSymbol(")") else {
                if current.kind == .end { throw fail("'(' is never closed", at: token.column, hint: "add the missing ')'") }
                throw unexpected()
            }
            advance()
            return inner
        default:
            if let p = previous, case .symbol(let s) = p.kind, current.kind == .end || { if case .symbol = current.kind { return true } else { return false } }() {
                return try { () throws(FormulaError) -> Expression in throw fail("expected a number or a variable name after '\(s)'", at: current.column) }()
            }
            throw unexpected()
        }
    }

    // MARK: expansion (R's terms.formula)

    /// The top-level sum: handles the intercept and term removal.
    func expandTop(_ node: RHSNode, intercept: inout Bool) throws(FormulaError) -> [Set<Int>] {
        let items: [(subtract: Bool, node: RHSNode)]
        if case .sum(let s) = node { items = s } else { items = [(false, node)] }
        var terms: [Set<Int>] = []
        for item in items {
            if case .intercept(let one, _) = item.node {
                intercept = item.subtract ? !one : one
                continue
            }
            let expanded = try expand(item.node)
            if item.subtract {
                terms.removeAll { expanded.contains($0) }
            } else {
                for t in expanded where !terms.contains(t) { terms.append(t) }
            }
        }
        return terms
    }

    /// Most terms an expansion may produce: `(a + b + … )^k` and `a*b*c*…` grow
    /// exponentially, and a formula beyond this is a typo, not a model.
    static let maximumTerms = 10_000

    func tooManyTerms() -> FormulaError {
        FormulaError(message: "the formula expands to more than \(Self.maximumTerms) terms", column: nil, formula: source,
                     hint: "the formula expands to more than \(Self.maximumTerms) terms: lower the power in (...)^k or cross fewer variables with *")
    }

    func expand(_ node: RHSNode) throws(FormulaError) -> [Set<Int>] {
        switch node {
        case .variable(let i): return [[i]]
        case .intercept: return []  // rejected earlier outside the top level
        case .sum(let items):
            var terms: [Set<Int>] = []
            for item in items {
                let e = try expand(item.node)
                if item.subtract { terms.removeAll { e.contains($0) } } else { terms = try union(terms, e) }
            }
            return terms
        case .interaction(let a, let b):
            return try interact(try expand(a), try expand(b))
        case .cross(let a, let b):
            let l = try expand(a), r = try expand(b)
            return try union(try union(l, r), try interact(l, r))
        case .power(let a, let n):
            let base = try expand(a)
            var result = base
            if n > 1 {
                for _ in 2...n {
                    let next = try union(result, try interact(result, base))
                    // Once every interaction is present, higher powers add nothing: (a + b)^54 is (a + b)^2.
                    if next.count == result.count { break }
                    result = next
                }
            }
            return result
        }
    }

    func union(_ a: [Set<Int>], _ b: [Set<Int>]) throws(FormulaError) -> [Set<Int>] {
        var r = a
        var seen = Set(a)
        for t in b where seen.insert(t).inserted { r.append(t) }
        if r.count > Self.maximumTerms { throw tooManyTerms() }
        return r
    }

    func interact(_ a: [Set<Int>], _ b: [Set<Int>]) throws(FormulaError) -> [Set<Int>] {
        // Bounds the work too: many of the products can coincide.
        if a.count * b.count > 100 * Self.maximumTerms { throw tooManyTerms() }
        var r: [Set<Int>] = []
        var seen = Set<Set<Int>>()
        for x in a {
            for y in b {
                let t = x.union(y)
                if seen.insert(t).inserted {
                    r.append(t)
                    if r.count > Self.maximumTerms { throw tooManyTerms() }
                }
            }
        }
        return r
    }
}

extension Formula {
    /// Parses R / fixest formula text (see `Formula` for the syntax).
    public static func parse(_ text: String) throws(FormulaError) -> Formula {
        var parser = try FormulaParser(source: text)
        return try parser.parseFormula()
    }
}
