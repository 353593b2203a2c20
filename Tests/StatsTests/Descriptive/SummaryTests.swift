import Testing
@testable import Stats

@Suite struct SummaryTests {
    @Test func fieldsAgreeWithTheFunctions() throws {
        let x = [1.0, 2, 2.5, 3, 3, 4, 8, 15.5, 40]
        let s = try Summary(x)
        #expect(s.n == 9)
        #expect(s.mean == Descriptive.mean(x))
        #expect(s.sd == Descriptive.standardDeviation(x))
        #expect(s.min == 1 && s.max == 40)
        // R: quantile(c(1,2,2.5,3,3,4,8,15.5,40), c(.25,.5,.75)) -> 2.5 3 8 (type 7)
        #expect(s.q1 == 2.5 && s.median == 3 && s.q3 == 8)
        #expect(s.skewness == Descriptive.skewness(x, type: .type2))
        #expect(s.kurtosis == Descriptive.kurtosis(x, type: .type2))
        #expect(s.acf1 == Descriptive.lag1Autocorrelation(x))
        #expect(s.quantileType == .type7 && s.momentType == .type2)
    }

    @Test func errors() {
        #expect(throws: DescriptiveError.emptySample) { try Summary([]) }
        #expect(throws: DescriptiveError.notANumber(index: 2)) { try Summary([1, 2, .nan]) }
        #expect(DescriptiveError.notANumber(index: 2).description
            == "the sample contains NaN at position 3: remove missing values before summarising")
    }

    @Test func singleObservation() throws {
        let s = try Summary([7])
        #expect(s.n == 1 && s.mean == 7 && s.median == 7)
        #expect(s.sd.isNaN && s.acf1.isNaN && s.skewness.isNaN)
    }
}
