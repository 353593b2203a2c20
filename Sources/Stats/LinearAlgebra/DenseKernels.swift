/// Level-1 kernels on contiguous `Double` buffers for the hot loops of the
/// least-squares code (the Householder block update, the sandwich meat).
///
/// Why explicit SIMD: Swift keeps IEEE semantics, so the optimiser never
/// reassociates a floating-point reduction and a plain `s += a[i] * b[i]` loop
/// runs one element at a time on one dependency chain. Here the sum is split
/// over 8 lanes (one `SIMD8` accumulator), which the compiler maps onto the
/// vector registers of the target (four 2-lane registers with SSE2: two
/// accumulators per dot product spilled registers and ran slower). The result is the same dot product summed in
/// a different order: a blocked (pairwise-like) summation whose error bound,
/// `≈ (n/8 + 3)·u·Σ|aᵢbᵢ|`, is smaller than the sequential `n·u·Σ|aᵢbᵢ|`
/// (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed., §3.1
/// and §4.2). Elementwise updates (`axpy`) need no reassociation and are
/// written with the same vectors only so that they do not depend on the
/// auto-vectoriser.
enum DenseKernels {
    /// `Σᵢ a[i]·b[i]` for `i < n`.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int) -> Double {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        // One 8-lane accumulator: on a 2-wide target that is four independent chains,
        // enough to hide the addition latency without running out of registers.
        var acc = SIMD8<Double>()
        var i = 0
        while i + 8 <= n {
            acc += ra.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
                * rb.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
            i &+= 8
        }
        var s = acc.sum()
        while i < n {
            s += a[i] * b[i]
            i &+= 1
        }
        return s
    }

    /// `(Σ a[i]·b[i], Σ a[i]·c[i])`: two dot products sharing the loads of `a`
    /// (the Householder update applies one reflector to several columns). Each sum is
    /// formed exactly as `dot` forms it.
    @inline(__always)
    static func dot2(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafePointer<Double>, _ n: Int
    ) -> (Double, Double) {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b), rc = UnsafeRawPointer(c)
        var accB = SIMD8<Double>(), accC = SIMD8<Double>()
        var i = 0
        while i + 8 <= n {
            let av = ra.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
            accB += av * rb.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
            accC += av * rc.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
            i &+= 8
        }
        var sb = accB.sum(), sc = accC.sum()
        while i < n {
            sb += a[i] * b[i]
            sc += a[i] * c[i]
            i &+= 1
        }
        return (sb, sc)
    }

    /// `hi[i] + lo[i] += x[i]·b` with error-free transformations, element by element:
    /// the exact error of the product (Dekker's split, `DoubleDouble.splitProductError`;
    /// the caller guarantees no overflow) and of the sum (TwoSum) go into `lo`. The same
    /// operations as the scalar loop, written on vectors because the optimiser does not
    /// vectorise the scalar form (it cannot rule out that the three buffers overlap).
    @inline(__always)
    static func accumulateExactProducts(
        _ x: UnsafePointer<Double>, _ b: Double, hi: UnsafeMutablePointer<Double>, lo: UnsafeMutablePointer<Double>, _ n: Int
    ) {
        let split = 134_217_729.0
        let cb = split * b
        let bh = cb - (cb - b)
        let bl = b - bh
        let rx = UnsafeRawPointer(x), rh = UnsafeMutableRawPointer(hi), rl = UnsafeMutableRawPointer(lo)
        let bv = SIMD4<Double>(repeating: b), bhv = SIMD4<Double>(repeating: bh), blv = SIMD4<Double>(repeating: bl)
        var i = 0
        while i + 4 <= n {
            let off = i &* 8
            let xv = rx.loadUnaligned(fromByteOffset: off, as: SIMD4<Double>.self)
            let pr = xv * bv
            let c = split * xv
            let xh = c - (c - xv)
            let xl = xv - xh
            let pe = ((xh * bhv - pr) + xh * blv + xl * bhv) + xl * blv
            let h = rh.loadUnaligned(fromByteOffset: off, as: SIMD4<Double>.self)
            let s = h + pr
            let bb = s - h
            let se = (h - (s - bb)) + (pr - bb)
            rh.storeBytes(of: s, toByteOffset: off, as: SIMD4<Double>.self)
            let l = rl.loadUnaligned(fromByteOffset: off, as: SIMD4<Double>.self)
            rl.storeBytes(of: l + (pe + se), toByteOffset: off, as: SIMD4<Double>.self)
            i &+= 4
        }
        while i < n {
            let xv = x[i]
            let pr = xv * b
            let pe = DoubleDouble.splitProductError(xv, b, pr)
            let s = hi[i] + pr
            let bb = s - hi[i]
            let se = (hi[i] - (s - bb)) + (pr - bb)
            hi[i] = s
            lo[i] += pe + se
            i &+= 1
        }
    }

    /// `out[i] = Σ_{a < m} coefficients[a]·columns[a][i]` for `i < n`, summed over `a` in
    /// order (as repeated `addScaled` would, but each output written once and each
    /// input read once per chunk of rows).
    @inline(__always)
    static func linearCombination(
        _ columns: UnsafePointer<UnsafePointer<Double>>, _ coefficients: UnsafePointer<Double>, _ m: Int,
        into out: UnsafeMutablePointer<Double>, _ n: Int
    ) {
        let ro = UnsafeMutableRawPointer(out)
        var i = 0
        while i + 8 <= n {
            let off = i &* 8
            var acc = SIMD8<Double>(repeating: coefficients[0])
                * UnsafeRawPointer(columns[0]).loadUnaligned(fromByteOffset: off, as: SIMD8<Double>.self)
            var a = 1
            while a < m {
                acc += SIMD8<Double>(repeating: coefficients[a])
                    * UnsafeRawPointer(columns[a]).loadUnaligned(fromByteOffset: off, as: SIMD8<Double>.self)
                a &+= 1
            }
            ro.storeBytes(of: acc, toByteOffset: off, as: SIMD8<Double>.self)
            i &+= 8
        }
        while i < n {
            var s = coefficients[0] * columns[0][i]
            var a = 1
            while a < m {
                s += coefficients[a] * columns[a][i]
                a &+= 1
            }
            out[i] = s
            i &+= 1
        }
    }

    /// `y[i] −= f·x[i]` for `i < n`.
    @inline(__always)
    static func subtractScaled(_ f: Double, _ x: UnsafePointer<Double>, from y: UnsafeMutablePointer<Double>, _ n: Int) {
        let rx = UnsafeRawPointer(x), ry = UnsafeMutableRawPointer(y)
        let fv = SIMD8<Double>(repeating: f)
        var i = 0
        while i + 8 <= n {
            let v = ry.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
                - fv * rx.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
            ry.storeBytes(of: v, toByteOffset: i &* 8, as: SIMD8<Double>.self)
            i &+= 8
        }
        while i < n {
            y[i] -= f * x[i]
            i &+= 1
        }
    }

    /// `y[i] += f·x[i]` for `i < n`.
    @inline(__always)
    static func addScaled(_ f: Double, _ x: UnsafePointer<Double>, to y: UnsafeMutablePointer<Double>, _ n: Int) {
        subtractScaled(-f, x, from: y, n)
    }

    /// `true` when every `a[i]`, `i < n`, is finite: `a − a` is 0 for a finite
    /// value and NaN for ±∞ or NaN, and a NaN survives the sum.
    @inline(__always)
    static func allFinite(_ a: UnsafePointer<Double>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a)
        var acc = SIMD8<Double>()
        var i = 0
        while i + 8 <= n {
            let v = ra.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
            acc += v - v
            i &+= 8
        }
        var s = acc.sum()
        while i < n {
            s += a[i] - a[i]
            i &+= 1
        }
        return s == 0
    }
}
