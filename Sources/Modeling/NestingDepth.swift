// A flat chain `a == 1 || a == 2 || … ` (100 comparisons) was refused as "nested more than
// 100 levels" (issue 18.7): the parse tree of a left-associative chain grows one level per
// operator although the user nested nothing. The nesting the user wrote is counted apart
// from the tree's height: the left operand of the same (left-associative) operator continues
// the chain at the same level. The tree height keeps a separate, larger bound because
// printing, conversion and evaluation recurse over the tree.

/// The most operators a chain may hold (tree height): evaluation recurses once per operator,
/// far inside the stack at this height.
let maximumChainHeight = 2_000

/// The message and hint for a chain longer than `maximumChainHeight`.
let chainMessage = "the expression chains more than \(maximumChainHeight) operators"
let chainHint = "write a long chain of == tests joined by | as x %in% c(...)"

extension RawFilterNode {
    /// Levels of nesting as written: parentheses, calls and operators of different kinds
    /// nest; `a || b || c` (and `a + b + c`, `a && b && c`) stays at one level.
    var nestingDepth: Int {
        var deepest = 0
        var stack: [(RawFilterNode, Int)] = [(self, 1)]
        while let (node, d) = stack.popLast() {
            deepest = Swift.max(deepest, d)
            switch node {
            case .number, .text, .name: break
            case .call(_, let args, _): for a in args { stack.append((a, d + 1)) }
            case .negate(let a, _), .not(let a, _): stack.append((a, d + 1))
            case .logical(let and, let a, let b, _):
                if case .logical(let and2, _, _, _) = a, and2 == and { stack.append((a, d)) } else { stack.append((a, d + 1)) }
                stack.append((b, d + 1))
            case .arithmetic(let op, let a, let b, _):
                if case .arithmetic(let op2, _, _, _) = a, op.sameChain(as: op2) { stack.append((a, d)) } else { stack.append((a, d + 1)) }
                stack.append((b, d + 1))
            case .comparison(_, let a, let b, _):
                stack.append((a, d + 1)); stack.append((b, d + 1))
            case .membership(let a, let list, _, _):
                stack.append((a, d + 1))
                for e in list { stack.append((e, d + 1)) }
            }
        }
        return deepest
    }
}

extension Expression {
    /// Levels of nesting as written (see ``RawFilterNode/nestingDepth``): `x + x + x` is one level.
    var nestingDepth: Int {
        var deepest = 0
        var stack: [(Expression, Int)] = [(self, 1)]
        while let (e, d) = stack.popLast() {
            deepest = Swift.max(deepest, d)
            switch e {
            case .column, .number: break
            case .negate(let a), .call(_, let a), .panel(_, let a, _): stack.append((a, d + 1))
            case .binary(let op, let a, let b):
                if case .binary(let op2, _, _) = a, op.sameChain(as: op2) { stack.append((a, d)) } else { stack.append((a, d + 1)) }
                stack.append((b, d + 1))
            case .comparison(_, let a, let b): for x in [a, b].compactMap(\.expression) { stack.append((x, d + 1)) }
            }
        }
        return deepest
    }
}

extension ArithmeticOperator {
    /// `+`/`-` chain together, as do `*`/`/` (left-associative, one precedence level); `^` does not.
    func sameChain(as other: ArithmeticOperator) -> Bool {
        switch (self, other) {
        case (.add, .add), (.add, .subtract), (.subtract, .add), (.subtract, .subtract): return true
        case (.multiply, .multiply), (.multiply, .divide), (.divide, .multiply), (.divide, .divide): return true
        default: return false
        }
    }
}
