/// The instrumental-variables part of the grammar (fixest syntax):
///
///     formula      := response '~' sum ('|' fixed)? ('|' instrumental)?
///                   | response '~' sum '|' instrumental
///     instrumental := sum '~' sum          (endogenous ~ excluded instruments)
///
/// A `|` segment that contains a `~` is the instrumental part; otherwise it
/// lists fixed effects.
extension FormulaParser {
    func failAnywhere(_ message: String, at column: Int?, hint: String? = nil) -> FormulaError {
        FormulaError(message: message, column: column, formula: source, hint: hint)
    }

    /// Whether the tokens from the current one up to the next top-level `|`
    /// (or the end) contain a `~`.
    func segmentHasTilde() -> Bool {
        var depth = 0
        var i = index
        while i < tokens.count {
            switch tokens[i].kind {
            case .end: return false
            case .symbol("("): depth += 1
            case .symbol(")"): depth -= 1
            case .symbol("|") where depth <= 0: return false
            case .symbol("~"): return true
            default: break
            }
            i += 1
        }
        return false
    }

    /// `endo1 + endo2 ~ z1 + z2`, each side expanded as a right-hand side
    /// (no intercept terms), terms in R's order.
    mutating func parseInstrumental() throws(FormulaError) -> InstrumentalPart {
        if isSymbol("~") {
            throw failAnywhere("the endogenous regressors (left of the second '~') are missing", at: current.column,
                       hint: "write \"y ~ w | endo ~ z1 + z2\"")
        }
        let endogenousNode = try parseSum(topLevel: false)
        guard isSymbol("~") else {
            throw failAnywhere("expected '~' between the endogenous regressors and the instruments", at: current.column,
                       hint: "write \"y ~ w | endo ~ z1 + z2\"")
        }
        advance()
        if current.kind == .end || isSymbol("|") {
            throw failAnywhere("the instruments (right of the second '~') are missing", at: current.column,
                       hint: "write \"y ~ w | endo ~ z1 + z2\"")
        }
        let instrumentNode = try parseSum(topLevel: false)
        func terms(_ bits: [Set<Int>]) -> [Term] {
            bits.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }
                .map { Term($0.element.sorted().map { variables[$0] }) }
        }
        return InstrumentalPart(endogenous: terms(try expand(endogenousNode)), instruments: terms(try expand(instrumentNode)))
    }

    /// Refuses an instrumental part that cannot be what the user meant: the
    /// response on either side, a regressor that is both exogenous and
    /// endogenous, an instrument that is already a regressor.
    func checkInstrumental(_ iv: InstrumentalPart, response: Expression, responseIndex: Int, exogenous: [Term]) throws(FormulaError) {
        let responseVariable = variables[responseIndex]
        for t in iv.endogenous + iv.instruments where t.variables.contains(responseVariable) {
            throw failAnywhere("the response '\(response.rDescription)' also appears in the instrumental-variables part", at: nil,
                       hint: "the part after the last '|' lists endogenous regressors and their excluded instruments")
        }
        for t in iv.endogenous where exogenous.contains(t) {
            throw failAnywhere("'\(t)' is both an exogenous regressor and an endogenous one", at: nil,
                       hint: "remove it from the regressors left of '|': an endogenous regressor is listed only before the second '~'")
        }
        for t in iv.instruments {
            if exogenous.contains(t) {
                throw failAnywhere("the instrument '\(t)' is already an exogenous regressor", at: nil,
                           hint: "exogenous regressors instrument themselves: list only the excluded instruments after the second '~'")
            }
            if iv.endogenous.contains(t) {
                throw failAnywhere("'\(t)' is both endogenous and an instrument", at: nil, hint: "an endogenous regressor cannot instrument itself")
            }
        }
    }
}
