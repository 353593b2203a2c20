@testable import Stats

/// Relative agreement `|a − b| ≤ tol·max(|b|, floor)`.
func agrees(_ a: Double, _ b: Double, _ tol: Double, floor: Double = 0) -> Bool {
    Swift.abs(a - b) <= tol * Swift.max(Swift.abs(b), floor)
}

func agrees(_ a: [Double], _ b: [Double], _ tol: Double) -> Bool {
    let scale = b.map { Swift.abs($0) }.max() ?? 0
    return a.count == b.count && zip(a, b).allSatisfy { Swift.abs($0 - $1) <= tol * Swift.max(Swift.abs($1), 1e-3 * scale) }
}

enum MTCars {
    static let y = RegressionReferenceR.mtcarsMPG
    static var n: Int { y.count }
    static var ones: [Double] { Array(repeating: 1, count: n) }

    /// mpg ~ wt + hp + qsec.
    static func model(weights: [Double]? = nil) -> LinearModel {
        let x = Matrix(columns: [ones, RegressionReferenceR.mtcarsWT, RegressionReferenceR.mtcarsHP, RegressionReferenceR.mtcarsQSEC])!
        return LinearModel(design: x, response: y, termNames: ["(Intercept)", "wt", "hp", "qsec"], weights: weights, hasIntercept: true)
    }

    static func codes(_ v: [Double]) -> [Int] { v.map { Int($0) } }
}

enum Grunfeld {
    static let n = RegressionReferenceR.grunfeldInv.count
    static var firm: [Int] { RegressionReferenceR.grunfeldFirm.map { Int($0) } }
    static var year: [Int] { RegressionReferenceR.grunfeldYear.map { Int($0) } }

    static func model(effects: [String], rows: [Int]? = nil) -> LinearModel {
        let r = rows ?? Array(0..<n)
        let x = Matrix(columns: [r.map { RegressionReferenceR.grunfeldValue[$0] }, r.map { RegressionReferenceR.grunfeldCapital[$0] }])!
        var codes: [[Int]] = []
        for e in effects { codes.append(r.map { (e == "firm" ? firm : year)[$0] }) }
        return LinearModel(
            design: x, response: r.map { RegressionReferenceR.grunfeldInv[$0] }, termNames: ["value", "capital"],
            hasIntercept: false, fixedEffects: FixedEffects(names: effects, codes: codes))
    }
}
