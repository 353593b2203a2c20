import Testing
@testable import Stats

@Suite struct MomentsTests {
    @Test func allTypesAgainstExactArithmetic() throws {
        // scripts/reference/moments.py: Joanes & Gill (1998) g/G/b from exact moments.
        let keys: [MomentEstimatorType: String] = [.type1: "moment", .type2: "adjusted", .type3: "minitab"]
        for c in try MomentsFixture.load().cases {
            let x = Fixtures.doubles(c.x)
            for (type, key) in keys {
                let skew = Fixtures.double(c.skewness[key] ?? "nan")
                let kurt = Fixtures.double(c.kurtosis[key] ?? "nan")
                let s = Descriptive.skewness(x, type: type), k = Descriptive.kurtosis(x, type: type)
                #expect(abs(s - skew) <= 1e-13 * max(1, abs(skew)), "\(c.name) skewness \(type)")
                #expect(abs(k - kurt) <= 1e-13 * max(1, abs(kurt)), "\(c.name) kurtosis \(type)")
            }
        }
    }

    @Test func defaultsAreG1G2() {
        let x = [1.0, 2, 2.5, 3, 3, 4, 8, 15.5, 40]
        #expect(Descriptive.skewness(x) == Descriptive.skewness(x, type: .type2))
        #expect(Descriptive.kurtosis(x) == Descriptive.kurtosis(x, type: .type2))
    }

    @Test func undefinedCases() {
        #expect(Descriptive.skewness([1, 2]).isNaN)
        #expect(!Descriptive.skewness([1, 2], type: .type1).isNaN)
        #expect(Descriptive.kurtosis([1, 2, 3]).isNaN)
        #expect(Descriptive.skewness([5, 5, 5, 5]).isNaN)
    }
}
