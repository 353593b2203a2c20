/// A linear function of the coefficients, `aᵀβ + c`, read from text such as
/// `egdi + egdi:post_soviet` or `2*log(gdppc_ppp) - 1`.
public struct LinearForm: Sendable, Equatable, Hashable, Codable {
    /// The weights a, one per coefficient (in the order of the names it was read against).
    public var weights: [Double]
    /// The constant c.
    public var constant: Double
    /// The text it was read from, trimmed.
    public var text: String
}

/// Linear restrictions `Rβ = r` (q×k), each with its text, as in R's
/// `car::linearHypothesis(model, c("egdi = 0", "egdi:post_soviet = 0"))` and
/// Stata's `test`.
public struct LinearRestrictions: Sendable, Equatable, Hashable, Codable {
    /// R, q×k: row i holds the weights of restriction i.
    public let matrix: Matrix
    /// r, length q.
    public let rightHandSide: [Double]
    /// The restrictions as written, trimmed.
    public let texts: [String]

    /// Restrictions from their rows; checks that R has full row rank.
    /// - Parameters:
    ///   - rows: the weights of each restriction (all of length k).
    ///   - rightHandSide: r.
    ///   - texts: how each restriction is named in messages and output.
    /// - Throws: ``InferenceError/rankDeficient(restriction:index:)`` when a restriction
    ///   is a linear combination of earlier ones, ``InferenceError/noCoefficient(expression:)``
    ///   for an all-zero row, `.malformed` for inconsistent lengths.
    public init(rows: [[Double]], rightHandSide: [Double], texts: [String]) throws(InferenceError) {
        guard !rows.isEmpty else { throw .malformed(expression: "", reason: "no restriction given") }
        let k = rows[0].count
        guard rows.allSatisfy({ $0.count == k }), rightHandSide.count == rows.count, texts.count == rows.count,
              let m = Matrix(rowMajor: rows) else {
            throw .malformed(expression: texts.joined(separator: "; "), reason: "restriction rows of different lengths")
        }
        // Modified Gram–Schmidt on the rows: a row whose residual after projecting out the
        // earlier rows is tiny relative to its own norm adds no restriction.
        var basis: [[Double]] = []
        for (i, row) in rows.enumerated() {
            let norm = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { throw .noCoefficient(expression: texts[i]) }
            var v = row.map { $0 / norm }
            for b in basis {
                let d = zip(v, b).reduce(0) { $0 + $1.0 * $1.1 }
                for j in 0..<k { v[j] -= d * b[j] }
            }
            let rest = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard rest > 1e-10 else { throw .rankDeficient(restriction: texts[i], index: i + 1) }
            basis.append(v.map { $0 / rest })
        }
        self.matrix = m
        self.rightHandSide = rightHandSide
        self.texts = texts
    }

    /// Restrictions read from text in coefficient names: `;`-separated
    /// equations `lhs = rhs` (or an expression meaning `= 0`), each side a sum
    /// of terms `[number *] name`, `name [* number] [/ number]` or a number.
    /// Names are matched as printed (`egdi:post_soviet`, `log(gdppc_ppp)`,
    /// `I(egdi^2)`, `(Intercept)`), ignoring spaces; a name may be written in
    /// backquotes.
    /// - Parameters:
    ///   - text: e.g. `"egdi = 0; egdi:post_soviet = 0"` or `"2*a - b = 1"`.
    ///   - names: the estimated coefficients, in order.
    ///   - dropped: coefficients dropped as collinear (named in the error if used).
    /// - Throws: ``InferenceError`` (unknown term with the nearest names, malformed text, rank deficiency).
    public static func parse(_ text: String, names: [String], dropped: [String] = []) throws(InferenceError) -> LinearRestrictions {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard parts.contains(where: { !$0.isEmpty }) else { throw .malformed(expression: text, reason: "the hypothesis is empty") }
        var rows: [[Double]] = []
        var rhs: [Double] = []
        var texts: [String] = []
        for part in parts {
            guard !part.isEmpty else { throw .malformed(expression: text, reason: "an empty restriction between ';'") }
            let sides = part.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            guard sides.count <= 2 else { throw .malformed(expression: part, reason: "more than one '='") }
            var leftParser = LinearFormParser(sides[0], whole: part, names: names, dropped: dropped)
            let left = try leftParser.parse()
            var right = LinearForm(weights: [Double](repeating: 0, count: names.count), constant: 0, text: "0")
            if sides.count == 2 {
                var rightParser = LinearFormParser(sides[1], whole: part, names: names, dropped: dropped)
                right = try rightParser.parse()
            }
            rows.append(zip(left.weights, right.weights).map { $0 - $1 })
            rhs.append(right.constant - left.constant)
            texts.append(sides.count == 2 ? "\(sides[0].trimmingSpaces) = \(sides[1].trimmingSpaces)" : "\(part) = 0")
        }
        return try LinearRestrictions(rows: rows, rightHandSide: rhs, texts: texts)
    }
}

