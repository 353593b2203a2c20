/// Comparisons inside formulas: `I(fh_status == "F") ~ egdi` makes a 0/1
/// outcome from a text column, `I(x > 0.5)` a 0/1 regressor.
///
/// Semantics follow R's `I(a == b)` coerced to numbers: 1 when the comparison
/// holds, 0 when it does not, and missing (NA) when an operand is missing, so
/// the row is dropped by listwise deletion like any other missing value. Text
/// is compared by Unicode code point (R in the C locale); numbers as doubles.
/// Comparing text with a number is an error (`DesignMatrix.build` checks it
/// before any row is evaluated), never silently false.
extension FilterOperand {
    /// The numeric expression of this operand (nil for a text literal).
    var expression: Expression? {
        if case .expression(let e) = self { return e }
        return nil
    }
}

extension Expression {
    /// `a op b` as R deparses it (`fh_status == "F"`, `x > 0.5`).
    func comparisonText(_ op: ComparisonOperator, _ a: FilterOperand, _ b: FilterOperand, number: (Double) -> String) -> String {
        func side(_ o: FilterOperand) -> String {
            switch o {
            case .text(let s): return quotedText(s)
            case .expression(let e):
                let t = e.text(number: number)
                return e.precedence <= 0 ? "(\(t))" : t
            }
        }
        return "\(side(a)) \(op.rawValue) \(side(b))"
    }

    /// The bare columns that are operands of a comparison: they may be text columns.
    public var comparedColumns: [String] {
        var out: [String] = []
        var stack: [Expression] = [self]
        while let e = stack.popLast() {
            switch e {
            case .column, .number: break
            case .negate(let a), .call(_, let a), .panel(_, let a, _): stack.append(a)
            case .binary(_, let a, let b): stack.append(a); stack.append(b)
            case .comparison(_, let a, let b):
                for o in [a, b] {
                    if case .expression(.column(let name)) = o { if !out.contains(name) { out.append(name) } }
                    else if let inner = o.expression { stack.append(inner) }
                }
            }
        }
        return out
    }

    /// The first comparison that mixes text and numbers, as a message, given
    /// which columns are text; nil when every comparison is well typed.
    public func comparisonTypeProblem(isText: (String) -> Bool) -> String? {
        var stack: [Expression] = [self]
        while let e = stack.popLast() {
            switch e {
            case .column, .number: break
            case .negate(let a), .call(_, let a), .panel(_, let a, _): stack.append(a)
            case .binary(_, let a, let b): stack.append(a); stack.append(b)
            case .comparison(let op, let a, let b):
                func kind(_ o: FilterOperand) -> Bool {  // true: text
                    switch o {
                    case .text: return true
                    case .expression(.column(let name)): return isText(name)
                    case .expression: return false
                    }
                }
                if kind(a) != kind(b) {
                    let text = e.rDescription
                    for (side, other) in [(a, b), (b, a)] {
                        if case .expression(.column(let name)) = side, isText(name), case .expression(.number(let x)) = other {
                            return "cannot compare the text column '\(name)' with a number in \(text): write the value in quotes, as in \(name) \(op.rawValue) \(quotedText(formatNumberLikeR(x)))"
                        }
                        if case .expression(.column(let name)) = side, !isText(name), case .text(let s) = other {
                            return "cannot compare the numeric column '\(name)' with the text \(quotedText(s)) in \(text)" + (Double(s) != nil ? ": remove the quotes, as in \(name) \(op.rawValue) \(s)" : "")
                        }
                    }
                    return "cannot compare text with a number in \(text)"
                }
                for o in [a, b] { if let inner = o.expression { stack.append(inner) } }
            }
        }
        return nil
    }

    /// `a op b` on one row: 1, 0, or missing.
    static func evaluateComparison(
        _ op: ComparisonOperator, _ a: FilterOperand, _ b: FilterOperand,
        _ lookup: (String) -> Double?, text: (String) -> String??
    ) -> ScalarOutcome {
        enum Side { case text(String), number(Double), missing, other(ScalarOutcome) }
        func value(_ o: FilterOperand) -> Side {
            switch o {
            case .text(let s): return .text(s)
            case .expression(let e):
                if case .column(let name) = e, let cell = text(name) {
                    guard let s = cell else { return .missing }
                    return .text(s)
                }
                switch e.evaluate(lookup, text: text) {
                case .value(let v): return v.isNaN ? .missing : .number(v)
                case .missing: return .missing
                case let outcome: return .other(outcome)
                }
            }
        }
        let l = value(a), r = value(b)
        if case .other(let o) = l { return o }
        if case .other(let o) = r { return o }
        switch (l, r) {
        case let (.number(x), .number(y)): return .value(op.holds(x, y) ? 1 : 0)
        case let (.text(x), .text(y)): return .value(op.holds(CodePoints(x), CodePoints(y)) ? 1 : 0)
        default: return .missing  // a missing operand (mixed types are refused before evaluation)
        }
    }
}

/// Strings ordered by Unicode code points (UTF-8 bytes), as R in the C locale.
struct CodePoints: Comparable {
    let s: String
    init(_ s: String) { self.s = s }
    static func < (a: Self, b: Self) -> Bool { a.s.utf8.lexicographicallyPrecedes(b.s.utf8) }
    static func == (a: Self, b: Self) -> Bool { a.s.utf8.elementsEqual(b.s.utf8) }
}
