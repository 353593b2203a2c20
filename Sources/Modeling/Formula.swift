/// One variable of a model formula, as R's `terms()` sees it: a column
/// (`x`), a transformed column (`log(x)`, `I(x^2)`), or a column forced to be
/// categorical (`factor(year)`). A bare text column is categorical too; that
/// is decided by the data, not the formula.
public enum FormulaVariable: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A numeric expression; `.expression(.column("x"))` is the bare column `x`.
    case expression(Expression)
    /// `factor(x)`: the column's distinct values are the levels.
    case factor(String)

    /// The label R gives the variable (`log(gdppc_ppp)`, `I(x^2)`, `factor(year)`).
    public var description: String {
        switch self {
        case .expression(let e): return e.rDescription
        case .factor(let name): return "factor(\(quotedName(name)))"
        }
    }

    /// The data columns the variable reads.
    public var columns: [String] {
        switch self {
        case .expression(let e): return e.columns
        case .factor(let name): return [name]
        }
    }
}

/// A model term: one variable (a main effect) or the interaction of several
/// (`a:b`). The variables are in the order of their first appearance in the
/// formula, as R orders them, which fixes the term's label (`a:b`, not `b:a`).
public struct Term: Sendable, Hashable, Codable, CustomStringConvertible {
    public let variables: [FormulaVariable]

    public init(_ variables: [FormulaVariable]) { self.variables = variables }

    /// The term's order: 1 for a main effect, 2 for a two-way interaction, …
    public var order: Int { variables.count }

    /// R's term label: the variable labels joined by `:`.
    public var description: String { variables.map(\.description).joined(separator: ":") }
}

/// A model formula in R / fixest syntax:
/// `y ~ x1 + log(x2) + I(x3^2) + a*b - 1 | fe1 + fe2`.
///
/// The right-hand side is expanded as R's `terms()` does (Chambers & Hastie,
/// *Statistical Models in S*, 1992, ch. 2): `a*b` is `a + b + a:b`,
/// `(a + b + c)^2` is every term of order up to 2, `- t` removes a term,
/// `0 +`, `+ 0` or `- 1` remove the intercept and `+ 1` keeps it; duplicate
/// terms are dropped; terms are ordered by order (main effects first), then by
/// appearance. After `|` come fixed effects to absorb (fixest's `feols`), and
/// after the last `|` an instrumental-variables part `endo ~ z1 + z2`
/// (fixest's IV syntax: `y ~ w | endo ~ z` or `y ~ w | fe | endo ~ z`).
public struct Formula: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The left-hand side (`y`, `log(y)`).
    public let response: Expression
    /// The expanded right-hand side terms, in R's order.
    public let terms: [Term]
    /// Whether the model has an intercept (`(Intercept)`).
    public let intercept: Bool
    /// Columns whose fixed effects are absorbed, in written order, without duplicates.
    public let fixedEffects: [String]
    /// The instrumental-variables part (fixest's last `| endo ~ z1 + z2`), if any.
    public let instrumental: InstrumentalPart?

    public init(
        response: Expression, terms: [Term], intercept: Bool = true, fixedEffects: [String] = [],
        instrumental: InstrumentalPart? = nil
    ) {
        self.response = response
        self.terms = terms
        self.intercept = intercept
        self.fixedEffects = fixedEffects
        self.instrumental = instrumental
    }

    /// Every data column the formula reads (response, terms, fixed effects),
    /// in order of first appearance, without duplicates.
    public var columns: [String] {
        var seen: [String] = []
        let iv = instrumental.map { $0.endogenous + $0.instruments } ?? []
        let all = response.columns + terms.flatMap { $0.variables.flatMap(\.columns) } + fixedEffects
            + iv.flatMap { $0.variables.flatMap(\.columns) }
        for c in all where !seen.contains(c) { seen.append(c) }
        return seen
    }

    /// The canonical text: `y ~ a + b + a:b`, `y ~ x - 1`, `y ~ 1`, `y ~ 0`,
    /// `y ~ x | fe1 + fe2`. Parsing it gives back an equal formula.
    public var description: String {
        var rhs = terms.map(\.description)
        if rhs.isEmpty {
            rhs = [intercept ? "1" : "0"]
        } else if !intercept {
            rhs.append("- 1")
        }
        var text = response.rDescription + " ~ " + rhs.joined(separator: " + ").replacingOccurrences(of: " + - 1", with: " - 1")
        if !fixedEffects.isEmpty {
            text += " | " + fixedEffects.map(quotedName).joined(separator: " + ")
        }
        if let iv = instrumental { text += " | " + iv.description }
        return text
    }
}
