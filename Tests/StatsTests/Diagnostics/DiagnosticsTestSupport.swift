import Testing
@testable import Stats

/// Relative agreement `|a − b| ≤ tol · max(|b|, floor)`; both NaN counts as agreement.
/// `floor` keeps values that are zero in R (e.g. an exactly centred quantity) from
/// demanding an impossible relative accuracy.
func agrees(_ a: Double, _ b: Double, tol: Double = 1e-10, floor: Double = 1e-12) -> Bool {
    if a.isNaN && b.isNaN { return true }
    return Swift.abs(a - b) <= tol * Swift.max(Swift.abs(b), floor)
}

/// Expects element-wise agreement and names the first mismatch.
func expectAgrees(
    _ a: [Double], _ b: [Double], tol: Double = 1e-10, floor: Double = 1e-12, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(a.count == b.count, "\(what): \(a.count) values, reference has \(b.count)", sourceLocation: sourceLocation)
    for (i, (x, y)) in zip(a, b).enumerated() where !agrees(x, y, tol: tol, floor: floor) {
        Issue.record("\(what)[\(i)] = \(x), R gives \(y)", sourceLocation: sourceLocation)
        return
    }
}

extension RegressionDiagnosticsReference {
    /// The fixture's design and fit, through `FittedDesign` (fits with `LeastSquares`).
    func model() throws -> FittedDesign {
        let x = try #require(Matrix(columns: design))
        return try FittedDesign(design: x, response: y, weights: weights, columnNames: columnNames)
    }

    /// Column `j` of an `n × p` matrix.
    static func column(_ m: Matrix, _ j: Int) -> [Double] { m.column(j) }
}
