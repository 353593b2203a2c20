import Testing
@testable import Stats

@Suite struct MeanTests {
    @Test func emptyIsNaN() { #expect(Descriptive.mean([]).isNaN) }

    @Test func exactMoments() throws {
        // scripts/reference/moments.py: exact Fraction mean, correctly rounded.
        for c in try MomentsFixture.load().cases {
            #expect(Descriptive.mean(Fixtures.doubles(c.x)) == Fixtures.double(c.mean), "\(c.name)")
        }
    }

    @Test func overflowingSumStillGivesTheMean() {
        let big = Double.greatestFiniteMagnitude
        #expect(Descriptive.mean([0.9 * big, 0.9 * big, 0.9 * big]) == 0.9 * big)
        #expect(Descriptive.mean([big, -big / 2]) == big / 4)
    }

    @Test func correctionPassFixesCancellation() {
        // 1e16 + 1 + (−1e16) in order loses the 1 in plain summation; the exact mean is 1/3.
        #expect(Descriptive.mean([1e16, 1, -1e16]) == 1.0 / 3)
    }

    @Test func compensatedSum() {
        var s = CompensatedSum()
        for v in [1.0, 1e100, 1.0, -1e100] { s.add(v) }
        #expect(s.value == 2)
    }
}

/// scripts/reference/moments.py fixture.
struct MomentsFixture: Decodable {
    struct Case: Decodable {
        var name: String
        var x: [String]
        var mean: String
        var variance: String
        var sd: String
        var acf1: String
        var skewness: [String: String]
        var kurtosis: [String: String]
    }
    var cases: [Case]
    static func load() throws -> MomentsFixture { try Fixtures.load("moments") }
}
