/// The meats `M` of Driscoll–Kraay, Newey–West and Beck–Katz (see
/// ``PanelCovariance``), from the kept design columns `x` (`n × k`,
/// column-major, demeaned with fixed effects) and the residuals `e`.
enum PanelCovarianceMeat {
    /// `Σ_t S_t S_tᵀ + Σ_{l=1}^{L} (1 − l/(L+1)) Σ_t (S_t S_{t−l}ᵀ + S_{t−l} S_tᵀ)` where
    /// `S_t = Σ_{i ∈ period t} xᵢ eᵢ` and periods are the sorted distinct time values.
    /// Returns the `k × k` meat, column-major, and the number of periods.
    static func bartlett(x: [Double], n: Int, k: Int, e: [Double], time: [Int], lag: Int) -> (meat: [Double], periods: Int) {
        let periods = Array(Set(time)).sorted()
        var index: [Int: Int] = [:]
        for (p, t) in periods.enumerated() { index[t] = p }
        let t = periods.count
        var s = [Double](repeating: 0, count: t * k)
        for i in 0..<n {
            guard let p = index[time[i]] else { continue }
            for a in 0..<k { s[p * k + a] += x[i + a * n] * e[i] }
        }
        var m = [Double](repeating: 0, count: k * k)
        for l in 0...max(0, min(lag, t - 1)) {
            let w = l == 0 ? 1.0 : 1 - Double(l) / Double(lag + 1)
            for p in l..<t {
                let q = p - l
                for b in 0..<k {
                    for a in 0..<k {
                        let v = s[p * k + a] * s[q * k + b]
                        if l == 0 {
                            m[a + b * k] += v
                        } else {
                            m[a + b * k] += w * v
                            m[b + a * k] += w * v
                        }
                    }
                }
            }
        }
        return (m, t)
    }

    /// Beck–Katz: `Σ̂` by `rule`, then `M = Σ_t X_tᵀ Σ̂_t X_t` over the units observed at `t`.
    static func beckKatz(
        x: [Double], n: Int, k: Int, e: [Double], unit: [Int], time: [Int], rule: PCSERule
    ) throws(PanelCovarianceError) -> (meat: [Double], notes: [String]) {
        let units = Array(Set(unit)).sorted()
        let periods = Array(Set(time)).sorted()
        var ui: [Int: Int] = [:], ti: [Int: Int] = [:]
        for (a, u) in units.enumerated() { ui[u] = a }
        for (a, t) in periods.enumerated() { ti[t] = a }
        let nu = units.count, nt = periods.count
        // Row of each (unit, period), −1 when absent.
        var cell = [Int](repeating: -1, count: nu * nt)
        for i in 0..<n {
            guard let a = ui[unit[i]], let b = ti[time[i]] else { continue }
            if cell[a * nt + b] >= 0 { throw .duplicateUnitTime(unit: unit[i], time: time[i]) }
            cell[a * nt + b] = i
        }
        let balanced = n == nu * nt
        var notes: [String] = []
        var sigma = [Double](repeating: 0, count: nu * nu)
        if balanced || rule == .casewise {
            let complete = (0..<nt).filter { b in (0..<nu).allSatisfy { cell[$0 * nt + b] >= 0 } }
            if complete.isEmpty { throw .noCompletePeriod(units: nu, periods: nt) }
            for a in 0..<nu {
                for c in a..<nu {
                    var s = 0.0
                    for b in complete { s += e[cell[a * nt + b]] * e[cell[c * nt + b]] }
                    sigma[a * nu + c] = s / Double(complete.count)
                    sigma[c * nu + a] = sigma[a * nu + c]
                }
            }
            if balanced {
                notes.append("panel-corrected standard errors (Beck & Katz 1995; R pcse, Stata xtpcse): balanced panel of \(nu) units × \(nt) periods, Σ̂_ij = Σ_t e_it e_jt / T, Ω = Σ̂ ⊗ I_T")
            } else {
                notes.append("panel-corrected standard errors (Beck & Katz 1995): unbalanced panel (\(n) of \(nu) × \(nt) unit-periods), Σ̂ by the casewise rule (R pcse's default, Stata xtpcse's): from the \(complete.count) period(s) in which all \(nu) units are observed")
                let average = Double(n) / Double(nu)
                if average / 2 > Double(complete.count) {
                    notes.append("caution (as R pcse warns): Σ̂ rests on \(complete.count) period(s), fewer than half the average \(String(format: "%.1f", average)) observations per unit; consider --vcov \"pcse(pairwise)\"")
                }
            }
        } else if rule == .pairwise {
            for a in 0..<nu {
                for c in a..<nu {
                    var s = 0.0
                    var count = 0
                    for b in 0..<nt {
                        let i = cell[a * nt + b], j = cell[c * nt + b]
                        if i >= 0 && j >= 0 { s += e[i] * e[j]; count += 1 }
                    }
                    if count == 0 { throw .noCommonPeriod(firstUnit: units[a], secondUnit: units[c]) }
                    sigma[a * nu + c] = s / Double(count)
                    sigma[c * nu + a] = sigma[a * nu + c]
                }
            }
            notes.append("panel-corrected standard errors (Beck & Katz 1995): unbalanced panel (\(n) of \(nu) × \(nt) unit-periods), Σ̂ by the pairwise rule (Franzese 1996; R pcse(pairwise = TRUE), Stata xtpcse, pairwise): Σ̂_ij = Σ e_it e_jt / T_ij over the periods units i and j share")
        } else {
            throw .unbalanced(observations: n, units: nu, periods: nt)
        }
        var m = [Double](repeating: 0, count: k * k)
        var present: [Int] = []
        var xs = [Double](repeating: 0, count: k)
        for b in 0..<nt {
            present.removeAll(keepingCapacity: true)
            for a in 0..<nu where cell[a * nt + b] >= 0 { present.append(a) }
            for a in present {
                // xs = Σ_c Σ̂_ac x_ct
                for d in 0..<k { xs[d] = 0 }
                for c in present {
                    let sg = sigma[a * nu + c]
                    let j = cell[c * nt + b]
                    for d in 0..<k { xs[d] += sg * x[j + d * n] }
                }
                let i = cell[a * nt + b]
                for d2 in 0..<k {
                    for d1 in 0..<k { m[d1 + d2 * k] += x[i + d1 * n] * xs[d2] }
                }
            }
        }
        return (m, notes)
    }
}
