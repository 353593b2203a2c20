import Testing
@testable import Stats

/// scripts/reference/quantile_types.R: R's quantile(x, probs, type = 1..9).
private struct QuantileFixture: Decodable {
    struct Case: Decodable { var name: String; var x: [String]; var quantiles: [[String]] }
    var probs: [String]
    var cases: [Case]
}

@Suite struct QuantileTests {
    @Test func allNineTypesMatchR() throws {
        let f = try Fixtures.load("quantile_types", as: QuantileFixture.self)
        let probs = Fixtures.doubles(f.probs)
        for c in f.cases {
            let x = Fixtures.doubles(c.x)
            for type in QuantileType.allCases {
                let ours = try Descriptive.quantiles(x, probs, type: type)
                let r = Fixtures.doubles(c.quantiles[type.rawValue - 1])
                for (i, (a, b)) in zip(ours, r).enumerated() {
                    #expect(relativeDifference(a, b) <= 1e-15, "\(c.name) type \(type.rawValue) p = \(probs[i]): \(a) vs R \(b)")
                }
            }
        }
    }

    @Test func defaultIsType7AndMedian() throws {
        #expect(QuantileType.default == .type7)
        #expect(try Descriptive.quantile([1, 2, 3, 4], 0.25) == 1.75)
        #expect(try Descriptive.median([4, 1, 3, 2]) == 2.5)
        #expect(try Descriptive.median([5, 1, 3]) == 3)
    }

    @Test func errors() {
        #expect(throws: DescriptiveError.probabilityOutOfRange(1.5)) { try Descriptive.quantile([1, 2], 1.5) }
        #expect(throws: DescriptiveError.notANumber(index: 1)) { try Descriptive.quantile([1, .nan], 0.5) }
        #expect((try? Descriptive.quantile([], 0.5))?.isNaN == true)
        #expect(DescriptiveError.probabilityOutOfRange(1.5).description
            == "probability 1.5 is outside [0, 1]: quantiles are defined for probabilities between 0 and 1")
    }
}
