import Testing
@testable import Stats

@Suite struct WaldStatisticTests {
    /// bᵀV⁻¹b for V = [[4, 2], [2, 3]], b = (1, 2): V⁻¹ = [[3, −2], [−2, 4]]/8, so (3 − 8 + 16)/8 = 1.375.
    @Test func quadraticForm() throws {
        let v = try #require(Matrix(rowMajor: [[4, 2], [2, 3]]))
        #expect(agrees(WaldStatistic.quadraticForm(v, [1, 2]) ?? .nan, 1.375, 1e-15))
    }

    @Test func singularCovarianceGivesNil() throws {
        let v = try #require(Matrix(rowMajor: [[1, 1], [1, 1]]))
        #expect(WaldStatistic.quadraticForm(v, [1, 2]) == nil)
    }
}