extension LinearForm {
    /// A linear combination read from text (`egdi + egdi:post_soviet`, `2*a - b`, `a + 1`);
    /// the syntax of one side of a restriction in ``LinearRestrictions/parse(_:names:dropped:)``.
    /// - Parameters:
    ///   - text: the expression (no `=` or `;`).
    ///   - names: the estimated coefficients, in order.
    ///   - dropped: coefficients dropped as collinear.
    /// - Throws: ``InferenceError``.
    public static func parse(_ text: String, names: [String], dropped: [String] = []) throws(InferenceError) -> LinearForm {
        if text.contains("=") || text.contains(";") {
            throw .malformed(expression: text, reason: "a linear combination has no '=' or ';' (use --test for hypotheses)")
        }
        var parser = LinearFormParser(text, whole: text, names: names, dropped: dropped)
        let form = try parser.parse()
        guard form.weights.contains(where: { $0 != 0 }) else { throw .noCoefficient(expression: form.text) }
        return form
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// Recursive-descent reader of `[+|-] term {(+|-) term}` with
/// `term = factor {(*|/) factor}`, `factor = number | name | (expr)`, where at
/// most one name may appear per product (the form must stay linear).
struct LinearFormParser {
    let chars: [Character]
    let original: String
    let whole: String
    let names: [String]
    /// Names without spaces (for matching), longest first, with their indices.
    let compact: [(name: [Character], index: Int)]
    let dropped: [String]
    var pos = 0

    init(_ text: String, whole: String, names: [String], dropped: [String]) {
        self.original = text.trimmingSpaces
        self.whole = whole
        self.chars = Array(text)
        self.names = names
        self.dropped = dropped
        self.compact = names.enumerated()
            .map { (Array($0.element.filter { !$0.isWhitespace }), $0.offset) }
            .sorted { $0.0.count > $1.0.count }
    }

    mutating func parse() throws(InferenceError) -> LinearForm {
        skipSpaces()
        guard pos < chars.count else { throw .malformed(expression: whole, reason: "an empty side") }
        let (w, c) = try sum()
        skipSpaces()
        if pos < chars.count {
            throw .malformed(expression: whole, reason: "unexpected '\(chars[pos])' at position \(pos + 1) of '\(original)'")
        }
        return LinearForm(weights: w, constant: c, text: original)
    }

    mutating func skipSpaces() { while pos < chars.count, chars[pos].isWhitespace { pos += 1 } }

    /// A linear value: weights over the names plus a constant.
    typealias Value = (weights: [Double], constant: Double)

    mutating func sum() throws(InferenceError) -> Value {
        skipSpaces()
        var sign = 1.0
        if pos < chars.count, chars[pos] == "+" || chars[pos] == "-" {
            sign = chars[pos] == "-" ? -1 : 1
            pos += 1
        }
        var acc = try product()
        acc = scale(acc, sign)
        while true {
            skipSpaces()
            guard pos < chars.count, chars[pos] == "+" || chars[pos] == "-" else { break }
            let s = chars[pos] == "-" ? -1.0 : 1.0
            pos += 1
            skipSpaces()
            // Allow "a - -b" and "a + -2*b".
            var s2 = 1.0
            if pos < chars.count, chars[pos] == "+" || chars[pos] == "-" { s2 = chars[pos] == "-" ? -1 : 1; pos += 1 }
            let t = try product()
            acc = add(acc, scale(t, s * s2))
        }
        return acc
    }

    mutating func product() throws(InferenceError) -> Value {
        var acc = try factor()
        while true {
            skipSpaces()
            guard pos < chars.count, chars[pos] == "*" || chars[pos] == "/" else { break }
            let isDivide = chars[pos] == "/"
            pos += 1
            skipSpaces()
            var sign = 1.0
            if pos < chars.count, chars[pos] == "-" { sign = -1; pos += 1 }
            let f = try factor()
            let fIsConstant = f.weights.allSatisfy { $0 == 0 }
            let accIsConstant = acc.weights.allSatisfy { $0 == 0 }
            if isDivide {
                guard fIsConstant else { throw .malformed(expression: whole, reason: "division by a coefficient is not linear") }
                guard f.constant != 0 else { throw .malformed(expression: whole, reason: "division by zero") }
                acc = scale(acc, sign / f.constant)
            } else if fIsConstant {
                acc = scale(acc, sign * f.constant)
            } else if accIsConstant {
                acc = scale(f, sign * acc.constant)
            } else {
                throw .malformed(expression: whole, reason: "a product of two coefficients is not linear (use --test for linear restrictions only)")
            }
        }
        return acc
    }

    mutating func factor() throws(InferenceError) -> Value {
        skipSpaces()
        guard pos < chars.count else { throw .malformed(expression: whole, reason: "the expression ends where a number or a coefficient name was expected") }
        // A coefficient name, longest match first (names may contain '(' ':' '^' '-' ...).
        if let (index, length) = matchName(at: pos) {
            pos = length
            var w = [Double](repeating: 0, count: names.count)
            w[index] = 1
            return (w, 0)
        }
        let c = chars[pos]
        if c == "`" {
            guard let end = chars[(pos + 1)...].firstIndex(of: "`") else {
                throw .malformed(expression: whole, reason: "an unclosed backquote")
            }
            let name = String(chars[(pos + 1)..<end])
            pos = end + 1
            if let i = names.firstIndex(of: name) {
                var w = [Double](repeating: 0, count: names.count)
                w[i] = 1
                return (w, 0)
            }
            throw unknown(name)
        }
        if c.isNumber || c == "." {
            return ([Double](repeating: 0, count: names.count), try number())
        }
        if c == "(" {
            pos += 1
            let v = try sum()
            skipSpaces()
            guard pos < chars.count, chars[pos] == ")" else { throw .malformed(expression: whole, reason: "a '(' without its ')'") }
            pos += 1
            return v
        }
        // An unknown name: read up to the next top-level operator.
        var depth = 0
        var end = pos
        while end < chars.count {
            let ch = chars[end]
            if ch == "(" { depth += 1 } else if ch == ")" { if depth == 0 { break }; depth -= 1 }
            if depth == 0, ch == "+" || ch == "*" || ch == "/" || ch == "=" || ch == ";" || (ch == "-" && end > pos) { break }
            end += 1
        }
        let token = String(chars[pos..<max(end, pos + 1)]).trimmingSpaces
        if token.first?.isLetter == true || token.first == "_" || token.first == "(" {
            throw unknown(token)
        }
        throw .malformed(expression: whole, reason: "unexpected '\(c)' at position \(pos + 1) of '\(original)'")
    }

    func unknown(_ token: String) -> InferenceError {
        let squeezed = token.filter { !$0.isWhitespace }
        if dropped.contains(where: { $0.filter { !$0.isWhitespace } == squeezed }) {
            return .unknownTerm(name: token, expression: whole, suggestions: [], dropped: true)
        }
        return .unknownTerm(name: token, expression: whole, suggestions: closestNames(to: token, in: names), dropped: false)
    }

    /// The longest coefficient name starting at `start`, ignoring spaces in the text and
    /// in the names, that is not immediately followed by more of an identifier.
    func matchName(at start: Int) -> (index: Int, end: Int)? {
        for (name, index) in compact where !name.isEmpty {
            var i = start, j = 0
            while j < name.count, i < chars.count {
                if chars[i].isWhitespace, !name[j].isWhitespace { i += 1; continue }
                if chars[i] != name[j] { break }
                i += 1; j += 1
            }
            guard j == name.count else { continue }
            // "egdi" must not match the start of "egdi2".
            if i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "." || chars[i] == ":" {
                if let last = name.last, last.isLetter || last.isNumber || last == "_" || last == "." { continue }
            }
            return (index, i)
        }
        return nil
    }

    mutating func number() throws(InferenceError) -> Double {
        var end = pos
        while end < chars.count, chars[end].isNumber || chars[end] == "." { end += 1 }
        if end < chars.count, chars[end] == "e" || chars[end] == "E" {
            var e = end + 1
            if e < chars.count, chars[e] == "+" || chars[e] == "-" { e += 1 }
            if e < chars.count, chars[e].isNumber {
                while e < chars.count, chars[e].isNumber { e += 1 }
                end = e
            }
        }
        let s = String(chars[pos..<end])
        guard let v = Double(s), v.isFinite else { throw .malformed(expression: whole, reason: "'\(s)' is not a number") }
        pos = end
        return v
    }

    func scale(_ v: Value, _ s: Double) -> Value { (v.weights.map { $0 * s }, v.constant * s) }
    func add(_ a: Value, _ b: Value) -> Value { (zip(a.weights, b.weights).map { $0 + $1 }, a.constant + b.constant) }
}

/// Up to three names closest to `name` (optimal-string-alignment distance within
/// max(2, a third of the length), or containing it), best first.
func closestNames(to name: String, in candidates: [String]) -> [String] {
    func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a.lowercased()), t = Array(b.lowercased())
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var prev2 = [Int](repeating: 0, count: t.count + 1)
        var prev = Array(0...t.count)
        var cur = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            cur[0] = i
            for j in 1...t.count {
                var d = Swift.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1))
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] { d = Swift.min(d, prev2[j - 2] + 1) }
                cur[j] = d
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[t.count]
    }
    let squeezed = name.filter { !$0.isWhitespace }.lowercased()
    let threshold = Swift.max(2, squeezed.count / 3)
    var scored: [(Int, Int, String)] = []
    for (i, c) in candidates.enumerated() {
        let cs = c.filter { !$0.isWhitespace }.lowercased()
        let d = distance(squeezed, cs)
        if d <= threshold || (!squeezed.isEmpty && (cs.contains(squeezed) || squeezed.contains(cs))) {
            scored.append((d, i, c))
        }
    }
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(3).map(\.2)
}
