import Testing
@testable import Stats

/// scripts/reference/boot_ci.R: boot::boot replicates and boot::boot.ci endpoints.
struct BootFixture: Decodable {
    struct Interval: Decodable {
        var level: String
        var normal, basic, percentile: [String]
        var bca_boot_centering, bca_efron_centering: [String]
    }
    struct Case: Decodable {
        var name, statistic: String
        var data: [[String]]
        var t0: String
        var replicates, jackknife: [String]
        var acceleration_boot, acceleration_efron: String
        var intervals: [Interval]
    }
    var cases: [Case]
    static func load() throws -> BootFixture { try Fixtures.load("boot_ci") }
}

@Suite struct BootstrapIntervalTests {
    /// Our interval code fed with R's replicates and our own jackknife reproduces boot.ci.
    @Test func sameReplicatesGiveBootCIEndpoints() throws {
        for c in try BootFixture.load().cases {
            let columns = c.data.map(Fixtures.doubles)
            let n = columns[0].count
            let statistic: ([Int]) -> Double = c.statistic == "pearson"
                ? { Bootstrap.pearson(columns[0], columns[1], $0) }
                : { idx in idx.reduce(0.0) { $0 + columns[0][$1] } / Double(idx.count) }
            let jackknife = (0..<n).map { i in statistic((0..<n).filter { $0 != i }) }
            for (ours, r) in zip(jackknife, Fixtures.doubles(c.jackknife)) {
                #expect(relativeDifference(ours, r) <= 1e-13, "\(c.name) jackknife")
            }
            let result = BootstrapResult(estimate: Fixtures.double(c.t0), replicates: Fixtures.doubles(c.replicates),
                                         jackknife: jackknife)
            for ci in c.intervals {
                let level = Fixtures.double(ci.level)
                let expected: [(BootstrapIntervalMethod, JackknifeCentering, [String])] = [
                    (.normal, .jackknifeMean, ci.normal), (.basic, .jackknifeMean, ci.basic),
                    (.percentile, .jackknifeMean, ci.percentile),
                    (.bca, .fullSampleEstimate, ci.bca_boot_centering), (.bca, .jackknifeMean, ci.bca_efron_centering),
                ]
                for (method, centering, r) in expected {
                    let interval = try result.interval(method, level: level, centering: centering)
                    let rr = Fixtures.doubles(r)
                    #expect(relativeDifference(interval.lower, rr[0]) <= 1e-12, "\(c.name) \(method) \(centering) lower \(level)")
                    #expect(relativeDifference(interval.upper, rr[1]) <= 1e-12, "\(c.name) \(method) \(centering) upper \(level)")
                    #expect(!interval.usesExtremeOrderStatistics)
                }
                let bca = try result.interval(.bca, level: level, centering: .fullSampleEstimate)
                #expect(relativeDifference(try #require(bca.acceleration), Fixtures.double(c.acceleration_boot)) <= 1e-12)
                let efron = try result.interval(.bca, level: level)
                #expect(relativeDifference(try #require(efron.acceleration), Fixtures.double(c.acceleration_efron)) <= 1e-12)
            }
        }
    }

    @Test func orderStatisticRule() {
        // B = 99, α = 0.05: (B+1)α = 5 is an integer, so the 5th order statistic, uninterpolated.
        let t = (1...99).map(Double.init)
        #expect(BootstrapIntervals.normalInterpolatedQuantile(sorted: t, 0.05).value == 5)
        let tiny = BootstrapIntervals.normalInterpolatedQuantile(sorted: t, 0.001)
        #expect(tiny.value == 1 && tiny.extreme)
    }

    @Test func errors() throws {
        let r = BootstrapResult(estimate: 0, replicates: [1, 2, 3], jackknife: [1, 2])
        #expect(throws: ResamplingError.bcaBiasInfinite) { try r.interval(.bca) }
        #expect(throws: ResamplingError.invalidLevel(1)) { try r.interval(.percentile, level: 1) }
        let flat = BootstrapResult(estimate: 2, replicates: [1, 2, 3], jackknife: [2, 2, 2])
        #expect(throws: ResamplingError.bcaAccelerationUndefined) { try flat.interval(.bca) }
        let none = BootstrapResult(estimate: 2, replicates: [.nan], jackknife: [2, 3])
        #expect(throws: ResamplingError.noFiniteReplicates) { try none.interval(.normal) }
        #expect(ResamplingError.bcaBiasInfinite.description
            == "BCa interval undefined: every bootstrap replicate lies on one side of the estimate (z0 infinite); use the percentile interval")
    }
}

/// Selection (`OrderStatistics`) returns exactly what a full sort puts at each rank,
/// with ties, after earlier queries have reordered the buffer, and on sorted and
/// reversed inputs (the median-of-three worst cases of plain quickselect).
@Suite struct OrderStatisticsTests {
    @Test func everyRankEqualsTheSortedArray() {
        var rng = Xoshiro256StarStar(seed: 5)
        for n in [1, 2, 3, 10, 257, 2_000] {
            let tied = (0..<n).map { _ in Double(RandomDraws.integer(below: 7, using: &rng)) }
            let distinct = (0..<n).map { _ in RandomDraws.uniform(using: &rng) }
            for values in [tied, distinct, distinct.sorted(), Array(distinct.sorted().reversed())] {
                let sorted = values.sorted()
                var os = OrderStatistics(values)
                for _ in 0..<20 {
                    let r = RandomDraws.index(below: n, using: &rng)
                    #expect(os.value(atRank: r) == sorted[r])
                }
                #expect(os.value(atRank: 0) == sorted[0] && os.value(atRank: n - 1) == sorted[n - 1])
            }
        }
    }

    /// Out-of-range ranks clamp to the ends and an empty sample gives NaN: no trap.
    @Test func outOfRangeNeverTraps() {
        var os = OrderStatistics([3, 1, 2])
        #expect(os.value(atRank: -1) == 1 && os.value(atRank: 3) == 3)
        var empty = OrderStatistics([])
        #expect(empty.value(atRank: 0).isNaN)
    }
}
