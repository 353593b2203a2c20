import PanelData
import Stats

/// A variable named outside the formula that still takes part in listwise
/// deletion (a cluster variable, regression weights).
public struct AuxiliaryVariable: Sendable, Hashable, Codable {
    public var name: String
    public var role: VariableRole
    public init(name: String, role: VariableRole) {
        self.name = name
        self.role = role
    }
}

/// Options for `DesignMatrix.build`.
public struct DesignOptions: Sendable, Equatable {
    /// Extra columns whose missing values also drop a row (cluster, weights).
    public var auxiliaryVariables: [AuxiliaryVariable]
    /// Which rows to consider (e.g. a `RowFilter`'s result); `nil` means all.
    /// Rows outside the selection are not reported as dropped.
    public var rowSelection: [Bool]?

    public init(auxiliaryVariables: [AuxiliaryVariable] = [], rowSelection: [Bool]? = nil) {
        self.auxiliaryVariables = auxiliaryVariables
        self.rowSelection = rowSelection
    }
}

/// A row removed by listwise deletion, with the variables it misses (data
/// column names, in the order the formula first uses them).
public struct DroppedRow: Sendable, Equatable, Codable {
    /// 0-based index of the row in the data.
    public let rowIndex: Int
    public let missingVariables: [String]
    public init(rowIndex: Int, missingVariables: [String]) {
        self.rowIndex = rowIndex
        self.missingVariables = missingVariables
    }
}

/// A fixed effect to absorb, as integer codes for the within estimator.
public struct FixedEffectCodes: Sendable, Equatable, Codable {
    public let name: String
    /// The level names, sorted (numbers numerically, text by code point).
    public let levels: [String]
    /// For each used row, the index of its level in `levels`.
    public let codes: [Int]
}

/// The numeric form of a formula on data: `y` and the model matrix `X`, named
/// as R's `model.matrix` names its columns.
///
/// Construction follows R (`model.frame` + `model.matrix`, Chambers & Hastie,
/// *Statistical Models in S*, 1992, ch. 2):
/// - listwise deletion over every variable the model uses (response, terms,
///   fixed effects, auxiliary variables), reported row by row;
/// - text columns and `factor(x)` are factors whose levels are the values
///   present in the used rows, sorted (text by Unicode code point, as R in the
///   C locale); numeric columns are used as they are;
/// - a factor is coded by treatment contrasts (first level omitted) or by
///   all its levels according to R's rule (`TermCode` in R's `model.c`): for a
///   factor `f` in term `T`, contrasts are used when `T` without `f` is empty
///   or is contained in an earlier term; with no intercept, the first factor of
///   the first term containing a factor gets all its levels;
/// - interaction columns are products, the first variable varying fastest,
///   named `a:b`.
///
/// With fixed effects, as in fixest, the matrix is built as if the model had an
/// intercept (so factors lose their reference level) and the `(Intercept)`
/// column is then removed: the within transformation absorbs it.
public struct DesignMatrix: Sendable, Equatable {
    public let formula: Formula
    /// The response label (`y`, `log(y)`).
    public let responseName: String
    /// Model-matrix column names (`(Intercept)`, `x`, `regionEurope`, `a:b`).
    public let columnNames: [String]
    /// Term labels, in order (`x`, `region`, `a:b`), without the intercept.
    public let termNames: [String]
    /// For each column, 0 for the intercept or the 1-based index of its term (R's `assign`).
    public let assign: [Int]
    /// Whether column 0 is `(Intercept)`.
    public let hasIntercept: Bool
    /// Number of used rows.
    public let rowCount: Int
    /// `X`, column-major: column `j` is `x[(j * rowCount)..<((j + 1) * rowCount)]`.
    public let x: [Double]
    /// Low-order parts of `X` (same layout), or `nil` when every column is
    /// exact in `Double`: `x + xLow` is the design to double-double accuracy
    /// for computed columns (`I(x^10)`, `a:b`, `I(x/z)`), to be passed to the
    /// least-squares kernel as `designLowParts` (see `LeastSquares`). `x`
    /// itself is exactly what R's `model.matrix` computes in double.
    public let xLow: [Double]?
    /// The response on the used rows.
    public let y: [Double]
    /// Fixed effects to absorb, as codes on the used rows.
    public let fixedEffects: [FixedEffectCodes]
    /// 0-based data indices of the used rows, in data order.
    public let usedRows: [Int]
    /// Rows of the selection removed for missing values, in data order.
    public let droppedRows: [DroppedRow]

