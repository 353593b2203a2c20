import Foundation

/// Student's t distribution with ν > 0 degrees of freedom (ν = ∞ is the
/// standard normal).
///
/// Tails through the incomplete beta function: for t ≤ 0,
/// P(T ≤ t) = ½·I_x(ν/2, ½) with x = ν/(ν + t²) and 1 − x = t²/(ν + t²)
/// formed separately (Abramowitz & Stegun 26.7.1); the upper tail by symmetry.
/// Quantiles invert the upper tail on t ≥ 0 (safeguarded Newton on its
/// logarithm), starting from a Cornish–Fisher expansion (A&S 26.7.5) or,
/// for few degrees of freedom, from the power-law tail
/// P(T > t) ≈ ν^{ν/2−1} t^{−ν} / B(ν/2, ½).
public struct StudentT: ContinuousDistribution, Sendable, Hashable, Codable {
    public let degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) throws(DistributionError) {
        try DistributionError.check(!degreesOfFreedom.isNaN && degreesOfFreedom > 0, "StudentT", "degreesOfFreedom",
                                    degreesOfFreedom, "> 0 (use .infinity for the normal limit)")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// Short spelling of `init(degreesOfFreedom:)`; `df = .infinity` is the standard normal.
    public init(df: Double) throws(DistributionError) { try self.init(degreesOfFreedom: df) }

    public var mean: Double { degreesOfFreedom > 1 ? 0 : .nan }
    public var variance: Double {
        degreesOfFreedom > 2 ? (degreesOfFreedom.isInfinite ? 1 : degreesOfFreedom / (degreesOfFreedom - 2))
            : (degreesOfFreedom > 1 ? .infinity : .nan)
    }

    /// (x, 1 − x) for x = ν/(ν + t²), each without cancellation.
    private func betaArguments(_ t: Double) -> (x: Double, y: Double) {
        let nu = degreesOfFreedom
        let at = abs(t)
        if at > 1e100 { return (nu / at / at, 1) }
        let t2 = at * at
        let s = nu + t2
        return (nu / s, t2 / s)
    }

    /// (x, 1 − x) in double-double: t² exactly, then ν/(ν + t²) and t²/(ν + t²).
    private func exactBetaArguments(_ t: Double) -> (x: DoubleDouble, y: DoubleDouble)? {
        let at = abs(t)
        guard at < 1e100 else { return nil }
        let t2 = DoubleDouble.product(at, at)
        let s = t2 + degreesOfFreedom
        return (DoubleDouble(degreesOfFreedom) / s, t2 / s)
    }

    public func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if degreesOfFreedom.isInfinite { return Normal.standard.cdf(t) }
        if t == 0 { return 0.5 }
        if t.isInfinite { return t < 0 ? 0 : 1 }
        let (x, y) = betaArguments(t)
        let w = IncompleteBeta.regularized(x: x, y: y, a: degreesOfFreedom / 2, b: 0.5, exact: exactBetaArguments(t))
        return t < 0 ? 0.5 * w.lower : 0.5 + 0.5 * w.upper
    }

    /// P(|T| < t) for t ≥ 0, computed directly (the complement of the two tails).
    func centralProbability(_ t: Double) -> Double {
        if t <= 0 { return 0 }
        if t.isInfinite { return 1 }
        let (x, y) = betaArguments(t)
        return IncompleteBeta.regularized(x: x, y: y, a: degreesOfFreedom / 2, b: 0.5, exact: exactBetaArguments(t)).upper
    }

    public func sf(_ t: Double) -> Double { t.isNaN ? .nan : cdf(-t) }

    public func pdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if degreesOfFreedom.isInfinite { return Normal.standard.pdf(t) }
        let nu = degreesOfFreedom
        if t == 0 { return exp(-0.5 * log(nu) - IncompleteBeta.logBeta(nu / 2, 0.5)) }
        if t.isInfinite { return 0 }
        // d/dt ½·I_x(ν/2, ½) reduces to xᵃyᵇ/B(a, b) / |t|.
        let (x, y) = betaArguments(t)
        return exp(IncompleteBeta.logPowerTerms(x: x, y: y, a: nu / 2, b: 0.5)) / abs(t)
    }

    public func quantile(_ p: Double) -> Double { -upperQuantile(p) }

    public func upperQuantile(_ q: Double) -> Double {
        if q.isNaN || q < 0 || q > 1 { return .nan }
        if degreesOfFreedom.isInfinite { return Normal.standard.upperQuantile(q) }
        if q == 0 { return .infinity }
        if q == 1 { return -.infinity }
        if q == 0.5 { return 0 }
        if q > 0.5 { return -upperQuantile(1 - q) }   // 1 − q exact for q >= 1/2
        let nu = degreesOfFreedom
        if q > 0.25 {
            // Near the centre sf(t) = ½ − ½·P(|T| < t) rounds to an absolute 1e-17,
            // i.e. a relative error 1e-17/(t·pdf) in t (1e-10 at t = 1e-6). Solve
            // instead P(|T| < t) = I_y(½, ν/2) = 1 − 2q, exact for q in [¼, ½].
            let central = QuantileSolver(tail: .lower, function: { self.centralProbability($0) },
                                         density: { 2 * self.pdf($0) }, supportLower: 0)
            let z = Normal.standard.upperQuantile(q)
            return central.solve(target: 1 - 2 * q, guess: max(z, 1e-300))
        }
        // Starting value.
        let z = Normal.standard.upperQuantile(q)
        var guess = z + (z * z * z + z) / (4 * nu) + (5 * pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * nu * nu)
        let logTail = ((nu / 2 - 1) * log(nu) - IncompleteBeta.logBeta(nu / 2, 0.5) - log(q)) / nu
        if nu < 3 || !(guess > 0) { guess = max(guess.isFinite ? guess : 0, exp(logTail)) }
        if !(guess > 0) || !guess.isFinite { guess = 1 }
        let solver = QuantileSolver(tail: .upper, function: { self.sf($0) }, density: { self.pdf($0) }, supportLower: 0)
        return solver.solve(target: q, guess: guess)
    }
}
