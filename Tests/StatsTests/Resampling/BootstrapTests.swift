import Testing
@testable import Stats

@Suite struct BootstrapTests {
    private let x = [3.0, 5, 7, 18, 43, 85, 91, 98, 100, 130, 230, 487]  // boot::aircondit hours

    private func mean(_ idx: [Int]) -> Double { idx.reduce(0.0) { $0 + x[$1] } / Double(idx.count) }

    @Test func reproducibleWithASeed() throws {
        let scheme = try CaseResampling(count: x.count)
        var a = Xoshiro256StarStar(seed: 7), b = Xoshiro256StarStar(seed: 7)
        let r1 = try Bootstrap.run(scheme: scheme, resamples: 500, using: &a, statistic: mean)
        let r2 = try Bootstrap.run(scheme: scheme, resamples: 500, using: &b, statistic: mean)
        #expect(r1 == r2)
        #expect(r1.estimate == Descriptive.mean(x))
        #expect(r1.jackknife.count == x.count && r1.replicates.count == 500)
    }

    @Test func standardErrorOfTheMean() throws {
        // The ideal bootstrap variance of the mean is σ̂²/n with σ̂² = Σ(x − x̄)²/n.
        var rng = Xoshiro256StarStar(seed: 2024)
        let result = try Bootstrap.run(scheme: try CaseResampling(count: x.count), resamples: 20_000, using: &rng, statistic: mean)
        let n = Double(x.count)
        let ideal = (Descriptive.variance(x) * (n - 1) / n / n).squareRoot()
        #expect(abs(result.standardError / ideal - 1) < 0.03)  // MC relative sd ≈ 1/√(2B) ≈ 0.005
        #expect(abs(result.bias) < 3 * ideal / 20_000.0.squareRoot() * 3)
    }

    @Test func progressIsReportedAndFinishes() throws {
        var calls: [(Int, Int)] = []
        var rng = Xoshiro256StarStar(seed: 1)
        _ = try Bootstrap.run(scheme: try CaseResampling(count: x.count), resamples: 1000, using: &rng,
                              progress: { calls.append(($0, $1)) }, statistic: mean)
        #expect(calls.last.map { $0 == (1000, 1000) } == true)
        #expect(calls.count <= 3)  // 1000 cheap resamples take far less than 50 ms
    }

    @Test func pearsonFastPathEqualsGenericPath() throws {
        let u = [576.0, 635, 558, 578, 666, 580, 555, 661, 651, 605, 653, 575, 545, 572, 594]
        let v = [3.39, 3.30, 2.81, 3.03, 3.44, 3.07, 3.00, 3.43, 3.36, 3.13, 3.12, 2.74, 2.76, 2.88, 2.96]
        var a = Xoshiro256StarStar(seed: 99), b = Xoshiro256StarStar(seed: 99)
        let fast = try Bootstrap.pearson(x: u, y: v, resamples: 2000, using: &a)
        let generic = try Bootstrap.run(scheme: try CaseResampling(count: u.count), resamples: 2000, using: &b) {
            Bootstrap.pearson(u, v, $0)
        }
        #expect(abs(fast.estimate - generic.estimate) < 1e-14)
        for (f, g) in zip(fast.replicates, generic.replicates) where g.isFinite {
            #expect(abs(f - g) < 1e-12)
        }
        for (f, g) in zip(fast.jackknife, generic.jackknife) { #expect(abs(f - g) < 1e-13) }
        #expect(throws: ResamplingError.lengthMismatch(x: 2, y: 3)) {
            try Bootstrap.pearson(x: [1, 2], y: [1, 2, 3], resamples: 10, using: &a)
        }
    }

    /// A generator type the fast overload does not know runs the generic path; with the
    /// same stream it must give bit-identical replicates to the `Xoshiro256StarStar` overload.
    @Test func pearsonConcreteOverloadEqualsGenericOverload() throws {
        struct Wrapped: RandomNumberGenerator {
            var inner: Xoshiro256StarStar
            mutating func next() -> UInt64 { inner.next() }
        }
        let u = (0..<57).map { Double($0 % 11) + 0.1 * Double($0) }
        let v = (0..<57).map { Double(($0 * 7) % 13) - 0.05 * Double($0) }
        var a = Xoshiro256StarStar(seed: 3)
        var b = Wrapped(inner: Xoshiro256StarStar(seed: 3))
        let concrete = try Bootstrap.pearson(x: u, y: v, resamples: 500, using: &a)
        let generic = try Bootstrap.pearson(x: u, y: v, resamples: 500, using: &b)
        #expect(concrete == generic)
        #expect(a == b.inner)
    }

    @Test func invalidArguments() {
        var rng = Xoshiro256StarStar(seed: 1)
        #expect(throws: ResamplingError.tooFewObservations(needed: 2, got: 1)) { try CaseResampling(count: 1) }
        #expect(throws: ResamplingError.invalidResampleCount(0)) {
            try Bootstrap.run(scheme: try CaseResampling(count: 3), resamples: 0, using: &rng) { _ in 0 }
        }
    }
}
