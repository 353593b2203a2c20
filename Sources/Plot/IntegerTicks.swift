// Whole-number ticks for axes of years and counts.

enum IntegerTicks {
    /// `ticks` when they are all whole numbers; otherwise ticks at the
    /// multiples of the step rounded up to a whole number (at least 1) within
    /// [a, b], so a 2012–2024 axis reads 2012, 2014, … and never 2012.5.
    static func adjusted(_ ticks: [Double], from a: Double, to b: Double) -> [Double] {
        guard ticks.contains(where: { $0.rounded() != $0 }) else { return ticks }
        let step0 = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let step = max(1, step0.rounded(.up))
        guard a.isFinite, b.isFinite, b >= a, (b - a) / step < 1000 else { return ticks.filter { $0.rounded() == $0 } }
        var out: [Double] = []
        var t = (a / step).rounded(.up) * step
        while t <= b + 1e-9 { out.append(t); t += step }
        return out
    }
}
