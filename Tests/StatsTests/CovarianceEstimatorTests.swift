import Testing
@testable import Stats

/// HC0–HC4 and cluster-robust covariances against R's sandwich (fixture from
/// scripts/reference/regression_fixture.R) and, on Longley, against exact
/// rational arithmetic (scripts/reference/longley_sandwich_exact.py).
@Suite struct CovarianceEstimatorTests {
    let fitted: FittedLinearModel

    init() throws { fitted = try MTCars.model().estimate() }

    @Test(arguments: [
        (CovarianceEstimator.hc0, RegressionReferenceR.olsHC0Vcov),
        (.hc1, RegressionReferenceR.olsHC1Vcov),
        (.hc2, RegressionReferenceR.olsHC2Vcov),
        (.hc3, RegressionReferenceR.olsHC3Vcov),
        (.hc4, RegressionReferenceR.olsHC4Vcov),
    ])
    func heteroskedasticityConsistentMatchesSandwich(estimator: CovarianceEstimator, reference: [Double]) throws {
        let r = try fitted.result(covariance: estimator)
        #expect(agrees(r.covariance.storage, reference, 1e-10), "\(estimator)")
        #expect(r.covarianceLabel == estimator.kind.rawValue.uppercased())
    }

    @Test func hc1TestsUseResidualDegreesOfFreedom() throws {
        let r = try fitted.result(covariance: .hc1)
        #expect(r.inferenceDegreesOfFreedom == 28)
        #expect(r.smallSampleFactor == 32.0 / 28.0)
        if ReferenceDistributions.isAvailable {
            #expect(agrees(r.coefficients.map(\.pValue), RegressionReferenceR.olsHC1P, 1e-9))
        }
        let f = try #require(r.fTest)
        #expect(f.kind == .wald && f.numeratorDegreesOfFreedom == 3 && f.denominatorDegreesOfFreedom == 28)
        #expect(agrees(f.statistic, RegressionReferenceR.olsHC1WaldF, 1e-10))
        if ReferenceDistributions.isAvailable {
            #expect(agrees(f.pValue, RegressionReferenceR.olsHC1WaldP, 1e-8))
        }
    }

    @Test func oneWayClusterRules() throws {
        let carb = ClusterVariable(name: "carb", codes: MTCars.codes(RegressionReferenceR.mtcarsCARB))
        let cr1 = try fitted.result(covariance: .cluster(carb))
        #expect(agrees(cr1.covariance.storage, RegressionReferenceR.olsCR1CarbVcov, 1e-10))
        #expect(cr1.clusters == [.init(name: "carb", clusters: 6)])
        #expect(cr1.inferenceDegreesOfFreedom == 5)
        #expect(cr1.smallSampleParameters == 4)
        #expect(agrees(cr1.fTest?.statistic ?? .nan, RegressionReferenceR.olsCR1CarbWaldF, 1e-10))
        #expect(cr1.fTest?.denominatorDegreesOfFreedom == 5)
        let cr0 = try fitted.result(covariance: .cluster(carb, adjustment: .cr0))
        #expect(agrees(cr0.covariance.storage, RegressionReferenceR.olsCR0CarbVcov, 1e-10))
        let g = try fitted.result(covariance: .cluster(carb, adjustment: .clusterOnly))
        #expect(agrees(g.covariance.storage, RegressionReferenceR.olsCRGCarbVcov, 1e-10))
    }

    @Test func clusterInferenceDegreesOfFreedom() throws {
        let cyl = ClusterVariable(name: "cyl", codes: MTCars.codes(RegressionReferenceR.mtcarsCYL))
        let stata = try fitted.result(covariance: .cluster(cyl))
        #expect(agrees(stata.covariance.storage, RegressionReferenceR.olsCR1CylVcov, 1e-10))
        if ReferenceDistributions.isAvailable {
            #expect(agrees(stata.coefficients.map(\.pValue), RegressionReferenceR.olsCR1CylPClusterDF, 1e-9))
        }
        // G = 3 clusters for 3 slopes: the slope covariance is singular (R's waldtest fails), no F.
        #expect(stata.fTest == nil)
        #expect(stata.notes.contains { $0.contains("Wald F test of all slopes not reported") })
        let r = try fitted.result(covariance: .cluster(cyl, inference: .residual))
        #expect(r.inferenceDegreesOfFreedom == 28)
        if ReferenceDistributions.isAvailable {
            #expect(agrees(r.coefficients.map(\.pValue), RegressionReferenceR.olsCR1CylPResidualDF, 1e-9))
        }
        let z = try fitted.result(covariance: .cluster(cyl, inference: .normal))
        #expect(z.statisticKind == .z && z.inferenceDegreesOfFreedom == nil)
    }

