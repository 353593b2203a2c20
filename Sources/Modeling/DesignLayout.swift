import PanelData
import Stats

/// A value of a raw data column at a point where a model is evaluated.
public enum PointValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A number (a numeric column, or the level of `factor(x)` written as a number).
    case number(Double)
    /// A level of a text column or factor.
    case level(String)

    /// The value as written in output (numbers shortest round-trip, as R prints levels).
    public var description: String {
        switch self {
        case .number(let x): return formatNumberLikeR(x)
        case .level(let s): return s
        }
    }
}

/// What the estimation rows say about a raw column the formula reads.
public enum VariableSummary: Sendable, Equatable, Codable {
    /// A numeric column: mean, median (R type 7), min, max, and its distinct values
    /// (sorted) when there are at most 12 of them.
    case numeric(mean: Double, median: Double, minimum: Double, maximum: Double, quartiles: [Double], distinct: [Double]?)
    /// A factor: levels (sorted as the design sorts them) and the most frequent one
    /// (the first in level order on ties).
    case factor(levels: [String], mode: String)
}

/// Why a design row could not be built at a point.
public enum DesignPointError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The point names a column the model does not use.
    case notInModel(variable: String, modelVariables: [String], suggestions: [String])
    /// A factor value that is not one of the factor's levels.
    case unknownLevel(variable: String, value: String, levels: [String])
    /// A factor is differentiated, or a number is given for a text factor.
    case notNumeric(variable: String)
    /// A transformation is undefined at the point (log of a non-positive number, ...).
    case undefined(variable: String, term: String)

    public var description: String {
        switch self {
        case let .notInModel(variable, vars, suggestions):
            var s = "'\(variable)' is not a variable of the model (its variables: \(vars.joined(separator: ", ")))"
            if !suggestions.isEmpty { s += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?" }
            return s
        case let .unknownLevel(variable, value, levels):
            let shown = levels.prefix(12).joined(separator: ", ") + (levels.count > 12 ? ", ..." : "")
            return "'\(value)' is not a level of '\(variable)' in the estimation sample (levels: \(shown))"
        case .notNumeric(let v):
            return "'\(v)' is a factor: it has no slope; use it with --by to get slopes at each of its levels"
        case let .undefined(variable, term):
            return "the term '\(term)' is undefined at the chosen value of '\(variable)' (e.g. log of a non-positive number); choose a value inside its domain"
        }
    }
}

/// The layout of a fitted design: which columns come from which term, and the
/// raw variables behind them, so that a model-matrix row (and its derivative
/// with respect to a raw variable) can be built at any point, as R's
/// `predict(newdata =)` rebuilds `model.matrix` on new data.
public struct DesignLayout: Sendable, Equatable, Codable {
    /// The model formula.
    public let formula: Formula
    /// Model-matrix column names.
    public let columnNames: [String]
    /// For each column, 0 for the intercept or the 1-based index of its term.
    public let assign: [Int]
    /// The raw columns the right-hand side reads, in order of first use.
    public let variables: [String]
    /// Their summaries on the estimation rows.
    public let summaries: [String: VariableSummary]

