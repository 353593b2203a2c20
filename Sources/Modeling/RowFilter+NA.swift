// `egdi == NA` selected nothing, as in R where any comparison with NA is NA (issue 18.7):
// it is refused with the is.na() form to write instead.

extension FilterParser {
    /// Throws when either side of `op` is the bare name `NA`: the comparison is never true
    /// (R: `x == NA` is NA for every x), so the filter would silently select nothing.
    static func refuseComparisonWithNA(_ op: ComparisonOperator, _ a: RawFilterNode, _ b: RawFilterNode, column: Int, source: String) throws(FilterError) {
        func isNA(_ n: RawFilterNode) -> Bool { if case .name("NA", _) = n { return true } else { return false } }
        guard isNA(a) || isNA(b) else { return }
        let other = isNA(a) ? b : a
        var name = "x"
        if case .name(let n, _) = other { name = n }
        let negated = op == .notEqual
        throw FilterError(
            message: "a comparison with NA is never true (as in R, \(name) \(op.rawValue) NA is NA on every row), so it would select nothing",
            column: column, filter: source,
            hint: "to test for a missing value write \(negated ? "!" : "")is.na(\(name))")
    }
}
