import Testing
@testable import Stats

/// The blocked double-precision meat (`SandwichCovariance.blockedMeat`, row blocks of
/// 512) against the row-by-row generic path, which runs in double-double when the fit
/// is forced to `.doubleDouble`. The reference is therefore the same formula evaluated
/// independently and more accurately; the data span several blocks with a ragged last
/// one, zero weights and unequal clusters. (Small-n agreement with R's sandwich is in
/// LinearModelTests and CovarianceEstimatorTests.)
@Suite struct SandwichCovarianceTests {
    struct Data {
        let x: Matrix
        let y: [Double]
        let w: [Double]
        let c1: [Int]
        let c2: [Int]
    }

    func data(n: Int) throws -> Data {
        var rng = Xoshiro256StarStar(seed: 77)
        var cols: [[Double]] = [[Double](repeating: 1, count: n)]
        for j in 1..<4 { cols.append((0..<n).map { _ in RandomDraws.uniform(using: &rng) * Double(j) - 0.5 }) }
        let y = (0..<n).map { i in 1 + cols[1][i] - 2 * cols[2][i] + (1 + abs(cols[1][i])) * (RandomDraws.uniform(using: &rng) - 0.5) }
        let w = (0..<n).map { i in i % 97 == 0 ? 0 : 0.5 + RandomDraws.uniform(using: &rng) }
        let c1 = (0..<n).map { i in (i * 7919) % 23 }
        let c2 = (0..<n).map { i in i / 111 }
        return Data(x: try #require(Matrix(columns: cols)), y: y, w: w, c1: c1, c2: c2)
    }

    func relativeDifference(_ a: Matrix, _ b: Matrix) -> Double {
        var worst = 0.0
        for i in 0..<a.rows { for j in 0..<a.columns {
            let scale = (a[i, i] * a[j, j]).squareRoot()
            worst = Swift.max(worst, abs(a[i, j] - b[i, j]) / scale)
        } }
        return worst
    }

    @Test(arguments: [false, true]) func blockedMeatMatchesDoubleDoublePath(weighted: Bool) throws {
        let d = try data(n: 1_300)
        let names = ["(Intercept)", "a", "b", "c"]
        func model(_ precision: LeastSquaresOptions.Precision) -> LinearModel {
            LinearModel(design: d.x, response: d.y, termNames: names, weights: weighted ? d.w : nil, hasIntercept: true,
                        options: LeastSquaresOptions(precision: precision))
        }
        let fast = try model(.double).estimate()
        let exact = try model(.doubleDouble).estimate()
        #expect(fast.fit.method == .householderDouble && exact.fit.method == .householderDoubleDouble)
        let v1 = ClusterVariable(name: "c1", codes: d.c1), v2 = ClusterVariable(name: "c2", codes: d.c2)
        let estimators: [CovarianceEstimator] = [.hc0, .hc1, .hc2, .hc3, .hc4, .cluster(v1), .twoWayCluster(v1, v2)]
        for e in estimators {
            let a = try fast.result(covariance: e).covariance
            let b = try exact.result(covariance: e).covariance
            #expect(relativeDifference(a, b) < 1e-12, "\(e.kind)")
        }
    }

    @Test func fitSkipsLeveragesButGivesTheSameResult() throws {
        let d = try data(n: 600)
        let m = LinearModel(design: d.x, response: d.y, termNames: ["(Intercept)", "a", "b", "c"], hasIntercept: true)
        let fitted = try m.estimate()
        #expect(fitted.fit.leverage.count == 600)
        for e in [CovarianceEstimator.classical, .hc1, .hc3, .cluster(ClusterVariable(name: "c1", codes: d.c1))] {
            #expect(try m.fit(covariance: e) == fitted.result(covariance: e))
        }
    }
}