    /// The layout of `design`, with the variables summarised on its used rows of `data`.
    /// - Parameters:
    ///   - design: a design built from `data`.
    ///   - data: the data it was built from.
    public init(design: DesignMatrix, data: some ColumnSource) {
        formula = design.formula
        columnNames = design.columnNames
        assign = design.assign
        var vars: [String] = []
        for t in design.formula.terms { for v in t.variables { for c in v.columns where !vars.contains(c) { vars.append(c) } } }
        variables = vars
        var s: [String: VariableSummary] = [:]
        let rows = design.usedRows
        let factorColumns = Set(design.formula.terms.flatMap { $0.variables.compactMap { v -> String? in
            if case .factor(let n) = v { return n } else { return nil } } })
        for name in vars {
            if let t = data.textValues(name) {
                let keys = rows.map { t[$0] ?? "" }
                s[name] = Self.factorSummary(keys, sorted: Array(Set(keys)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            } else if let v = data.numericStorage(name) {
                let values = rows.map { v.isMissing[$0] ? .nan : v.values[$0] }
                if factorColumns.contains(name) {
                    let distinct = Array(Set(values)).sorted()
                    s[name] = Self.factorSummary(values.map(formatNumberLikeR), sorted: distinct.map(formatNumberLikeR))
                } else if !values.contains(where: \.isNaN) {
                    s[name] = Self.numericSummary(values)
                } else {
                    let sorted = values.sorted()
                    let mean = values.reduce(0, +) / Double(max(values.count, 1))
                    // Distinct values from the sorted copy, stopping at 13 (a million rows cost no hash set).
                    var distinct: [Double] = []
                    for v in sorted where distinct.last != v {
                        distinct.append(v)
                        if distinct.count > 12 { break }
                    }
                    s[name] = .numeric(
                        mean: mean, median: Self.quantile(sorted, 0.5), minimum: sorted.first ?? .nan, maximum: sorted.last ?? .nan,
                        quartiles: [0.25, 0.5, 0.75].map { Self.quantile(sorted, $0) }, distinct: distinct.count <= 12 ? distinct : nil)
                }
            }
        }
        summaries = s
    }

    static func factorSummary(_ keys: [String], sorted levels: [String]) -> VariableSummary {
        var counts: [String: Int] = [:]
        for k in keys { counts[k, default: 0] += 1 }
        var mode = levels.first ?? ""
        for l in levels where counts[l, default: 0] > counts[mode, default: 0] { mode = l }
        return .factor(levels: levels, mode: mode)
    }

    /// R's type 7 quantile of sorted values.
    static func quantile(_ s: [Double], _ p: Double) -> Double {
        guard !s.isEmpty else { return .nan }
        let h = Double(s.count - 1) * p
        let lo = Int(h.rounded(.down))  // checked: h = (n - 1)·p with p in [0, 1]
        let hi = Swift.min(lo + 1, s.count - 1)
        return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
    }

    /// Whether `variable` is a factor in this model.
    public func isFactor(_ variable: String) -> Bool {
        if case .factor? = summaries[variable] { return true } else { return false }
    }

    /// Every variable at its mean (or median) on the estimation rows; factors at their most
    /// frequent level (as R `marginaleffects::datagrid`).
    /// - Parameter medians: medians instead of means for numeric variables.
    public func typicalPoint(medians: Bool = false) -> [String: PointValue] {
        var p: [String: PointValue] = [:]
        for (name, s) in summaries {
            switch s {
            case let .numeric(mean, median, _, _, _, _): p[name] = .number(medians ? median : mean)
            case let .factor(_, mode): p[name] = .level(mode)
            }
        }
        return p
    }

    /// The model-matrix row at `point` (one value per raw variable) and, when
    /// `variable` is given, its exact derivative with respect to that raw variable
    /// (every transformation and interaction differentiated by forward-mode dual numbers).
    /// - Parameters:
    ///   - point: values of the raw variables (all of `variables`).
    ///   - variable: a numeric raw variable, or nil.
    /// - Returns: values and derivatives for every column of `columnNames`.
    /// - Throws: ``DesignPointError``.
    public func row(at point: [String: PointValue], derivativeWith variable: String? = nil) throws(DesignPointError) -> (values: [Double], derivatives: [Double]) {
        if let variable {
            guard variables.contains(variable) else {
                throw .notInModel(variable: variable, modelVariables: variables, suggestions: nearestNames(to: variable, in: variables))
            }
            if isFactor(variable) { throw .notNumeric(variable: variable) }
        }
        var numbers: [String: Double] = [:]
        var levels: [String: String] = [:]
        for name in variables {
            guard let value = point[name] else { continue }
            switch (summaries[name], value) {
            case (.factor(let ls, _)?, _):
                let key = value.description
                guard ls.contains(key) else { throw .unknownLevel(variable: name, value: key, levels: ls) }
                levels[name] = key
            case (_, .number(let x)):
                numbers[name] = x
            case (_, .level):
                throw .notNumeric(variable: name)
            }
        }
        var termParts: [[String: (Double, Double)]] = []
        for term in formula.terms {
            var block: [(name: String, value: Double, derivative: Double)] = [("", 1, 0)]
            for v in term.variables {
                let part: (String, Double, Double)
                switch v {
                case .factor(let name):
                    part = (v.description + (levels[name] ?? ""), 1, 0)
                case .expression(.column(let name)) where isFactor(name):
                    part = (v.description + (levels[name] ?? ""), 1, 0)
                case .expression(let e):
                    guard let (x, dx) = e.valueAndDerivative(numbers, withRespectTo: variable), x.isFinite else {
                        throw .undefined(variable: e.columns.first ?? v.description, term: v.description)
                    }
                    part = (v.description, x, dx)
                }
                block = block.map { b in
                    (b.name.isEmpty ? part.0 : b.name + ":" + part.0, b.value * part.1, b.derivative * part.1 + b.value * part.2)
                }
            }
            var map: [String: (Double, Double)] = [:]
            for b in block { map[b.name] = (b.value, b.derivative) }
            termParts.append(map)
        }
        var values = [Double](repeating: 0, count: columnNames.count)
        var derivatives = [Double](repeating: 0, count: columnNames.count)
        for (j, name) in columnNames.enumerated() {
            let t = assign[j]
            if t == 0 { values[j] = 1; continue }
            guard t - 1 < termParts.count, let (v, d) = termParts[t - 1][name] else { continue }
            values[j] = v
            derivatives[j] = d
        }
        return (values, derivatives)
    }
}
