import Testing
@testable import Stats

/// scripts/reference/p_adjust.R: stats::p.adjust(p, method) for six methods, eight vectors.
private struct PAdjustFixture: Decodable {
    struct Case: Decodable { var name: String; var p: [String]; var adjusted: [String: [String]] }
    var cases: [Case]
}

@Suite struct PValueAdjustmentTests {
    @Test func identicalToR() throws {
        let f = try Fixtures.load("p_adjust", as: PAdjustFixture.self)
        #expect(f.cases.count == 8)
        for c in f.cases {
            let p = Fixtures.doubles(c.p)
            for method in PValueAdjustment.allCases {
                let r = Fixtures.doubles(try #require(c.adjusted[method.rawValue]))
                let ours = try method.adjust(p)
                #expect(ours.count == r.count)
                for (i, (a, b)) in zip(ours, r).enumerated() {
                    #expect(relativeDifference(a, b) <= 1e-15, "\(c.name) \(method) [\(i)]: \(a) vs R \(b)")
                }
            }
        }
    }

    @Test func numberOfTestsLargerThanGiven() throws {
        // R: p.adjust(c(0.01, 0.02), "bonferroni", n = 5) -> 0.05 0.10
        #expect(try PValueAdjustment.bonferroni.adjust([0.01, 0.02], numberOfTests: 5) == [0.05, 0.1])
        #expect(throws: MultipleTestingError.tooFewTests(numberOfTests: 1, pValues: 2)) {
            try PValueAdjustment.holm.adjust([0.1, 0.2], numberOfTests: 1)
        }
    }

    @Test func invalidInput() throws {
        #expect(throws: MultipleTestingError.invalidPValue(index: 1, value: 1.5)) {
            try PValueAdjustment.benjaminiHochberg.adjust([0.1, 1.5])
        }
        #expect(MultipleTestingError.invalidPValue(index: 1, value: 1.5).description
            == "p-value 1.5 at position 2 is not in [0, 1]: remove missing p-values before adjusting")
        #expect(try PValueAdjustment.hommel.adjust([]) == [])
    }
}
