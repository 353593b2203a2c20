import Testing
@testable import Stats

@Suite struct HouseholderQRTests {
    @Test func knownFactor() throws {
        // X = [[3, 1], [4, 2]]: |R11| = 5, R12 = (3+8)/5 · sign, |R22| = |det X|/5 = 0.4.
        let x = try #require(Matrix(rowMajor: [[3, 1], [4, 2]]))
        let qr = HouseholderQR(x)
        #expect(qr.rank == 2 && qr.pivot == [0, 1])
        #expect(Swift.abs(Swift.abs(qr.r[0, 0]) - 5) < 1e-15)
        #expect(Swift.abs(qr.r[0, 1] / qr.r[0, 0] - 11.0 / 25) < 1e-15)
        #expect(Swift.abs(Swift.abs(qr.r[1, 1]) - 0.4) < 1e-15)
        #expect(qr.r[1, 0] == 0)
    }

    @Test func gramMatrixIsPreservedAcrossBlocks() throws {
        // 1000 rows span several row blocks: RᵀR must equal XᵀX.
        var rng = SplitMix64(seed: 7)
        let n = 1000, k = 4
        let cols = (0..<k).map { _ in (0..<n).map { _ in rng.nextUniform() - 0.5 } }
        let x = try #require(Matrix(columns: cols))
        let qr = HouseholderQR(x)
        let rtr = qr.r.transposeTimes(qr.r), xtx = x.transposeTimes(x)
        for i in 0..<k { for j in 0..<k { #expect(Swift.abs(rtr[i, j] - xtx[i, j]) <= 1e-12 * xtx[i, i]) } }
    }

    @Test func pivotingStrategies() throws {
        // Column 2 = column 0 + column 1 exactly; column 1 has the largest norm.
        let c0: [Double] = [1, 0, 2, 1, 0], c1: [Double] = [3, 5, 1, 4, 6]
        let x = try #require(Matrix(columns: [c0, c1, zip(c0, c1).map(+)]))
        let deferred = HouseholderQR(x)
        #expect(deferred.rank == 2 && deferred.pivot == [0, 1, 2])
        let moved = HouseholderQR(x.selectingColumns([2, 0, 1]))  // sum first: then c1 is the aliased one
        #expect(moved.rank == 2 && moved.pivot == [0, 1, 2])
        let withZero = HouseholderQR(try #require(Matrix(columns: [[0, 0, 0, 0, 0], c0, c1])))
        #expect(withZero.rank == 2 && withZero.pivot == [1, 2, 0])
        let bg = HouseholderQR(x, pivoting: .maxNorm)
        #expect(bg.rank == 2 && bg.pivot.first == 2)  // c0 + c1 has the largest norm
    }
}

/// Deterministic test data from Stats' SplitMix64 (Steele, Lea & Flood 2014).
extension SplitMix64 {
    init(seed: UInt64) { self.init(state: seed) }
    mutating func nextUniform() -> Double { Double(next() >> 11) * 0x1p-53 }
}
