import Testing
@testable import Stats

@Suite struct CorrelationMatrixTests {
    /// Pairwise-complete cor.test per pair and p.adjust (holm, BH) over the 6 pairs, in R.
    @Test func pairwiseCompleteWithAdjustment() throws {
        let ref = try PartialReference.load()
        let names = ["x", "y", "w", "z1"]
        let columns = [ref.x_missing, ref.y, ref.w, ref.z1].map(Fixtures.doubles)
        let holm = try Correlation.matrix(names: names, columns: columns, adjustment: .holm)
        let bh = try Correlation.matrix(names: names, columns: columns, adjustment: .benjaminiHochberg)
        #expect(holm.pairs.count == 6 && ref.matrix.count == 6)
        for (k, c) in ref.matrix.enumerated() {
            let p = holm.pairs[k]
            #expect(p.first == c.first && p.second == c.second)
            #expect(p.test.n == c.n)
            #expect(close(p.test.estimate, Fixtures.double(c.estimate), rel: 1e-13))
            #expect(close(p.test.pValue, Fixtures.double(c.p_value), rel: 1e-10))
            #expect(close(p.adjustedPValue, Fixtures.double(c.holm), rel: 1e-10))
            #expect(close(bh.pairs[k].adjustedPValue, Fixtures.double(c.BH), rel: 1e-10))
        }
        #expect(holm.estimate(1, 0) == holm.pairs[0].test.estimate && holm.estimate(2, 2) == 1)
        let plain = try Correlation.matrix(names: names, columns: columns)
        #expect(plain.pairs.allSatisfy { $0.adjustedPValue == $0.test.pValue })
    }

    @Test func zeroVarianceNamesTheVariable() {
        #expect(throws: CorrelationError.zeroVariance(variable: "b (pair a, b)")) {
            try Correlation.matrix(names: ["a", "b"], columns: [[1, 2, 3, 4], [1, 1, 1, 1]])
        }
    }
}
