// Whole-number ticks for axes of years and counts.
import Foundation

enum IntegerTicks {
    /// `ticks` when they are all whole numbers; otherwise ticks at the
    /// multiples of the whole "nice" step (1, 2 or 5 × 10ᵏ, at least 1) nearest
    /// to the chosen step, within [a, b]: a 2012–2024 axis whose extended
    /// ticks had a step of 2.5 reads 2012, 2014, …, 2024 — never 2012.5.
    static func adjusted(_ ticks: [Double], from a: Double, to b: Double) -> [Double] {
        guard ticks.contains(where: { $0.rounded() != $0 }) else { return ticks }
        let step0 = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let step = niceWholeStep(near: step0)
        guard a.isFinite, b.isFinite, b >= a, (b - a) / step < 1000 else { return ticks.filter { $0.rounded() == $0 } }
        var out: [Double] = []
        var t = (a / step).rounded(.up) * step
        while t <= b + 1e-9 { out.append(t); t += step }
        return out
    }

    /// The number among 1, 2, 5, 10, 20, 50, … closest to `s` (ties to the larger).
    static func niceWholeStep(near s: Double) -> Double {
        guard s.isFinite, s > 1 else { return 1 }
        var best = 1.0
        var k = 1.0
        while k <= s * 10 {
            for m in [1.0, 2, 5] {
                let c = m * k
                if abs(c - s) < abs(best - s) || (abs(c - s) == abs(best - s) && c > best) { best = c }
            }
            k *= 10
        }
        return best
    }
}
