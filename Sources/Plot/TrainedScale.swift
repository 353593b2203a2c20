// A position scale trained on data: a domain, ticks and a map to points.

/// A position scale after training. Positions are computed in "scale units"
/// (transformed data for continuous scales, category units for categorical
/// ones) and mapped linearly onto the panel.
public struct TrainedScale: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case continuous(ContinuousScale)
        case categorical(levels: [String], reversed: Bool)
    }
    public var kind: Kind
    /// Domain in scale units after expansion: `[lower, upper]`, lower < upper.
    public var lower: Double
    public var upper: Double
    /// Tick positions in data units (continuous) or level indices (categorical).
    public var ticks: [PlotValue]
    public var tickLabels: [RichText]

    /// Scale units of a value (transformed number, or level index + 1); nil if
    /// the value does not belong on this scale (non-positive on log, unknown
    /// category, number on a categorical scale).
    public func scaleUnits(_ v: PlotValue) -> Double? {
        switch (kind, v) {
        case (.continuous(let c), .number(let x)):
            guard x.isFinite else { return nil }
            if c.transform == .log10 { return x > 0 ? log10(x) : nil }
            return x
        case (.categorical(let levels, _), .category(let s)):
            return levels.firstIndex(of: s).map { Double($0 + 1) }
        default:
            return nil
        }
    }

    /// Scale units of a number on a continuous scale (`x` itself or log10 x).
    public func scaleUnits(number x: Double) -> Double? { scaleUnits(.number(x)) }

    var isReversed: Bool {
        switch kind {
        case .continuous(let c): return c.reversed
        case .categorical(_, let r): return r
        }
    }

    /// Fraction of the way along the axis (0 at the start: left for x, bottom
    /// for y), before reversal is applied.
    func fraction(units u: Double) -> Double {
        var f = (u - lower) / (upper - lower)
        // Issue 18.2: a range wider than the largest Double (−1.7e308 to 1.7e308) overflows
        // upper − lower; halving every term is exact and cannot overflow.
        if !f.isFinite, !(upper - lower).isFinite { f = (u / 2 - lower / 2) / (upper / 2 - lower / 2) }
        return isReversed ? 1 - f : f
    }

    /// Horizontal position in points in a panel spanning `[minX, maxX]`.
    public func mapX(units u: Double, in panel: Rect) -> Double { panel.minX + fraction(units: u) * panel.width }
    /// Vertical position in points (y down) in a panel: the axis start is at the bottom.
    public func mapY(units u: Double, in panel: Rect) -> Double { panel.maxY - fraction(units: u) * panel.height }

    /// Points per scale unit along an axis of `length` points.
    public func pointsPerUnit(length: Double) -> Double { length / (upper - lower) }
}

/// The data extent of one axis collected from the layers.
struct AxisExtent: Sendable {
    var numbers: [Double] = []
    var categories: [String] = []
    var hasTiles = false

    mutating func add(_ v: PlotValue) {
        switch v {
        case .number(let x): if x.isFinite { numbers.append(x) }
        case .category(let c): if !categories.contains(c) { categories.append(c) }
        }
    }
    mutating func merge(_ o: AxisExtent) {
        numbers += o.numbers
        for c in o.categories where !categories.contains(c) { categories.append(c) }
        hasTiles = hasTiles || o.hasTiles
    }
}

enum ScaleTrainer {
    /// Trains `scale` (nil: inferred) on `extent`. Zero-width data ranges are
    /// widened to ±0.5 around 0 or ±10 % around a non-zero value before
    /// expansion, so a single value still gets an axis with ticks around it.
    static func train(_ scale: PositionScale?, extent: AxisExtent, axisName: String,
                      warnings: inout [String]) -> TrainedScale {
        let inferred: PositionScale = (!extent.categories.isEmpty && extent.numbers.isEmpty) ? .categorical : .linear
        let resolved = scale ?? inferred
        switch resolved {
        case .categorical(let c):
            var levels = c.levels ?? []
            for cat in extent.categories where !levels.contains(cat) { levels.append(cat) }
            if !extent.numbers.isEmpty {
                warnings.append("\(axisName) axis is categorical: \(extent.numbers.count) numeric value(s) ignored; give categories or use a continuous scale")
            }
            let n = Double(max(levels.count, 1))
            let e = c.expansion ?? (extent.hasTiles ? Expansion(additive: 0.5) : .categoricalDefault)
            let w = n - 1
            let lo = 1 - e.multiplicative * w - e.additive, hi = n + e.multiplicative * w + e.additive
            let safeLo = hi > lo ? lo : lo - 0.5, safeHi = hi > lo ? hi : hi + 0.5
            return TrainedScale(kind: .categorical(levels: levels, reversed: c.reversed), lower: safeLo, upper: safeHi,
                                ticks: levels.map { .category($0) }, tickLabels: levels.map { RichText($0) })
        case .continuous(let c):
            if !extent.categories.isEmpty {
                warnings.append("\(axisName) axis is continuous: \(extent.categories.count) categorical value(s) ignored; use a categorical scale")
            }
            var values = extent.numbers
            if c.transform == .log10 {
                let bad = values.filter { $0 <= 0 }.count
                if bad > 0 { warnings.append("\(axisName) axis is log10: \(bad) value(s) ≤ 0 cannot be shown and were dropped") }
                values = values.filter { $0 > 0 }
            }
            func t(_ x: Double) -> Double { c.transform == .log10 ? log10(x) : x }
            func inv(_ u: Double) -> Double { c.transform == .log10 ? exp10(u) : u }
            var lo = values.min().map(t), hi = values.max().map(t)
            if let l = c.lower, c.transform == .linear || l > 0 { lo = t(l) }
            if let u = c.upper, c.transform == .linear || u > 0 { hi = t(u) }
            // No data and no limits: an arbitrary unit domain.
            var a = lo ?? hi ?? 0, b = hi ?? lo ?? 1
            if lo == nil && hi == nil { a = 0; b = 1 }
            if a > b { swap(&a, &b) }
            if b - a <= 1e-12 * max(abs(a), 1) {
                let half = c.transform == .log10 ? 0.5 : (a == 0 ? 0.5 : abs(a) * 0.1)
                a -= half; b += half
            }
            let e = c.expansion ?? (extent.hasTiles ? .none : .continuousDefault)
            let w = b - a
            let lower = a - e.multiplicative * w - e.additive, upper = b + e.multiplicative * w + e.additive
            var ticks: [Double]
            if let br = c.breaks {
                ticks = br
            } else if c.transform == .log10 {
                ticks = LogTicks.ticks(from: inv(a), to: inv(b), target: c.tickTarget)
            } else {
                ticks = ExtendedTicks().ticks(from: a, to: b, target: c.tickTarget)
                if c.integerTicks { ticks = IntegerTicks.adjusted(ticks, from: a, to: b) }
            }
            let slack = 1e-9 * (upper - lower)
            ticks = ticks.filter { v in
                guard let u = (c.transform == .log10 ? (v > 0 ? log10(v) : nil) : v) else { return false }
                return u >= lower - slack && u <= upper + slack
            }
            let labels = c.transform == .log10 ? LogTicks.labels(for: ticks, format: c.format)
                                               : TickLabelFormatter.labels(for: ticks, format: c.format)
            return TrainedScale(kind: .continuous(c), lower: lower, upper: upper,
                                ticks: ticks.map { .number($0) }, tickLabels: labels)
        }
    }
}
