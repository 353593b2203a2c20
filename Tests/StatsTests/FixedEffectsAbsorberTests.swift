import Testing
@testable import Stats

/// Fixed-effects (within) estimation on plm's Grunfeld panel against R plm /
/// lm with dummies + sandwich (scripts/reference/regression_fixture.R) and
/// Python linearmodels PanelOLS (scripts/reference/grunfeld_linearmodels.py).
@Suite struct FixedEffectsAbsorberTests {
    @Test func oneWayMatchesPlm() throws {
        let f = try Grunfeld.model(effects: ["firm"]).estimate()
        let r = try f.result()
        #expect(agrees(r.coefficients.map(\.estimate), RegressionReferenceR.fe1Coef, 1e-12))
        #expect(agrees(r.coefficients.map(\.standardError), RegressionReferenceR.fe1SE, 1e-12))
        #expect(agrees(r.withinRSquared ?? .nan, RegressionReferenceR.fe1WithinR2, 1e-12))
        #expect(f.absorbedParameters == 10 && r.residualDegreesOfFreedom == 200 - 2 - 10)
        #expect(r.fixedEffects?.levels == [10] && r.fixedEffects?.iterations == 1)
    }

    @Test func oneWayClusterRules() throws {
        let f = try Grunfeld.model(effects: ["firm"]).estimate()
        let firm = ClusterVariable(name: "firm", codes: Grunfeld.firm)
        // nested (default): K = slopes + constant = 3, as Stata xtreg, fe vce(cluster firm)
        let nested = try f.result(covariance: .cluster(firm))
        #expect(nested.smallSampleParameters == 3)
        #expect(agrees(nested.covariance.storage, RegressionReferenceR.fe1ClusterNestedVcov, 1e-10))
        #expect(nested.inferenceDegreesOfFreedom == 9)
        let full = try f.result(covariance: .cluster(firm), absorbedParameters: .full)
        #expect(full.smallSampleParameters == 12)
        #expect(agrees(full.covariance.storage, RegressionReferenceR.fe1ClusterFullVcov, 1e-10))
        let none = try f.result(covariance: .cluster(firm), absorbedParameters: .none)
        #expect(none.smallSampleParameters == 2)
        #expect(agrees(none.covariance.storage, RegressionReferenceR.fe1ClusterNoneVcov, 1e-10))
        let cr0 = try f.result(covariance: .cluster(firm, adjustment: .cr0))
        #expect(agrees(cr0.covariance.storage, RegressionReferenceR.fe1ClusterCR0Vcov, 1e-10))
        #expect(agrees(cr0.covariance.storage, GrunfeldLinearModels.fe1CR0FirmVcov, 1e-10))
        // linearmodels' group_debias factor is G/(G−1)·(N−1)/N (not G/(G−1)), and its
        // debiased=True adds N/(N − extra_df − k) with k = 2 slopes (nested effects not counted).
        let g = try f.result(covariance: .cluster(firm, adjustment: .clusterOnly))
        #expect(agrees(g.covariance.scaled(by: 199.0 / 200.0).storage, GrunfeldLinearModels.fe1GFirmVcov, 1e-10))
        let lm = cr0.covariance.scaled(by: 200.0 / 198.0 * 10.0 / 9.0 * 199.0 / 200.0)
        #expect(agrees(lm.storage, GrunfeldLinearModels.fe1DebiasedVcov, 1e-10))
    }

    @Test func twoWayMatchesPlmAndLinearmodels() throws {
        let f = try Grunfeld.model(effects: ["firm", "year"]).estimate()
        let r = try f.result()
        #expect(agrees(r.coefficients.map(\.estimate), RegressionReferenceR.fe2Coef, 1e-12))
        #expect(agrees(r.coefficients.map(\.estimate), GrunfeldLinearModels.fe2Coef, 1e-12))
        #expect(agrees(r.coefficients.map(\.standardError), RegressionReferenceR.fe2SE, 1e-12))
        #expect(agrees(r.withinRSquared ?? .nan, RegressionReferenceR.fe2WithinR2, 1e-12))
        #expect(f.absorbedParameters == 29 && r.fixedEffects?.connectedComponents == 1)
        #expect(r.residualDegreesOfFreedom == 200 - 2 - 29)
        #expect(agrees(r.rSquared, RegressionReferenceR.fe2R2, 1e-12))
        #expect(agrees(r.adjustedRSquared, RegressionReferenceR.fe2AdjR2, 1e-12))
        #expect(agrees(r.logLikelihood, RegressionReferenceR.fe2LogLik, 1e-12))
        #expect(agrees(r.aic, RegressionReferenceR.fe2AIC, 1e-12))
        #expect(r.fixedEffects?.converged == true)
    }

