/// The inputs of regression diagnostics: a design matrix `X` (`n × k`,
/// column-major), the response `y`, optional weights, column names, which
/// column is the intercept, and the least-squares fit of `y` on `X`
/// (`LeastSquares.fit`).
///
/// Diagnostics work on the estimable columns `fit.keptColumns` (`p = rank`
/// coefficients) and on the rows with positive weight (`n = effectiveObservations`),
/// exactly as R's `lm` does: zero-weight rows get `NaN` influence measures and
/// are left out of the tests. With weights every quantity refers to the
/// transformed model `√w y = √w X β + u` (R's `weighted.residuals`,
/// `hatvalues`, …), whose errors are homoskedastic when the weights are right.
public struct FittedDesign: Sendable, Equatable {
    /// How the intercept column is identified.
    public enum Intercept: Sendable, Equatable, Hashable, Codable {
        /// The first column whose entries are all exactly 1 (R's `(Intercept)`), if any.
        case detect
        /// Column `j` (0-based) is the intercept.
        case column(Int)
        /// The model has no intercept.
        case none
    }

    /// `n × k` design.
    public let design: Matrix
    /// `n` responses.
    public let response: [Double]
    /// Optional `n` non-negative weights (WLS).
    public let weights: [Double]?
    /// Name of every design column (`k` of them).
    public let columnNames: [String]
    /// The intercept column (0-based), `nil` when the model has none.
    public let interceptColumn: Int?
    /// The least-squares fit of `response` on `design`.
    public let fit: LeastSquaresFit

    /// Fits `y` on `X` with `LeastSquares.fit` and keeps everything the diagnostics need.
    ///
    /// - Parameters:
    ///   - design: X, n × k.
    ///   - response: y, n values.
    ///   - weights: WLS weights (n, non-negative), or nil for OLS.
    ///   - columnNames: one name per column; default `(Intercept)` for the
    ///     intercept and `x1`, `x2`, … for the others.
    ///   - intercept: how to find the intercept column (default: a column of ones).
    ///   - options: least-squares options (leverages are always computed here).
    public init(
        design: Matrix, response: [Double], weights: [Double]? = nil, columnNames: [String]? = nil,
        intercept: Intercept = .detect, options: LeastSquaresOptions = LeastSquaresOptions()
    ) throws(DiagnosticsError) {
        try Self.checkShapes(design: design, response: response, weights: weights, columnNames: columnNames)
        var opts = options
        opts.computeLeverage = true
        let fit: LeastSquaresFit
        do {
            fit = try LeastSquares.fit(design, response, weights: weights, options: opts)
        } catch {
            throw .leastSquares(error)
        }
        try self.init(design: design, response: response, weights: weights, columnNames: columnNames, intercept: intercept, fit: fit)
    }

    /// Wraps an existing fit of `y` on `X` (it must come from `LeastSquares.fit`
    /// with exactly these `design`, `response` and `weights`; shapes are checked).
    public init(
        design: Matrix, response: [Double], weights: [Double]? = nil, columnNames: [String]? = nil,
        intercept: Intercept = .detect, fit: LeastSquaresFit
    ) throws(DiagnosticsError) {
        let n = design.rows
        let k = design.columns
        try Self.checkShapes(design: design, response: response, weights: weights, columnNames: columnNames)
        if fit.observations != n { throw .fitMismatch(what: "fit has \(fit.observations) rows, design has \(n)") }
        if fit.columnCount != k { throw .fitMismatch(what: "fit has \(fit.columnCount) columns, design has \(k)") }
        if fit.residuals.count != n { throw .fitMismatch(what: "fit has \(fit.residuals.count) residuals, design has \(n) rows") }
        if !fit.leverage.isEmpty && fit.leverage.count != n {
            throw .fitMismatch(what: "fit has \(fit.leverage.count) leverages, design has \(n) rows")
        }
        let positive = weights.map { $0.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } } ?? n
        if fit.effectiveObservations != positive {
            throw .fitMismatch(what: "fit counts \(fit.effectiveObservations) rows with positive weight, the weights give \(positive)")
        }

        let icol: Int?
        switch intercept {
        case .none:
            icol = nil
        case let .column(j):
            guard j >= 0 && j < k else { throw .invalidColumn(index: j, reason: "intercept column outside the design's \(k) columns") }
            guard fit.keptColumns.contains(j) else { throw .invalidColumn(index: j, reason: "intercept column was aliased (dropped) by the fit") }
            icol = j
        case .detect:
            icol = (0..<k).first { j in
                fit.keptColumns.contains(j) && (0..<n).allSatisfy { design.storage[$0 + j * n] == 1 }
            }
        }

        self.design = design
        self.response = response
        self.weights = weights
        self.interceptColumn = icol
        if let names = columnNames {
            self.columnNames = names
        } else {
            var counter = 0
            self.columnNames = (0..<k).map { j in
                if j == icol { return "(Intercept)" }
                counter += 1
                return "x\(counter)"
            }
        }
        self.fit = fit
    }

    private static func checkShapes(
        design: Matrix, response: [Double], weights: [Double]?, columnNames: [String]?
    ) throws(DiagnosticsError) {
        let n = design.rows
        if response.count != n { throw .dimensionMismatch(what: "response", expected: n, actual: response.count) }
        if let w = weights, w.count != n { throw .dimensionMismatch(what: "weights", expected: n, actual: w.count) }
        if let names = columnNames, names.count != design.columns {
            throw .dimensionMismatch(what: "columnNames", expected: design.columns, actual: names.count)
        }
    }

    /// Whether the fit is perfect to rounding: `RSS ≤ (n ε)² Σ wᵢ yᵢ²`, i.e. the
    /// residuals are no larger than the rounding errors of computing `Xβ̂` at
    /// the scale of `y`. Scaled residuals and variance tests are then undefined
    /// (they would only measure rounding noise).
    public var isPerfectFit: Bool {
        let n = Double(fit.effectiveObservations)
        var syy = 0.0
        for i in 0..<response.count { syy += (weights?[i] ?? 1) * response[i] * response[i] }
        let u = n * Double.ulpOfOne
        return !(fit.residualSumOfSquares > u * u * syy)
    }

    /// Rows that take part in the fit (positive weight), ascending.
    public var usedRows: [Int] {
        guard let w = weights else { return Array(0..<design.rows) }
        return (0..<design.rows).filter { w[$0] > 0 }
    }

    /// `√wᵢ eᵢ` (R's `weighted.residuals` before dropping zero weights): the
    /// residuals of the transformed, homoskedastic model; `eᵢ` without weights.
    public var weightedResiduals: [Double] {
        guard let w = weights else { return fit.residuals }
        return zip(fit.residuals, w).map { $0 * $1.squareRoot() }
    }
}
