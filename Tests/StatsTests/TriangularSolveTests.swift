import Testing
@testable import Stats

@Suite struct TriangularSolveTests {
    // U = [[2, 1, 1], [0, 4, 2], [0, 0, 8]]; U x = b with x = (1, 2, 3) gives b = (7, 14, 24).
    let u = Matrix(rowMajor: [[2, 1, 1], [0, 4, 2], [0, 0, 8]])

    @Test func solveAndInverse() throws {
        let m = try #require(u)
        #expect(m.solvingUpperTriangular([7, 14, 24]) == [1, 2, 3])
        let inv = try #require(m.upperTriangularInverse())
        // Exact dyadic inverse: [[1/2, -1/8, -1/32], [0, 1/4, -1/16], [0, 0, 1/8]].
        #expect(inv.storage == [0.5, 0, 0, -0.125, 0.25, 0, -0.03125, -0.0625, 0.125])
        #expect(m.times(inv) == Matrix.identity(3))
        #expect(try #require(Matrix(rowMajor: [[1, 1], [0, 0]])).upperTriangularInverse() == nil)
    }

    @Test func covarianceFromInverseIsInverseOfGram() throws {
        let m = try #require(u)
        let inv = Triangular.invertUpper(m.storage, ld: 3, m: 3)
        let c = Matrix(rows: 3, columns: 3, storage: Triangular.gramOfInverse(inv, m: 3))
        let gram = m.transposeTimes(m)  // RᵀR; C must be its inverse
        let prod = try #require(c).times(gram)
        for i in 0..<3 { for j in 0..<3 { #expect(Swift.abs(prod[i, j] - (i == j ? 1 : 0)) < 1e-15) } }
        // κ₁(U) = ‖U‖₁ ‖U⁻¹‖₁ = max(2, 5, 11) · max(0.5, 0.375, 0.21875) = 5.5
        let k = Triangular.oneNorm(m.storage, ld: 3, m: 3) * Triangular.oneNorm(inv, ld: 3, m: 3)
        #expect(k == 5.5)
    }
}
