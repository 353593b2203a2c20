/// Triangular solves, inverse and 1-norm condition number for the upper-
/// triangular factor `R` of a QR factorisation, generic over the working
/// precision. `R` is stored column-major with leading dimension `ld`; only its
/// leading `m × m` upper triangle is read.
///
/// Back substitution is backward stable: the computed solution of `R x = b`
/// solves `(R + ΔR) x = b` with `|ΔR| ≤ m·u·|R|` componentwise (Higham,
/// *Accuracy and Stability of Numerical Algorithms*, 2nd ed., Thm 8.5), and the
/// result is invariant under column scaling of `R`, so its forward error is
/// governed by the condition of the column-equilibrated factor.
enum Triangular {
    /// Solves `R x = b` by back substitution.
    static func solveUpper<S: FactorizationScalar>(_ r: [S], ld: Int, m: Int, _ b: [S]) -> [S] {
        var x = b
        var i = m - 1
        while i >= 0 {
            var s = x[i]
            for j in (i + 1)..<max(m, i + 1) { s = s - r[i + j * ld] * x[j] }
            x[i] = s / r[i + i * ld]
            i -= 1
        }
        return x
    }

    /// `R⁻¹` (upper triangular, `m × m`, leading dimension `m`), column by column:
    /// column `j` solves `R x = e_j` on the leading `j+1` rows.
    static func invertUpper<S: FactorizationScalar>(_ r: [S], ld: Int, m: Int) -> [S] {
        var inv = [S](repeating: S.zero, count: m * m)
        for j in 0..<m {
            inv[j + j * m] = S.one / r[j + j * ld]
            var i = j - 1
            while i >= 0 {
                var s = S.zero
                for l in (i + 1)...j { s = s + r[i + l * ld] * inv[l + j * m] }
                inv[i + j * m] = -s / r[i + i * ld]
                i -= 1
            }
        }
        return inv
    }

    /// `R⁻¹ R⁻ᵀ` from `R⁻¹` (upper, `m × m`): entry `(i, j)` is
    /// `Σ_{l ≥ max(i,j)} R⁻¹[i,l] R⁻¹[j,l]`. This is `(XᵀX)⁻¹` for `X = QR`
    /// without ever forming or inverting `XᵀX` (Björck, *Numerical Methods for
    /// Least Squares Problems*, 1996, §1.3.3 / §2.8.3).
    static func gramOfInverse<S: FactorizationScalar>(_ inv: [S], m: Int) -> [S] {
        var c = [S](repeating: S.zero, count: m * m)
        for j in 0..<m {
            for i in 0...j {
                var s = S.zero
                for l in j..<m { s = s + inv[i + l * m] * inv[j + l * m] }
                c[i + j * m] = s
                c[j + i * m] = s
            }
        }
        return c
    }

    /// `‖A‖₁` (maximum absolute column sum) of an upper-triangular `m × m` matrix,
    /// optionally with column `j` divided by `scale[j]`, or row `i` multiplied by
    /// `rowScale[i]`.
    static func oneNorm<S: FactorizationScalar>(
        _ a: [S], ld: Int, m: Int, columnDivisor: [Double]? = nil, rowMultiplier: [Double]? = nil
    ) -> Double {
        var best = 0.0
        for j in 0..<m {
            var s = 0.0
            for i in 0...j {
                var v = Swift.abs(a[i + j * ld].doubleValue)
                if let rm = rowMultiplier { v *= rm[i] }
                s += v
            }
            if let cd = columnDivisor { s /= cd[j] }
            best = Swift.max(best, s)
        }
        return best
    }

    /// Solves `Rᵀ z = x` (forward substitution) and returns `‖z‖²`: the leverage
    /// `h = xᵀ(RᵀR)⁻¹x` of a row `x` without forming `Q` or the hat matrix.
    @inline(__always)
    static func leverage<S: FactorizationScalar>(
        _ r: UnsafePointer<S>, ld: Int, m: Int, row x: UnsafeMutablePointer<S>
    ) -> S {
        var h = S.zero
        for i in 0..<m {
            var s = x[i]
            for l in 0..<i { s = s - r[l + i * ld] * x[l] }
            let zi = s / r[i + i * ld]
            x[i] = zi
            h = h + zi * zi
        }
        return h
    }
}

extension Matrix {
    /// Solves `U x = b` for the upper triangle `U` of this square matrix (back substitution).
    /// Returns `nil` when the matrix is not square, `b` has the wrong length or a
    /// diagonal entry is zero.
    public func solvingUpperTriangular(_ b: [Double]) -> [Double]? {
        guard rows == columns, b.count == rows, diagonal.allSatisfy({ $0 != 0 }) else { return nil }
        return Triangular.solveUpper(storage, ld: rows, m: rows, b)
    }

    /// The inverse of the upper triangle of this square matrix, or `nil` when it
    /// is not square or singular (a zero diagonal entry).
    public func upperTriangularInverse() -> Matrix? {
        guard rows == columns, diagonal.allSatisfy({ $0 != 0 }) else { return nil }
        return Matrix(uncheckedRows: rows, columns: rows, storage: Triangular.invertUpper(storage, ld: rows, m: rows))
    }
}
