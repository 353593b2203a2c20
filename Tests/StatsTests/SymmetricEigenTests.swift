import Testing
@testable import Stats

@Suite struct SymmetricEigenTests {
    /// [[2, 1], [1, 2]] has eigenvalues 1 and 3 (exact).
    @Test func eigenvaluesOfKnownMatrix() throws {
        let a = try #require(Matrix(rowMajor: [[2, 1], [1, 2]]))
        let (values, _) = SymmetricEigen.decompose(a)
        #expect(agrees(values.sorted(), [1, 3], 1e-15))
        #expect(SymmetricEigen.clippedToPositiveSemidefinite(a) == nil)
    }

    /// [[1, 2], [2, 1]] has eigenvalues −1 and 3 with eigenvectors (1, ∓1)/√2:
    /// clipping gives 3·vvᵀ = [[1.5, 1.5], [1.5, 1.5]].
    @Test func clipsNegativeEigenvalues() throws {
        let a = try #require(Matrix(rowMajor: [[1, 2], [2, 1]]))
        let c = try #require(SymmetricEigen.clippedToPositiveSemidefinite(a))
        #expect(agrees(c.storage, [1.5, 1.5, 1.5, 1.5], 1e-14))
    }
}