    @Test func twoWayClusteredByFirmUnderEachRule() throws {
        let f = try Grunfeld.model(effects: ["firm", "year"]).estimate()
        let firm = ClusterVariable(name: "firm", codes: Grunfeld.firm)
        let nested = try f.result(covariance: .cluster(firm))
        #expect(nested.smallSampleParameters == 22)  // fixest ssc() default: slopes + 20 year levels
        #expect(agrees(nested.covariance.storage, RegressionReferenceR.fe2ClusterNestedVcov, 1e-10))
        let full = try f.result(covariance: .cluster(firm), absorbedParameters: .full)
        #expect(full.smallSampleParameters == 31)
        #expect(agrees(full.covariance.storage, RegressionReferenceR.fe2ClusterFullVcov, 1e-10))
        let none = try f.result(covariance: .cluster(firm), absorbedParameters: .none)
        #expect(agrees(none.covariance.storage, RegressionReferenceR.fe2ClusterNoneVcov, 1e-10))
        let cr0 = try f.result(covariance: .cluster(firm, adjustment: .cr0))
        // linearmodels always scales by N/(N − extra_df) with extra_df = 29 absorbed parameters
        // for two-way effects (its nesting check covers one-way effects only).
        #expect(agrees(cr0.covariance.scaled(by: 200.0 / 171.0).storage, GrunfeldLinearModels.fe2CR0FirmVcov, 1e-10))
    }

    @Test func twoWayClusteringFirmAndYear() throws {
        let f = try Grunfeld.model(effects: ["firm", "year"]).estimate()
        let firm = ClusterVariable(name: "firm", codes: Grunfeld.firm)
        let year = ClusterVariable(name: "year", codes: Grunfeld.year)
        let g = try f.result(covariance: .twoWayCluster(firm, year, adjustment: .clusterOnly))
        // linearmodels: each term G/(G−1)·(N−1)/N, all times N/(N − 29) (see above).
        #expect(agrees(g.covariance.scaled(by: 199.0 / 171.0).storage, GrunfeldLinearModels.fe2TwoWayGVcov, 1e-10))
        let cr0 = try f.result(covariance: .twoWayCluster(firm, year, adjustment: .cr0))
        #expect(agrees(cr0.covariance.scaled(by: 200.0 / 171.0).storage, GrunfeldLinearModels.fe2TwoWayCR0Vcov, 1e-10))
        // Both FE dimensions are nested in one of the cluster variables: K = slopes + 1 (nested);
        // with the full rule K = 31, as sandwich on the dummy regression.
        let full = try f.result(covariance: .twoWayCluster(firm, year), absorbedParameters: .full)
        #expect(agrees(full.covariance.storage, RegressionReferenceR.fe2TwoWayClusterVcov, 1e-10))
        let nested = try f.result(covariance: .twoWayCluster(firm, year))
        #expect(nested.smallSampleParameters == 3)
        #expect(nested.inferenceDegreesOfFreedom == 9)  // min(10, 20) − 1
    }

    @Test func unbalancedTwoWayByAlternatingProjections() throws {
        let dropped = Set(RegressionReferenceR.unbalancedDroppedRows.map { Int($0) })
        let rows = (0..<Grunfeld.n).filter { !dropped.contains($0) }
        let m = Grunfeld.model(effects: ["firm", "year"], rows: rows)
        let f = try m.estimate()
        let r = try f.result()
        #expect(f.fixedEffects?.droppedSingletonRows == [])
        #expect(agrees(r.coefficients.map(\.estimate), RegressionReferenceR.unbalancedCoef, 1e-11))
        #expect(agrees(r.coefficients.map(\.standardError), RegressionReferenceR.unbalancedSE, 1e-11))
        #expect(f.absorbedParameters == 29)
        #expect((f.fixedEffects?.iterations ?? 0) > 1 && f.fixedEffects?.converged == true)
        let firm = ClusterVariable(name: "firm", codes: rows.map { Grunfeld.firm[$0] })
        let full = try f.result(covariance: .cluster(firm), absorbedParameters: .full)
        #expect(agrees(full.covariance.storage, RegressionReferenceR.unbalancedCR1FirmFullVcov, 1e-10))
        // An iteration cap of 1 cannot converge on an unbalanced panel: reported, not hidden.
        var capped = m
        capped.fixedEffects?.maximumIterations = 1
        let c = try capped.estimate()
        #expect(c.fixedEffects?.converged == false)
        #expect(c.fixedEffects?.notes.contains { $0.contains("did not converge") } == true)
    }