    @Test func twoWayClusterEachTermMatchesSandwich() throws {
        let cyl = ClusterVariable(name: "cyl", codes: MTCars.codes(RegressionReferenceR.mtcarsCYL))
        let gear = ClusterVariable(name: "gear", codes: MTCars.codes(RegressionReferenceR.mtcarsGEAR))
        let r = try fitted.result(covariance: .twoWayCluster(cyl, gear))
        #expect(r.inferenceDegreesOfFreedom == 2)  // min(3, 3) − 1
        // sandwich's matrix (fix = FALSE) is itself indefinite here; ours is its PSD repair.
        let raw = try #require(Matrix(rows: 4, columns: 4, storage: RegressionReferenceR.olsCR1TwoWayVcov))
        let clipped = try #require(SymmetricEigen.clippedToPositiveSemidefinite(raw))
        #expect(agrees(r.covariance.storage, clipped.storage, 1e-8))
        #expect(r.notes.contains { $0.contains("not positive semi-definite") })
    }

    @Test func twoWayClusterRepairsIndefiniteCovariance() throws {
        // sandwich (fix = FALSE) returns a matrix with a negative eigenvalue here.
        #expect(RegressionReferenceR.olsCR1TwoWayCarbGearMinEigen < 0)
        let carb = ClusterVariable(name: "carb", codes: MTCars.codes(RegressionReferenceR.mtcarsCARB))
        let gear = ClusterVariable(name: "gear", codes: MTCars.codes(RegressionReferenceR.mtcarsGEAR))
        let r = try fitted.result(covariance: .twoWayCluster(carb, gear))
        #expect(r.notes.contains { $0.contains("negative eigenvalues set to zero") })
        let (values, _) = SymmetricEigen.decompose(r.covariance)
        #expect(values.allSatisfy { $0 >= -1e-12 * (values.max() ?? 1) })
        // Repair = clipping the eigen-decomposition of sandwich's matrix.
        let raw = try #require(Matrix(rows: 4, columns: 4, storage: RegressionReferenceR.olsCR1TwoWayCarbGearVcov))
        let clipped = try #require(SymmetricEigen.clippedToPositiveSemidefinite(raw))
        #expect(agrees(r.covariance.storage, clipped.storage, 1e-8))
    }

    @Test func longleyMatchesExactArithmetic() throws {
        let ds = try #require(nistLinearRegressionDatasets.first { $0.name == "Longley" })
        let (x, _) = ds.designMatrix()
        let names = (0..<x.columns).map { $0 == 0 ? "(Intercept)" : "x\($0)" }
        let f = try LinearModel(design: x, response: ds.y, termNames: names, hasIntercept: true).estimate()
        let years = ds.predictors[5]
        let periods = ClusterVariable(name: "period", codes: years.map { (Int($0) - 1947) / 4 })
        let cases: [(CovarianceEstimator, [String])] = [
            (.hc0, LongleySandwichExact.hc0), (.hc1, LongleySandwichExact.hc1), (.hc2, LongleySandwichExact.hc2),
            (.hc3, LongleySandwichExact.hc3), (.hc4, LongleySandwichExact.hc4), (.cluster(periods), LongleySandwichExact.cr1),
        ]
        for (est, ref) in cases {
            let se = try f.result(covariance: est).coefficients.map(\.standardError)
            for (j, s) in ref.enumerated() {
                let lre = logRelativeError(se[j], try #require(Double(s)))
                #expect(lre >= 11, "\(est.kind) SE(B\(j)) LRE \(lre)")
            }
        }
    }

    @Test func errors() throws {
        let short = ClusterVariable(name: "g", codes: [1, 2])
        #expect(throws: RegressionError.clusterLengthMismatch(name: "g", codes: 2, observations: 32)) {
            try fitted.result(covariance: .cluster(short))
        }
        let one = ClusterVariable(name: "g", codes: Array(repeating: 7, count: 32))
        #expect(throws: RegressionError.tooFewClusters(name: "g", clusters: 1)) {
            try fitted.result(covariance: .cluster(one))
        }
        #expect(throws: RegressionError.invalidLevel(1.5)) { try fitted.result(level: 1.5) }
        #expect(RegressionError.tooFewClusters(name: "g", clusters: 1).description.contains("at least 2"))
    }
}
