/// The panel operators of formulas, with fixest's names: `l(x, k)` is x at
/// time t − k of the same unit (a lag), `f(x, k)` x at t + k (a lead),
/// `d(x, k)` the difference x_t − x_{t−k}; `k` is a whole number ≥ 1, 1 when
/// omitted.
///
/// They are looked up by time *value*, not by position: when the unit has no
/// row at t − k (a gap in the years, or an absent row) the result is missing,
/// never the previous row (fixest `l()`, Stata `L.`/`D.` with `xtset`;
/// `plm::lag` also shifts by time value since plm 1.7). The operand may be any
/// numeric expression (`l(log(gdppc_ppp), 2)`), and an operator may appear
/// inside functions and interactions (`log(l(x, 1))`, `l(x, 1):post_soviet`).
/// The values are computed on the whole data before `--where` selects rows,
/// as Stata and fixest do (see ``PanelOperatorColumns``).
public enum PanelOperator: String, Sendable, Hashable, Codable, CaseIterable {
    /// `l(x, k)`: x_{t−k}.
    case lag = "l"
    /// `f(x, k)`: x_{t+k}.
    case lead = "f"
    /// `d(x, k)`: x_t − x_{t−k}.
    case difference = "d"

    /// Largest `k` accepted (a formula never needs more; keeps `t ± k` in range).
    public static let maximumOrder = 1_000
}

extension FormulaParser {
    /// `l(arith)`, `l(arith, k)` after the name and `(`; `k` a whole number from 1 to `PanelOperator.maximumOrder`.
    mutating func parsePanelOperator(_ op: PanelOperator, open: Token) throws(FormulaError) -> Expression {
        let argument = try parseArithmetic()
        var k = 1
        if isSymbol(",") {
            advance()
            let column = current.column
            let hint = op == .lag ? "a lead is written f(x, k)" : op == .lead ? "a lag is written l(x, k)" : "write d(x, 1) for x_t − x_{t−1}"
            if isSymbol("-") {
                throw fail("\(op.rawValue)() needs k ≥ 1 (a whole number of time periods)", at: column, hint: hint)
            }
            guard case .number(let v) = current.kind else {
                throw fail("the second argument of \(op.rawValue)() must be a whole number k ≥ 1, found '\(current.text)'", at: column,
                           hint: "write \(op.rawValue)(x, 1)")
            }
            guard v == v.rounded(), v >= 1, v <= Double(PanelOperator.maximumOrder) else {
                throw fail("\(op.rawValue)() needs a whole number k from 1 to \(PanelOperator.maximumOrder), found \(current.text)", at: column,
                           hint: v < 1 ? hint : "k counts time periods, e.g. \(op.rawValue)(x, 2)")
            }
            k = Int(v)  // checked: whole v in [1, maximumOrder] (guard above)
            advance()
        }
        if isSymbol(")") { advance(); return .panel(op, argument, k) }
        if isSymbol(",") { throw fail("\(op.rawValue)() takes at most two arguments, x and k", at: current.column) }
        if current.kind == .end { throw fail("'(' is never closed", at: open.column, hint: "add the missing ')'") }
        throw unexpected()
    }
}

extension Expression {
    /// The panel operators inside the expression, innermost first, without duplicates.
    public var panelOperators: [Expression] {
        var out: [Expression] = []
        collectPanelOperators(into: &out)
        return out
    }

    private func collectPanelOperators(into out: inout [Expression]) {
        switch self {
        case .column, .number: break
        case .negate(let e), .call(_, let e): e.collectPanelOperators(into: &out)
        case .binary(_, let a, let b):
            a.collectPanelOperators(into: &out)
            b.collectPanelOperators(into: &out)
        case .panel(_, let e, _):
            e.collectPanelOperators(into: &out)
            if !out.contains(self) { out.append(self) }
        case .comparison(_, let a, let b):
            for o in [a, b] { o.expression?.collectPanelOperators(into: &out) }
        }
    }

    /// The data columns read, looking through panel operators (`l(log(x), 1)` reads `x`).
    public var sourceColumns: [String] {
        var seen: [String] = []
        var stack: [Expression] = [self]
        while let e = stack.popLast() {
            switch e {
            case .column(let name): if !seen.contains(name) { seen.append(name) }
            case .number: break
            case .negate(let a), .call(_, let a), .panel(_, let a, _): stack.append(a)
            case .binary(_, let a, let b): stack.append(b); stack.append(a)
            case .comparison(_, let a, let b):
                for o in [b, a] { if let inner = o.expression { stack.append(inner) } }
            }
        }
        return seen
    }
}

extension Formula {
    /// Every panel operator of the formula (response and terms), innermost first.
    public var panelOperators: [Expression] {
        var out: [Expression] = []
        var all: [Expression] = [response]
        for t in terms { for v in t.variables { if case .expression(let e) = v { all.append(e) } } }
        for e in all { for p in e.panelOperators where !out.contains(p) { out.append(p) } }
        return out
    }
}
