import PanelData

/// A table plus the columns of a formula's panel operators (`l(egdi, 1)`,
/// `d(log(gdppc_ppp), 1)`), named by their canonical text so that the design
/// matrix reads them like any other column.
///
/// The operator columns are computed on **every row of the data**, before any
/// `--where` selection, as Stata (`L.x` with `if`) and fixest (`l()` with
/// `subset`) do: a regression restricted to `year >= 2010` still sees 2009 for
/// a lag. Lags are looked up by time value: x at t − k of the same unit, or
/// missing when that row does not exist or x is missing there (see
/// ``PanelOperator``).
public struct PanelOperatorColumns: ColumnSource, @unchecked Sendable {
    let base: any ColumnSource
    /// The computed columns, by canonical text.
    public let computed: [String: [Double?]]
    /// Their names, innermost first.
    public let computedNames: [String]

    /// Computes every panel operator of `formula` on `data` with `panel`.
    /// - Throws: ``PanelError`` for a text operand, an unknown column, or a
    ///   function undefined on some row of the operand.
    public init(formula: Formula, data: some ColumnSource, panel: PanelStructure) throws(PanelError) {
        try self.init(operators: formula.panelOperators, data: data, panel: panel)
    }

    /// Computes `operators` (each a `.panel` expression, innermost first) on `data`.
    public init(operators: [Expression], data: some ColumnSource, panel: PanelStructure) throws(PanelError) {
        base = data
        let n = data.rowCount
        var computed: [String: [Double?]] = [:]
        var names: [String] = []
        let lookupTable = panel.rowLookup()
        var cache: [String: [Double?]] = [:]
        for op in operators {
            guard case .panel(let kind, let operand, let k) = op else { continue }
            let name = op.rDescription
            if computed[name] != nil { continue }
            // The operand on every row.
            for c in operand.sourceColumns where cache[c] == nil {
                if let v = data.numericValues(c) {
                    cache[c] = v
                } else if data.textValues(c) != nil {
                    throw .textOperand(expression: name, column: c)
                } else {
                    throw .unknownOperandColumn(name: c, suggestions: nearestNames(to: c, in: data.columnNames))
                }
            }
            var values = [Double?](repeating: nil, count: n)
            for r in 0..<n {
                let outcome = operand.evaluate { col in
                    if let c = computed[col] { return c[r] }
                    return cache[col].flatMap { r < $0.count ? $0[r] : nil }
                }
                switch outcome {
                case .value(let v): values[r] = v
                case .missing: values[r] = nil
                case .undefined(let f, let argument, let value):
                    throw .undefinedOperand(expression: Expression.call(f, argument).rDescription, row: r, value: value,
                                            requirement: f.domainRequirement ?? "is outside the domain")
                }
            }
            var out = [Double?](repeating: nil, count: n)
            for r in 0..<n {
                guard let u = panel.unitCodes[r], let t = panel.timeValues[r] else { continue }
                switch kind {
                case .lag:
                    if let s = lookupTable[.init(unit: u, time: t - k)] { out[r] = values[s] }
                case .lead:
                    if let s = lookupTable[.init(unit: u, time: t + k)] { out[r] = values[s] }
                case .difference:
                    if let s = lookupTable[.init(unit: u, time: t - k)], let a = values[r], let b = values[s] { out[r] = a - b }
                }
            }
            computed[name] = out
            names.append(name)
        }
        self.computed = computed
        self.computedNames = names
    }

    public var columnNames: [String] { base.columnNames + computedNames }
    public var rowCount: Int { base.rowCount }
    public func numericValues(_ name: String) -> [Double?]? { computed[name] ?? base.numericValues(name) }
    public func textValues(_ name: String) -> [String?]? { computed[name] != nil ? nil : base.textValues(name) }
}
