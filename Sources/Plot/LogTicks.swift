// Tick positions for log10 axes.

/// Ticks for a log10 axis over data `[lo, hi]` (both > 0): the powers of ten
/// inside the range; when fewer than three fall inside (a short range, under
/// about two decades) the 2× and 5× multiples are added, and when that still
/// gives fewer than three, all of 1…9 × 10ⁿ. If the range holds too many
/// decades for `target` ticks, every k-th power is kept. Ticks are returned
/// in data units (not logs).
public enum LogTicks {
    public static func ticks(from lo: Double, to hi: Double, target: Int = 5) -> [Double] {
        guard lo > 0, hi > 0, lo.isFinite, hi.isFinite else { return [] }
        let a = min(lo, hi), b = max(lo, hi)
        let tol = 1e-9
        let e0 = log10(a).rounded(.down) - 1, e1 = log10(b).rounded(.up) + 1
        func inRange(_ v: Double) -> Bool { v >= a * (1 - tol) && v <= b * (1 + tol) }
        func multiples(_ ms: [Double]) -> [Double] {
            var out: [Double] = []
            var e = e0
            while e <= e1 {
                for m in ms { let v = m * exp10(e); if inRange(v) { out.append(v) } }
                e += 1
            }
            return out
        }
        var t = multiples([1])
        if t.count > max(target, 2) + 1 {
            // Thin out: keep every k-th decade, aligned so that 10^0 would be kept.
            let k = Int((Double(t.count) / Double(max(target, 2))).rounded(.up))
            t = t.filter { v in
                let e = Int(log10(v).rounded())
                return ((e % k) + k) % k == 0
            }
        }
        if t.count < 3 { t = multiples([1, 2, 5]) }
        if t.count < 3 { t = multiples([1, 2, 3, 4, 5, 6, 7, 8, 9]) }
        if t.isEmpty { return ExtendedTicks().ticks(from: a, to: b, target: target).filter { $0 > 0 } }
        return t
    }

    /// Labels for log ticks: plain decimals when every tick lies in
    /// [1e-3, 1e5], otherwise 10ⁿ (with m × 10ⁿ for non-powers).
    public static func labels(for ticks: [Double], format: NumberFormat = .plain) -> [RichText] {
        let plain = ticks.allSatisfy { $0 >= 1e-3 && $0 <= 1e5 }
        if plain {
            // Per-tick shortest form: 0.01, 0.1, 1, 10 (a shared precision
            // would write 10.00).
            return ticks.map { v in
                let (mult, suffix, sep): (Double, String, ThousandsSeparator) = {
                    switch format {
                    case .decimal(let s): return (1, "", s)
                    case .percent(let m, let s): return (m, "%", s)
                    }
                }()
                var s = DecimalText.trimmed(v * mult, decimals: 6)
                if let t = sep.text { s = DecimalText.grouped(s, separator: t) }
                return RichText(TickLabelFormatter.withMinus(s) + suffix)
            }
        }
        return ticks.map { TickLabelFormatter.scientific($0, suffix: "") }
    }
}
