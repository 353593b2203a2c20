/// Eigen-decomposition of a small symmetric matrix by the cyclic Jacobi method
/// (Golub & Van Loan, *Matrix Computations*, 4th ed., §8.5; Demmel & Veselić 1992:
/// Jacobi is accurate to high relative precision for well-scaled positive
/// definite matrices). Used to repair a two-way clustered covariance that is not
/// positive semi-definite, where `k` is small.
enum SymmetricEigen {
    /// Eigenvalues and eigenvectors (columns of `vectors`, column-major `k × k`).
    static func decompose(_ a: Matrix) -> (values: [Double], vectors: [Double]) {
        let k = a.rows
        var m = a.storage
        var v = [Double](repeating: 0, count: k * k)
        for i in 0..<k { v[i + i * k] = 1 }
        for _ in 0..<100 {
            var off = 0.0, total = 0.0
            for j in 0..<k { for i in 0..<k { let x = m[i + j * k] * m[i + j * k]; total += x; if i != j { off += x } } }
            if off <= 1e-34 * total || off == 0 { break }
            for p in 0..<k {
                for q in (p + 1)..<max(k, p + 1) {
                    let apq = m[p + q * k]
                    if apq == 0 { continue }
                    let theta = (m[q + q * k] - m[p + p * k]) / (2 * apq)
                    let t = (theta >= 0 ? 1.0 : -1.0) / (Swift.abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for r in 0..<k {
                        let arp = m[r + p * k], arq = m[r + q * k]
                        m[r + p * k] = c * arp - s * arq
                        m[r + q * k] = s * arp + c * arq
                    }
                    for r in 0..<k {
                        let apr = m[p + r * k], aqr = m[q + r * k]
                        m[p + r * k] = c * apr - s * aqr
                        m[q + r * k] = s * apr + c * aqr
                    }
                    for r in 0..<k {
                        let vrp = v[r + p * k], vrq = v[r + q * k]
                        v[r + p * k] = c * vrp - s * vrq
                        v[r + q * k] = s * vrp + c * vrq
                    }
                }
            }
        }
        return ((0..<k).map { m[$0 + $0 * k] }, v)
    }

    /// `V` with negative eigenvalues replaced by zero (Cameron, Gelbach & Miller
    /// 2011, §2.3), or `nil` when `V` is already positive semi-definite.
    static func clippedToPositiveSemidefinite(_ a: Matrix) -> Matrix? {
        let k = a.rows
        let (values, vectors) = decompose(a)
        if values.allSatisfy({ $0 >= 0 }) { return nil }
        var out = [Double](repeating: 0, count: k * k)
        for e in 0..<k where values[e] > 0 {
            for j in 0..<k {
                for i in 0..<k { out[i + j * k] += values[e] * vectors[i + e * k] * vectors[j + e * k] }
            }
        }
        return Matrix(uncheckedRows: k, columns: k, storage: out)
    }
}
