/// Comparisons inside `I()` and parentheses: `I(fh_status == "F")`, `I(x > 0.5)`,
/// `I((x > 0.5) * y)`. Grammar (below arithmetic in precedence, as in R):
///
///     comparison := operand (('==' | '!=' | '<' | '<=' | '>' | '>=') operand)?
///     operand    := '"text"' | arith
///
/// Comparisons cannot be chained (`a < x < b`); text may appear only as an
/// operand of a comparison.
extension FormulaParser {
    mutating func parseComparison() throws(FormulaError) -> Expression {
        let start = current
        let left = try parseComparisonOperand()
        guard case .symbol(let s) = current.kind, let op = ComparisonOperator(rawValue: s) else {
            if case .text(let t) = left {
                throw fail("quoted text \(quotedText(t)) can only be compared with a column", at: start.column,
                           hint: "write a comparison, as in I(fh_status == \(quotedText(t)))")
            }
            if isSymbol("=") {
                throw fail("'=' is not a comparison", at: current.column, hint: "use '==' to test equality, as in I(fh_status == \"F\")")
            }
            return left.expression ?? .number(0)
        }
        advance()
        let rightToken = current
        let right = try parseComparisonOperand()
        if case .symbol(let s2) = current.kind, ComparisonOperator(rawValue: s2) != nil {
            throw fail("comparisons cannot be chained", at: current.column, hint: "compare once per I(), e.g. I(x > a) * I(x < b)")
        }
        if case .text = left, case .text = right {
            throw fail("both sides of the comparison are quoted text", at: rightToken.column, hint: "compare a column with text, as in I(fh_status == \"F\")")
        }
        return .comparison(op, left, right)
    }

    mutating func parseComparisonOperand() throws(FormulaError) -> FilterOperand {
        if case .text(let t) = current.kind {
            advance()
            return .text(t)
        }
        return .expression(try parseArithmetic())
    }
}
