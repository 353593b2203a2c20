import Testing
@testable import Modeling

@Suite struct RNumberFormatTests {
    /// `as.character(x)` in R 4.x for the values in
    /// scripts/reference/modeling_model_matrix.R (fixture r_number_format.tsv).
    @Test func matchesRAsCharacter() throws {
        let rows = try Fixture.lines("r_number_format.tsv")
        #expect(rows.count == 19)
        for row in rows {
            let value = try #require(Double(row[0]))
            #expect(formatNumberLikeR(value) == row[1], "\(row[0])")
        }
        #expect(formatNumberLikeR(.infinity) == "Inf")
        #expect(formatNumberLikeR(-.infinity) == "-Inf")
    }
}
