import Foundation

/// Inverts a tail function by safeguarded Newton iteration on its logarithm.
///
/// Solves ln T(x) = ln target for a monotone tail T (lower tail increasing,
/// upper tail decreasing) inside a bracket that is first widened
/// geometrically from a starting guess; every Newton step that leaves the
/// bracket is replaced by bisection (geometric bisection on a positive
/// domain). Working with ln T keeps the iteration well scaled for targets
/// down to 1e-300; the accuracy of the answer is that of T itself divided by
/// the elasticity |d ln T / d ln x|.
struct QuantileSolver {
    enum Tail { case lower, upper }

    var tail: Tail
    /// The tail probability at x.
    var function: (Double) -> Double
    var density: (Double) -> Double
    /// Lower end of the support (0 or −∞).
    var supportLower: Double

    func solve(target: Double, guess: Double) -> Double {
        let positive = supportLower == 0
        let logTarget = log(target)
        // g(x) = ln T(x) − ln target; increasing in x for the lower tail.
        func g(_ x: Double) -> Double {
            let t = function(x)
            return t > 0 ? log(t) - logTarget : -.infinity
        }
        let sign: Double = tail == .lower ? 1 : -1
        var x = guess.isFinite ? guess : (positive ? 1 : 0)
        if positive && x <= 0 { x = Double.leastNormalMagnitude * 1e10 }
        // Bracket [lo, hi] with sign·g(lo) <= 0 <= sign·g(hi).
        var lo = x, hi = x
        var glo = sign * g(lo), ghi = glo
        var step = positive ? 2.0 : max(1, abs(x))
        var expansions = 0
        while glo > 0 && expansions < 2000 {
            hi = lo; ghi = glo
            if positive { lo /= step; step = min(step * step, 1e10) } else { lo -= step; step *= 2 }
            if positive && lo < Double.leastNormalMagnitude { lo = 0; glo = -.infinity; break }
            glo = sign * g(lo)
            expansions += 1
        }
        expansions = 0
        while ghi < 0 && expansions < 2000 {
            lo = hi; glo = ghi
            let previous = hi
            if positive { hi *= step; step = min(step * step, 1e10) } else { hi += step; step *= 2 }
            // Try the largest finite double before giving up on a finite root.
            if !hi.isFinite {
                if previous == Double.greatestFiniteMagnitude { return .infinity }
                hi = Double.greatestFiniteMagnitude
            }
            ghi = sign * g(hi)
            expansions += 1
        }
        if glo == 0 { return lo }
        if ghi == 0 { return hi }
        x = min(max(x, lo), hi)
        if x == lo || x == hi { x = positive && lo > 0 ? lo.squareRoot() * hi.squareRoot() : (lo + hi) / 2 }
        for _ in 0..<300 {
            let t = function(x)
            let gx = sign * (t > 0 ? log(t) - logTarget : -.infinity)
            if gx == 0 { return x }
            if gx < 0 { lo = x } else { hi = x }
            var next = Double.nan
            let f = density(x)
            if t > 0, f > 0, gx.isFinite {
                // d ln T / dx = ±f/T
                next = x - gx / (f / t)
            }
            if !(next > lo && next < hi) {
                next = positive && lo > 0 ? lo.squareRoot() * hi.squareRoot() : (lo.isFinite ? (lo + hi) / 2 : hi - abs(hi) - 1)
            }
            if abs(next - x) <= 2 * Double.ulpOfOne * abs(x) || next == lo || next == hi {
                return next
            }
            if hi - lo <= 2 * Double.ulpOfOne * max(abs(lo), abs(hi)) { return next }
            x = next
        }
        return x
    }
}