    public var columnCount: Int { columnNames.count }

    /// Column `j` of `X`.
    public func column(_ j: Int) -> ArraySlice<Double> {
        x[(j * rowCount)..<((j + 1) * rowCount)]
    }
}

/// A formula variable evaluated on the used rows.
private enum EvaluatedVariable {
    /// Values in double and their double-double low parts (`value + low`).
    case numeric([Double], low: [Double])
    case factor(levels: [String], codes: [Int])
}

private enum ColumnKind { case numeric([Double?]), text([String?]) }

extension DesignMatrix {
    /// Builds `y`, `X` and the fixed-effect codes of `formula` on `data`.
    /// - Parameters:
    ///   - formula: the model formula.
    ///   - data: the columns it reads.
    ///   - options: auxiliary variables for listwise deletion, and a row selection.
    public static func build(formula: Formula, data: some ColumnSource, options: DesignOptions = DesignOptions()) throws(ModelingError) -> DesignMatrix {
        // Bare numeric columns: one pass, no per-cell optionals (`buildPlainColumns`).
        if let plain = buildPlainColumns(formula: formula, data: data, options: options) { return plain }
        return try buildGeneral(formula: formula, data: data, options: options)
    }

    /// The general construction (any formula); `build` tries the one-pass path first.
    static func buildGeneral(formula: Formula, data: some ColumnSource, options: DesignOptions) throws(ModelingError) -> DesignMatrix {
        let n = data.rowCount
        var selection = [Bool](repeating: true, count: n)
        if let s = options.rowSelection {
            guard s.count == n else { throw .lengthMismatch(name: "the row selection", count: s.count, expected: n) }
            selection = s
        }

        // Resolve every column the model reads.
        let names = formula.columns + options.auxiliaryVariables.map(\.name).filter { !formula.columns.contains($0) }
        var columns: [String: ColumnKind] = [:]
        for name in names {
            if let v = data.numericValues(name) {
                guard v.count == n else { throw .lengthMismatch(name: "column '\(name)'", count: v.count, expected: n) }
                columns[name] = .numeric(v)
            } else if let v = data.textValues(name) {
                guard v.count == n else { throw .lengthMismatch(name: "column '\(name)'", count: v.count, expected: n) }
                columns[name] = .text(v)
            } else {
                let role = formula.columns.contains(name) ? .formula : options.auxiliaryVariables.first { $0.name == name }?.role ?? .other
                throw .unknownVariable(name: name, role: role, suggestions: nearestNames(to: name, in: data.columnNames))
            }
        }
        func isText(_ name: String) -> Bool {
            if case .text = columns[name] { return true } else { return false }
        }

        // Numeric use of text columns is an error before any row is looked at.
        // In a column that holds some numbers, the first non-number says where it
        // went wrong ("1,5" in a numeric column); a column of words needs no example.
        func example(_ name: String) -> NonNumericCell? {
            if case .text(let v)? = columns[name], let cell = NonNumericCell.first(in: v), cell.numericCells > 0 { return cell }
            return nil
        }
        if case .column(let name) = formula.response, isText(name) { throw .textResponse(column: name, example: example(name)) }
        for e in [formula.response] + formula.terms.flatMap({ $0.variables.compactMap { v -> Expression? in if case .expression(let e) = v { return e } else { return nil } } }) {
            if let problem = e.comparisonTypeProblem(isText: isText) { throw .invalidComparison(problem) }
        }
        if let t = formula.response.columns.first(where: { isText($0) && !formula.response.comparedColumns.contains($0) }) {
            throw .textInArithmetic(column: t, variable: formula.response.rDescription, example: example(t))
        }
        for term in formula.terms {
            for v in term.variables {
                guard case .expression(let e) = v else { continue }
                if case .column(let name) = e {
                    // A bare text column is a factor, unless it is mostly numbers: then it is a typo.
                    if isText(name), let cell = example(name), cell.numericCells * 2 > cell.nonMissingCells {
                        throw .numberLikeTextFactor(column: name, example: cell)
                    }
                    continue
                }
                if let t = e.columns.first(where: { isText($0) && !e.comparedColumns.contains($0) }) {
                    throw .textInArithmetic(column: t, variable: v.description, example: example(t))
                }
            }
        }

        // Listwise deletion.
        var used: [Int] = []
        var dropped: [DroppedRow] = []
        var missingCounts = [Int](repeating: 0, count: names.count)
        var selectedCount = 0
        for row in 0..<n where selection[row] {
            selectedCount += 1
            var missing: [String] = []
            for (k, name) in names.enumerated() {
                let isMissing: Bool
                switch columns[name] {
                case .numeric(let v)?: isMissing = v[row].map(\.isNaN) ?? true
                case .text(let v)?: isMissing = v[row] == nil
                case nil: isMissing = true
                }
                if isMissing { missing.append(name); missingCounts[k] += 1 }
            }
            if missing.isEmpty { used.append(row) } else { dropped.append(DroppedRow(rowIndex: row, missingVariables: missing)) }
        }
        guard selectedCount > 0 else { throw .noRowsSelected(total: n) }
        guard !used.isEmpty else {
            let ranked = names.indices.filter { missingCounts[$0] > 0 }
                .sorted { (-missingCounts[$0], $0) < (-missingCounts[$1], $1) }
                .prefix(3)
                .map { MissingCount(variable: names[$0], rows: missingCounts[$0]) }
            throw .allRowsDropped(rows: selectedCount, mostMissing: Array(ranked))
        }

        func numericEvaluate(_ e: Expression, label: String) throws(ModelingError) -> (values: [Double], low: [Double]) {
            var out: [Double] = []
            var low: [Double] = []
            out.reserveCapacity(used.count)
            low.reserveCapacity(used.count)
            // A bare column is exact; anything computed also gets its double-double low part.
            var isComputed = true
            if case .column = e { isComputed = false }
            for row in used {
                let lookup = { (name: String) -> Double? in
                    if case .numeric(let v)? = columns[name] { return v[row] }
                    return nil
                }
                let textLookup = { (name: String) -> String?? in
                    if case .text(let v)? = columns[name] { return .some(v[row]) }
                    return .none
                }
                let outcome = e.evaluate(lookup, text: textLookup)
                switch outcome {
                case .value(let v):
                    guard v.isFinite else { throw .nonFiniteValue(variable: label, rowIndex: row) }
                    out.append(v)
                    var l = 0.0
                    if isComputed, let dd = e.evaluateDoubleDouble(lookup), dd.isFinite {
                        l = (dd - v).doubleValue
                        if !l.isFinite { l = 0 }
                    }
                    low.append(l)
                case .undefined(let f, let argument, let value):
                    let isColumn: Bool
                    if case .column = argument { isColumn = true } else { isColumn = false }
                    throw .undefinedValue(expression: Expression.call(f, argument).rDescription, rowIndex: row, value: value,
                                          requirement: f.domainRequirement ?? "is outside the domain", argumentIsColumn: isColumn)
                case .missing:
                    // Unreachable after listwise deletion; reported rather than trapped.
                    throw .nonFiniteValue(variable: label, rowIndex: row)
                }
            }
            return (out, low)
        }

        /// Levels (sorted: numbers numerically, text by code point) and per-row codes of a column.
        func levelsAndCodes(_ name: String) -> (levels: [String], codes: [Int]) {
            switch columns[name] {
            case .text(let v)?:
                let keys = used.map { v[$0] ?? "" }
                let levels = Array(Set(keys)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                let index = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0) })
                return (levels, keys.map { index[$0] ?? 0 })
            case .numeric(let v)?:
                let values = used.map { v[$0] ?? 0 }
                let distinct = Array(Set(values)).sorted()
                let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
                return (distinct.map(formatNumberLikeR), values.map { index[$0] ?? 0 })
            case nil:
                return ([], [])
            }
        }

        func factorize(_ name: String, label: String) throws(ModelingError) -> EvaluatedVariable {
            let (levels, codes) = levelsAndCodes(name)
            guard levels.count >= 2 else { throw .singleLevelFactor(variable: label, level: levels.first ?? "") }
            return .factor(levels: levels, codes: codes)
        }

        let y = try numericEvaluate(formula.response, label: formula.response.rDescription).values

        // Evaluate each distinct variable once.
        var evaluated: [FormulaVariable: EvaluatedVariable] = [:]
        for term in formula.terms {
            for v in term.variables where evaluated[v] == nil {
                switch v {
                case .factor(let name):
                    evaluated[v] = try factorize(name, label: v.description)
                case .expression(.column(let name)) where isText(name):
                    evaluated[v] = try factorize(name, label: v.description)
                case .expression(let e):
                    let (values, low) = try numericEvaluate(e, label: v.description)
                    evaluated[v] = .numeric(values, low: low)
                }
            }
        }
        func isFactor(_ v: FormulaVariable) -> Bool {
            if case .factor? = evaluated[v] { return true } else { return false }
        }

        // R's coding rule (TermCode): true = all levels (dummy), false = contrasts.
        let hasFE = !formula.fixedEffects.isEmpty
        let codingIntercept = formula.intercept || hasFE
        var fullCoding: [[Bool]] = []
        for (t, term) in formula.terms.enumerated() {
            var row: [Bool] = []
            for v in term.variables {
                let rest = Set(term.variables.filter { $0 != v })
                if rest.isEmpty {
                    row.append(false)
                } else {
                    let inEarlier = formula.terms[..<t].contains { rest.isSubset(of: Set($0.variables)) }
                    row.append(!inEarlier)
                }
            }
            fullCoding.append(row)
        }
        if !codingIntercept {
            outer: for (t, term) in formula.terms.enumerated() {
                for (i, v) in term.variables.enumerated() where isFactor(v) {
                    fullCoding[t][i] = true
                    break outer
                }
            }
        }

        // Assemble the columns.
        var columnNames: [String] = []
        var assign: [Int] = []
        var x: [Double] = []
        var xLow: [Double] = []
        let m = used.count
        let outputIntercept = formula.intercept && !hasFE
        if outputIntercept {
            columnNames.append("(Intercept)")
            assign.append(0)
            x.append(contentsOf: repeatElement(1.0, count: m))
            xLow.append(contentsOf: repeatElement(0.0, count: m))
        }
        let zeros = [Double](repeating: 0, count: m)
        typealias Part = (name: String, values: [Double], low: [Double])
        for (t, term) in formula.terms.enumerated() {
            // Start with one all-ones column with an empty name; multiply in each variable.
            var block: [Part] = [("", [Double](repeating: 1, count: m), zeros)]
            for (i, v) in term.variables.enumerated() {
                var parts: [Part] = []
                switch evaluated[v] {
                case .numeric(let values, let low)?:
                    parts = [(v.description, values, low)]
                case .factor(let levels, let codes)?:
                    let start = fullCoding[t][i] ? 0 : 1
                    for l in start..<levels.count {
                        parts.append((v.description + levels[l], codes.map { $0 == l ? 1.0 : 0.0 }, zeros))
                    }
                case nil:
                    break
                }
                var next: [Part] = []
                for p in parts {
                    for b in block {
                        let name = b.name.isEmpty ? p.name : b.name + ":" + p.name
                        // (bₕ + bₗ)(pₕ + pₗ) = fl(bₕpₕ) + err(bₕpₕ) + bₕpₗ + bₗpₕ (+ bₗpₗ, below
                        // double-double precision): the value stays R's double product.
                        var values = [Double](repeating: 0, count: m)
                        var low = [Double](repeating: 0, count: m)
                        for r in 0..<m {
                            let (prod, err) = DoubleDouble.twoProduct(b.values[r], p.values[r])
                            values[r] = prod
                            low[r] = err + b.values[r] * p.low[r] + b.low[r] * p.values[r]
                        }
                        next.append((name, values, low))
                    }
                }
                block = next
            }
            for b in block {
                columnNames.append(b.name)
                assign.append(t + 1)
                x.append(contentsOf: b.values)
                xLow.append(contentsOf: b.low)
            }
        }

        // Fixed effects as integer codes.
        var fixedEffects: [FixedEffectCodes] = []
        // A fixed effect with a single level is legal: it absorbs the constant.
        for name in formula.fixedEffects {
            let (levels, codes) = levelsAndCodes(name)
            fixedEffects.append(FixedEffectCodes(name: name, levels: levels, codes: codes))
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
            xLow: xLow.allSatisfy { $0 == 0 } ? nil : xLow,
            y: y,
            fixedEffects: fixedEffects,
            usedRows: used,
            droppedRows: dropped
        )
    }
}
