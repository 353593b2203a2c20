/// Level-1 kernels on contiguous `Double` buffers for the hot loops of the
/// least-squares code (the Householder block update, the sandwich meat).
///
/// Why explicit SIMD: Swift keeps IEEE semantics, so the optimiser never
/// reassociates a floating-point reduction and a plain `s += a[i] * b[i]` loop
/// runs one element at a time on one dependency chain. Here the sum is split
/// over 16 lanes (two `SIMD8` accumulators), which the compiler maps onto the
/// vector registers of the target. The result is the same dot product summed in
/// a different order: a blocked (pairwise-like) summation whose error bound,
/// `≈ (n/16 + 4)·u·Σ|aᵢbᵢ|`, is smaller than the sequential `n·u·Σ|aᵢbᵢ|`
/// (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed., §3.1
/// and §4.2). Elementwise updates (`axpy`) need no reassociation and are
/// written with the same vectors only so that they do not depend on the
/// auto-vectoriser.
enum DenseKernels {
    /// `Σᵢ a[i]·b[i]` for `i < n`.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int) -> Double {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var acc0 = SIMD8<Double>(), acc1 = SIMD8<Double>()
        var i = 0
        while i + 16 <= n {
            acc0 += ra.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
                * rb.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
            acc1 += ra.loadUnaligned(fromByteOffset: (i &+ 8) &* 8, as: SIMD8<Double>.self)
                * rb.loadUnaligned(fromByteOffset: (i &+ 8) &* 8, as: SIMD8<Double>.self)
            i &+= 16
        }
        if i + 8 <= n {
            acc0 += ra.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
                * rb.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
            i &+= 8
        }
        var s = (acc0 + acc1).sum()
        while i < n {
            s += a[i] * b[i]
            i &+= 1
        }
        return s
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