    @Test func singletonsAreDroppedIterativelyAndReported() throws {
        // Constructed panel: entity 3 appears once (singleton); removing it leaves
        // year 4 with a single observation (entity 2), which is then a singleton too.
        let entity = [1, 1, 1, 2, 2, 2, 2, 3, 4, 4, 4, 5, 5]
        let year = [1, 2, 3, 1, 2, 3, 4, 4, 1, 2, 3, 1, 2]
        let n = entity.count
        var rng = SplitMix64(seed: 11)
        let x = (0..<n).map { _ in rng.nextUniform() }
        let y = (0..<n).map { 2 * x[$0] + Double(entity[$0]) + 0.1 * Double(year[$0]) + 0.01 * rng.nextUniform() }
        let m = LinearModel(
            design: Matrix(columns: [x])!, response: y, termNames: ["x"], hasIntercept: false,
            fixedEffects: FixedEffects(names: ["entity", "year"], codes: [entity, year]))
        let f = try m.estimate()
        #expect(f.fixedEffects?.droppedSingletonRows == [6, 7])
        #expect(f.rows == [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12])
        let r = try f.result()
        #expect(r.observations == 11 && r.observationsDropped == 2)
        #expect(r.notes.contains { $0.contains("2 singleton observation(s) dropped") && $0.contains("rows 6, 7") })
        // Same slope as fitting the 11 rows without singleton removal.
        var keep = m
        keep.fixedEffects?.dropSingletons = false
        let all = try LinearModel(
            design: Matrix(columns: [f.rows.map { x[$0] }])!, response: f.rows.map { y[$0] }, termNames: ["x"],
            hasIntercept: false,
            fixedEffects: FixedEffects(names: ["entity", "year"], codes: [f.rows.map { entity[$0] }, f.rows.map { year[$0] }], dropSingletons: false)
        ).fit()
        #expect(agrees(r.coefficients[0].estimate, all.coefficients[0].estimate, 1e-12))
        #expect(try keep.estimate().fixedEffects?.droppedSingletonRows == [])
    }

    @Test func connectedComponentsCountAbsorbedParameters() {
        // Two disconnected blocks: {a0, a1} × {b0} and {a2} × {b1, b2}.
        let a = [0, 1, 2, 2], b = [0, 0, 1, 2]
        #expect(ConnectedComponents.count(a, levelsA: 3, b, levelsB: 3) == 2)
        #expect(ConnectedComponents.count([0, 1, 0, 1], levelsA: 2, [0, 0, 1, 1], levelsB: 2) == 1)
    }

    @Test func nestingDetection() {
        #expect(FixedEffectsAbsorber.isNested([0, 0, 1, 1, 2], levels: 3, in: [5, 5, 5, 5, 6]))
        #expect(!FixedEffectsAbsorber.isNested([0, 0, 1, 1], levels: 2, in: [5, 6, 6, 6]))
    }

    @Test func regressorCollinearWithFixedEffectsIsDropped() throws {
        // A firm-level constant regressor is absorbed by the firm effects.
        let firmSize = Grunfeld.firm.map { Double($0) * 3.5 + 1000 }
        let x = try #require(Matrix(columns: [RegressionReferenceR.grunfeldValue, firmSize, RegressionReferenceR.grunfeldCapital]))
        let r = try LinearModel(
            design: x, response: RegressionReferenceR.grunfeldInv, termNames: ["value", "size", "capital"],
            hasIntercept: false, fixedEffects: FixedEffects(names: ["firm"], codes: [Grunfeld.firm])
        ).fit()
        #expect(r.droppedTerms == ["size"])
        #expect(r.notes.contains("size dropped: collinear with the fixed effects"))
        #expect(agrees(r.coefficients.map(\.estimate), RegressionReferenceR.fe1Coef, 1e-12))
    }

    @Test func interceptIsAbsorbed() throws {
        let x = try #require(Matrix(columns: [Array(repeating: 1, count: 200), RegressionReferenceR.grunfeldValue, RegressionReferenceR.grunfeldCapital]))
        let r = try LinearModel(
            design: x, response: RegressionReferenceR.grunfeldInv, termNames: ["(Intercept)", "value", "capital"],
            hasIntercept: true, fixedEffects: FixedEffects(names: ["firm"], codes: [Grunfeld.firm])
        ).fit()
        #expect(r.coefficients.map(\.term) == ["value", "capital"])
        #expect(r.notes.contains("(Intercept) absorbed by the fixed effects"))
        #expect(agrees(r.coefficients.map(\.estimate), RegressionReferenceR.fe1Coef, 1e-12))
    }

    @Test func fixedEffectErrors() throws {
        let x = try #require(Matrix(columns: [RegressionReferenceR.grunfeldValue]))
        let bad = LinearModel(
            design: x, response: RegressionReferenceR.grunfeldInv, termNames: ["value"], hasIntercept: false,
            fixedEffects: FixedEffects(names: ["firm"], codes: [[1, 2]]))
        #expect(throws: RegressionError.invalidFixedEffects("fixed effect 'firm' has 2 codes for 200 observations: give one code per row")) {
            try bad.estimate()
        }
        let f = try Grunfeld.model(effects: ["firm"]).estimate()
        #expect(throws: RegressionError.leverageCovarianceWithFixedEffects(.hc3)) { try f.result(covariance: .hc3) }
    }
}
