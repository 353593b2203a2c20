import Testing
@testable import Stats

/// Identities that tie the panel covariances to the heteroskedasticity-robust
/// ones (the R references are in Tests/ParadoxTests/Regression/PanelCovarianceTests.swift):
/// Driscoll–Kraay and Newey–West with lag 0 and one observation per period are
/// HC0; CR2 with one observation per cluster is HC2 (Bell & McCaffrey 2002).
@Suite struct PanelCovarianceIdentityTests {
    static func model() -> LinearModel {
        let n = 12
        var x1: [Double] = [], x2: [Double] = [], y: [Double] = []
        for i in 0..<n {
            let t = Double(i)
            x1.append(1); x2.append(0.3 * t + (t * 1.7).truncatingRemainder(dividingBy: 1))
            y.append(1 + 0.5 * x2[i] + ((t * 2.3).truncatingRemainder(dividingBy: 1) - 0.5) * (1 + 0.2 * t))
        }
        let m = Matrix(columns: [x1, x2]) ?? Matrix(rows: 0, columns: 0)
        return LinearModel(design: m, response: y, termNames: ["(Intercept)", "x"], hasIntercept: true)
    }

    @Test func lagZeroIsHC0() throws {
        let fitted = try Self.model().estimate()
        let hc0 = try fitted.result(covariance: .hc0)
        let years = (0..<12).map { 2000 + $0 }
        for cov in [PanelCovariance.driscollKraay(time: years, lag: 0), .neweyWest(time: years, lag: 0)] {
            let r = try fitted.result(panelCovariance: cov)
            for (a, b) in zip(r.covariance.storage, hc0.covariance.storage) {
                #expect(abs(a - b) <= 1e-13 * max(1, abs(b)))
            }
            #expect(r.inferenceDegreesOfFreedom == 10)
        }
    }

    @Test func singletonClustersAreHC2() throws {
        let fitted = try Self.model().estimate()
        let hc2 = try fitted.result(covariance: .hc2)
        let r = try fitted.result(panelCovariance: .cr2(ClusterVariable(name: "row", codes: Array(0..<12))))
        for (a, b) in zip(r.covariance.storage, hc2.covariance.storage) {
            #expect(abs(a - b) <= 1e-12 * max(1, abs(b)))
        }
        #expect(r.coefficients.allSatisfy { ($0.degreesOfFreedom ?? 0) > 0 })
    }

    @Test func neweyWestRefusesPanelsAndGaps() throws {
        let fitted = try Self.model().estimate()
        #expect(throws: PanelCovarianceError.repeatedTime(value: 2000, count: 2)) {
            try fitted.result(panelCovariance: .neweyWest(time: [2000, 2000] + (2...11).map { 2000 + $0 }, lag: 1))
        }
        #expect(throws: PanelCovarianceError.timeGap(after: 2000, next: 2002)) {
            try fitted.result(panelCovariance: .neweyWest(time: (0..<12).map { $0 == 0 ? 2000 : 2001 + $0 }, lag: 1))
        }
        #expect(throws: PanelCovarianceError.invalidLag(estimator: "newey-west(L)", lag: 12, periods: 12)) {
            try fitted.result(panelCovariance: .neweyWest(time: (0..<12).map { 2000 + $0 }, lag: 12))
        }
    }
}
