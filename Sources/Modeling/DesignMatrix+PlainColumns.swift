import PanelData

extension DesignMatrix {
    /// The design of a formula whose response and terms are all bare numeric columns
    /// (`y ~ x1 + x2`, with or without intercept; no factors, transformations,
    /// interactions or fixed effects), built in one pass over each column: the missing
    /// mask is combined once, and `X` is written column-major straight into the buffer
    /// the least-squares kernel factorises (no `[Double?]` copies of the columns, no
    /// per-row expression evaluation, no low-part arrays).
    ///
    /// It computes exactly what the general path computes for such formulas (a bare
    /// column times the all-ones start is the column itself, with zero low part), and
    /// returns `nil` whenever the general path has something to say: an unknown or text
    /// variable, a non-finite value, no selected or no complete rows. The general path
    /// then produces its result or its error.
    static func buildPlainColumns(formula: Formula, data: some ColumnSource, options: DesignOptions) -> DesignMatrix? {
        guard formula.fixedEffects.isEmpty, formula.instrumental == nil, case .column(let responseName) = formula.response else { return nil }
        var termColumns: [String] = []
        for term in formula.terms {
            guard term.variables.count == 1, case .expression(.column(let name)) = term.variables[0] else { return nil }
            termColumns.append(name)
        }
        let n = data.rowCount
        if let s = options.rowSelection, s.count != n { return nil }
        let names = formula.columns + options.auxiliaryVariables.map(\.name).filter { !formula.columns.contains($0) }
        let auxiliary = Set(options.auxiliaryVariables.map(\.name)).subtracting(formula.columns)

        // Every formula column numeric; auxiliary columns numeric or text.
        var numeric: [String: NumericColumnStorage] = [:]
        var masks: [[Bool]] = []
        for name in names {
            if let s = data.numericStorage(name) {
                guard s.values.count == n, s.isMissing.count == n else { return nil }
                numeric[name] = s
                masks.append(s.isMissing)
            } else if auxiliary.contains(name), let t = data.textValues(name) {
                guard t.count == n else { return nil }
                masks.append(t.map { $0 == nil })
            } else {
                return nil
            }
        }
        guard let yColumn = numeric[responseName] else { return nil }

        // Listwise deletion: one combined mask; the per-row list of missing variables
        // only for the rows that are dropped.
        let selection = options.rowSelection
        let masksWithMissing = masks.indices.filter { masks[$0].contains(true) }
        var used: [Int] = []
        var dropped: [DroppedRow] = []
        if masksWithMissing.isEmpty && selection == nil {
            used = Array(0..<n)
        } else {
            used.reserveCapacity(n)
            for row in 0..<n where selection?[row] ?? true {
                var anyMissing = false
                for k in masksWithMissing where masks[k][row] { anyMissing = true; break }
                if !anyMissing { used.append(row); continue }
                let missing = masksWithMissing.filter { masks[$0][row] }.map { names[$0] }
                dropped.append(DroppedRow(rowIndex: row, missingVariables: missing))
            }
        }
        guard !used.isEmpty else { return nil }
        let m = used.count
        let allRows = m == n

        // y and X (column-major), written once.
        let outputIntercept = formula.intercept
        let sources = termColumns.compactMap { numeric[$0]?.values }
        guard sources.count == termColumns.count else { return nil }
        let k = sources.count + (outputIntercept ? 1 : 0)
        func gather(_ source: [Double], into out: UnsafeMutablePointer<Double>) -> Bool {
            var finite = true
            source.withUnsafeBufferPointer { s in
                if allRows {
                    for i in 0..<m {
                        let v = s[i]
                        finite = finite && v.isFinite
                        out[i] = v
                    }
                } else {
                    for i in 0..<m {
                        let v = s[used[i]]
                        finite = finite && v.isFinite
                        out[i] = v
                    }
                }
            }
            return finite
        }
        var allFinite = true
        let y = [Double](unsafeUninitializedCapacity: m) { buffer, count in
            if let base = buffer.baseAddress { allFinite = gather(yColumn.values, into: base) }
            count = m
        }
        let x = [Double](unsafeUninitializedCapacity: m * k) { buffer, count in
            guard let base = buffer.baseAddress else { count = 0; return }
            var offset = 0
            if outputIntercept {
                (base).initialize(repeating: 1, count: m)
                offset = m
            }
            for source in sources {
                allFinite = gather(source, into: base + offset) && allFinite
                offset += m
            }
            count = m * k
        }
        // A non-finite value: the general path names the variable and the row.
        guard allFinite, x.count == m * k else { return nil }

        var columnNames: [String] = []
        var assign: [Int] = []
        if outputIntercept {
            columnNames.append("(Intercept)")
            assign.append(0)
        }
        for (t, term) in formula.terms.enumerated() {
            columnNames.append(term.variables[0].description)
            assign.append(t + 1)
        }
        return DesignMatrix(
            formula: formula,
            responseName: formula.response.rDescription,
            columnNames: columnNames,
            termNames: formula.terms.map(\.description),
            assign: assign,
            hasIntercept: outputIntercept,
            rowCount: m,
            x: x,
            xLow: nil,
            y: y,
            fixedEffects: [],
            usedRows: used,
            droppedRows: dropped
        )
    }
}
