import Testing
import Paradox

@Suite struct PointCorrelationTests {
    // R: cor(c(1,2,3,4,5), c(2,1,4,3,5)) = 0.8; cor(..., method = "spearman") = 0.8 (no ties).
    // R: cor(c(1,2,2,3), c(1,3,2,4), method = "spearman") = 0.9486832980505138 (ties: midranks).
    @Test func againstR() {
        #expect(close(PointCorrelation.pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]), 0.8, 1e-15))
        #expect(close(PointCorrelation.spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]), 0.8, 1e-15))
        #expect(close(PointCorrelation.spearman([1, 2, 2, 3], [1, 3, 2, 4]), 0.9486832980505138, 1e-14))
    }

    @Test func degenerate() {
        #expect(PointCorrelation.pearson([1, 1, 1], [1, 2, 3]) == nil)
        #expect(PointCorrelation.pearson([1, 2], [1, 2]) == nil)
    }
}
