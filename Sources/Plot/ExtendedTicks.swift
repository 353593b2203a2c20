// Tick positions for continuous axes.

/// Extended Wilkinson tick selection (Talbot, Lin & Hanrahan 2010, "An
/// extension of Wilkinson's algorithm for positioning tick labels on axes",
/// IEEE Trans. Visualization and Computer Graphics 16(6), InfoVis 2010).
///
/// Searches label sequences `lmin, lmin + s, …, lmax` with step
/// `s = j · q · 10^z` (`q` from the nice-number list `Q`, `j` a skip factor,
/// `k` labels) and maximises
///
///     w₁·simplicity + w₂·coverage + w₃·density + w₄·legibility
///
/// where simplicity = 1 − (i − 1)/(|Q| − 1) − j + v (i the index of q in Q,
/// v = 1 when zero is a label), coverage = 1 − ½((dmax − lmax)² + (dmin − lmin)²)/(0.1·(dmax − dmin))²,
/// density = 2 − max(r/rₜ, rₜ/r) with r = (k − 1)/(lmax − lmin) and rₜ = (m − 1)/(max(lmax, dmax) − min(lmin, dmin)),
/// legibility = 1. The search is pruned with the paper's upper bounds, so it is
/// exact for these scores. Defaults are the paper's (and R `labeling::extended`):
/// Q = [1, 5, 2, 2.5, 4, 3], w = [0.25, 0.2, 0.5, 0.05], only-loose off.
public struct ExtendedTicks: Sendable, Hashable, Codable {
    public var niceNumbers: [Double]
    public var weights: [Double]
    /// When true, the first and last tick must enclose the data.
    public var onlyLoose: Bool

    public init(niceNumbers: [Double] = [1, 5, 2, 2.5, 4, 3],
                weights: [Double] = [0.25, 0.2, 0.5, 0.05], onlyLoose: Bool = false) {
        self.niceNumbers = niceNumbers; self.weights = weights; self.onlyLoose = onlyLoose
    }

    /// About `target` ticks for data in `[dmin, dmax]`. A zero-width range
    /// returns the single value; non-finite input returns no ticks.
    public func ticks(from dmin: Double, to dmax: Double, target: Int = 5) -> [Double] {
        guard dmin.isFinite, dmax.isFinite else { return [] }
        let lo = min(dmin, dmax), hi = max(dmin, dmax)
        // A range wider than the largest Double (e.g. −1.7e308 to 1.7e308) overflows hi − lo:
        // tick a tenth of it and scale back (nice numbers stay nice), so nothing below overflows.
        if !(hi - lo).isFinite {
            return ticks(from: lo / 10, to: hi / 10, target: target).map { $0 * 10 }.filter(\.isFinite)
        }
        let eps = Double.ulpOfOne * 100
        if hi - lo < eps * max(1, abs(lo)) { return [lo] }
        let m = Double(max(target, 2))
        let q = niceNumbers.isEmpty ? [1.0] : niceNumbers
        let w = weights.count == 4 ? weights : [0.25, 0.2, 0.5, 0.05]
        let n = Double(q.count)

        func simplicity(_ i: Int, _ j: Double, _ lmin: Double, _ lmax: Double, _ step: Double) -> Double {
            let r = lmin - step * (lmin / step).rounded(.down)   // floored modulo, as R's %%
            let v: Double = ((r < eps || step - r < eps) && lmin <= 0 && lmax >= 0) ? 1 : 0
            return 1 - Double(i) / max(n - 1, 1) - j + v
        }
        func simplicityMax(_ i: Int, _ j: Double) -> Double { 1 - Double(i) / max(n - 1, 1) - j + 1 }
        func coverage(_ lmin: Double, _ lmax: Double) -> Double {
            let range = hi - lo
            return 1 - 0.5 * ((hi - lmax) * (hi - lmax) + (lo - lmin) * (lo - lmin)) / ((0.1 * range) * (0.1 * range))
        }
        func coverageMax(_ span: Double) -> Double {
            let range = hi - lo
            guard span > range else { return 1 }
            let half = (span - range) / 2
            return 1 - 0.5 * (2 * half * half) / ((0.1 * range) * (0.1 * range))
        }
        func density(_ k: Double, _ lmin: Double, _ lmax: Double) -> Double {
            let r = (k - 1) / (lmax - lmin)
            let rt = (m - 1) / (max(lmax, hi) - min(lo, lmin))
            return 2 - max(r / rt, rt / r)
        }
        func densityMax(_ k: Double) -> Double { k >= m ? 2 - (k - 1) / (m - 1) : 1 }

        var best: (lmin: Double, lmax: Double, step: Double, score: Double)? = nil
        var bestScore = -2.0
        var j = 1.0
        outer: while j < 1000 {
            for (i, qv) in q.enumerated() {
                let sm = simplicityMax(i, j)
                if w[0] * sm + w[1] + w[2] + w[3] < bestScore { break outer }
                var k = 2.0
                while k < 1000 {
                    let dm = densityMax(k)
                    if w[0] * sm + w[1] + w[2] * dm + w[3] < bestScore { break }
                    let delta = (hi - lo) / (k + 1) / j / qv
                    var z = log10(delta).rounded(.up)  // a whole number already; no Int round trip (issue 18.2)
                    while z < 400 {
                        let step = j * qv * pow10(z)
                        let cm = coverageMax(step * (k - 1))
                        if w[0] * sm + w[1] * cm + w[2] * dm + w[3] < bestScore { break }
                        let minStart = (hi / step).rounded(.down) * j - (k - 1) * j
                        let maxStart = (lo / step).rounded(.up) * j
                        if minStart > maxStart { z += 1; continue }
                        var start = minStart
                        while start <= maxStart {
                            let lmin = start * (step / j)
                            let lmax = lmin + step * (k - 1)
                            let s = simplicity(i, j, lmin, lmax, step)
                            let c = coverage(lmin, lmax)
                            let g = density(k, lmin, lmax)
                            let score = w[0] * s + w[1] * c + w[2] * g + w[3]
                            if score > bestScore && (!onlyLoose || (lmin <= lo && lmax >= hi)) {
                                bestScore = score
                                best = (lmin, lmax, step, score)
                            }
                            start += 1
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
        guard let b = best else { return [lo, hi] }
        guard let spans = Int(exactly: ((b.lmax - b.lmin) / b.step).rounded()), spans >= 0, spans < 10_000 else { return [lo, hi] }  // checked
        let count = spans + 1
        // Multiply rather than accumulate so 0.1-steps do not drift; snap tiny
        // residues at zero to zero.
        return (0..<count).map { idx in
            let v = b.lmin + Double(idx) * b.step
            return abs(v) < b.step * 1e-10 ? 0 : v
        }
    }
}

