import Testing
@testable import Stats

/// (e) Typed errors with messages that say what, where and how to fix.
@Suite struct WildBootstrapErrorTests {
    private let x: [Double] = (0..<24).map { (i: Int) -> Double in
        let a = Double(i % 7)
        return a - 2.5 + 0.1 * Double(i)
    }
    private let y: [Double] = (0..<24).map { (i: Int) -> Double in
        let a = Double(i % 7) - 2.5
        let noise = Double((i * 37) % 11) / 10
        return 1 + 0.5 * a + noise
    }

    private func model(y: [Double]? = nil, x: [Double]? = nil) -> LinearModel {
        let xs = x ?? self.x
        return LinearModel(
            design: Matrix(columns: [Array(repeating: 1, count: xs.count), xs])!, response: y ?? self.y,
            termNames: ["(Intercept)", "x"], hasIntercept: true)
    }

    private func error(
        _ m: LinearModel, coefficient: String = "x", nullValue: Double = 0, codes: [Int],
        boot: WildClusterBootstrap = WildClusterBootstrap(replications: 99)
    ) -> WildBootstrapError? {
        do {
            _ = try boot.test(m, coefficient: coefficient, nullValue: nullValue, cluster: ClusterVariable(name: "country", codes: codes), seed: 1)
            return nil
        } catch {
            return error
        }
    }

    private let sixClusters = (0..<24).map { $0 % 6 }

    @Test func oneCluster() throws {
        let e = try #require(error(model(), codes: Array(repeating: 7, count: 24)))
        #expect(e == .tooFewClusters(name: "country", clusters: 1))
        #expect(e.description.contains("'country' has 1 cluster(s)") && e.description.contains("at least 3"))
    }

    @Test func twoClusters() throws {
        let e = try #require(error(model(), codes: (0..<24).map { $0 % 2 }))
        #expect(e == .tooFewClusters(name: "country", clusters: 2))
        #expect(e.description.contains("1/2 or 1"))
    }

    @Test func coefficientNotFound() throws {
        let e = try #require(error(model(), coefficient: "gdp", codes: sixClusters))
        #expect(e == .coefficientNotFound(name: "gdp", available: ["(Intercept)", "x"]))
        #expect(e.description.contains("no coefficient named 'gdp'") && e.description.contains("'(Intercept)', 'x'"))
    }

    @Test func interceptAbsorbedByFixedEffects() throws {
        var m = model()
        m.fixedEffects = FixedEffects(names: ["g"], codes: [(0..<24).map { $0 % 4 }])
        let e = try #require(error(m, coefficient: "(Intercept)", codes: sixClusters))
        #expect(e == .coefficientNotEstimated(name: "(Intercept)", reason: "it is absorbed by the fixed effects"))
    }

    @Test func nonFiniteInputs() throws {
        var yy = y
        yy[3] = .nan
        #expect(error(model(y: yy), codes: sixClusters) == .nonFiniteInput(what: "the response", row: 3))
        var xx = x
        xx[5] = .infinity
        let e = try #require(error(model(x: xx), codes: sixClusters))
        #expect(e == .nonFiniteInput(what: "regressor 'x'", row: 5))
        #expect(e.description == "wild bootstrap: regressor 'x' in row 5 is not finite (NaN or infinite): drop or fix that observation (missing values must be removed before fitting)")
        #expect(error(model(), nullValue: .nan, codes: sixClusters) == .nonFiniteInput(what: "the null value β0", row: nil))
    }

    @Test func invalidOptions() throws {
        #expect(error(model(), codes: sixClusters, boot: WildClusterBootstrap(replications: 0)) == .invalidReplications(0))
        #expect(error(model(), codes: sixClusters, boot: WildClusterBootstrap(level: 1.5)) == .invalidLevel(1.5))
        let e = try #require(error(model(), codes: [1, 2, 3]))
        #expect(e == .regression(.clusterLengthMismatch(name: "country", codes: 3, observations: 24)))
    }

    @Test func validInputRuns() throws {
        #expect(error(model(), codes: sixClusters) == nil)
    }
}
