// Style options any plot takes: font, text size, palette, axis limits and
import Foundation
// log axes, as typed values applied to a built `Chart` spec.

/// Named discrete palettes for groups.
public enum NamedPalette: String, Sendable, Hashable, Codable, CaseIterable {
    /// Okabe & Ito (2008), the default: eight colours distinct for colour-blind readers.
    case okabeIto = "okabe-ito"
    /// Evenly spaced colours of viridis (van der Walt & Smith 2015) from dark
    /// purple to green-yellow (the palest 10 % is left out: it vanishes on white).
    case viridis
    /// Greys from black to 70 % grey, for print in black and white; groups
    /// are told apart by shapes and dashes.
    case grey

    /// `n` colours for `n` groups (Okabe–Ito repeats after eight; dashes and shapes then separate them).
    public func colors(count n: Int) -> [Color] {
        let k = max(n, 1)
        switch self {
        case .okabeIto:
            return OkabeIto.groupOrder
        case .viridis:
            return (0..<k).map { ColorMap.viridis.color(at: k == 1 ? 0 : 0.9 * Double($0) / Double(k - 1)) }
        case .grey:
            return (0..<k).map { i in
                let v = k == 1 ? 0 : 0.7 * Double(i) / Double(k - 1)
                return Color(red: v, green: v, blue: v)
            }
        }
    }

    /// The colour of a single highlighted group (a scatter's highlight).
    public var accent: Color {
        switch self {
        case .okabeIto: return OkabeIto.blue
        case .viridis: return ColorMap.viridis.color(at: 0.3)
        case .grey: return .black
        }
    }

    /// A discrete palette for `n` groups: colours, the seven point shapes and,
    /// for lines, dash patterns that change every colour cycle (so that 12 or
    /// more lines stay distinct: colour × dash × shape).
    public func discrete(count n: Int) -> DiscretePalette {
        var p = DiscretePalette(colors: colors(count: n), shapes: Array(PointShape.groupOrder.prefix(7)))
        p.dashes = LineDashes.cycle
        // Greys are hard to tell apart: change the dash with every group.
        p.dashPeriod = self == .grey ? 1 : p.colors.count
        return p
    }
}

/// Dash patterns for series beyond the first colour cycle.
public enum LineDashes {
    /// Solid, dashed, dotted, dash-dot, long dash (in points, for 0.75 pt lines).
    public static let cycle: [[Double]] = [[], [3, 1.5], [0.75, 1.25], [3, 1.2, 0.75, 1.2], [6, 2]]
}

/// Limits of a continuous axis in data units (a zoom, like ggplot2's
/// `coord_cartesian(xlim = )`: data outside are clipped at the panel edge,
/// fits and statistics still use every row).
public struct AxisLimits: Sendable, Hashable, Codable {
    public let lower: Double
    public let upper: Double
    /// Limits with `lower < upper`, both finite.
    public init(lower: Double, upper: Double) throws(ChartStyleError) {
        guard lower.isFinite, upper.isFinite, lower < upper else { throw .invalidLimits(lower: lower, upper: upper) }
        self.lower = lower; self.upper = upper
    }
}

/// Whether a plot writes its statistical annotation (a scatter's r and n).
public enum AnnotationMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// The plot's own annotation (default).
    case auto
    /// No annotation.
    case none
}

/// Errors of style options.
public enum ChartStyleError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidLimits(lower: Double, upper: Double)
    /// A log axis over data with values ≤ 0.
    case nonPositiveOnLog(axis: String, variable: String, count: Int, minimum: Double)
    /// Limits ≤ 0 on a log axis.
    case nonPositiveLimitOnLog(axis: String, lower: Double)
    case invalidFontSize(Double)
    case invalidFont(String)
    /// Class breaks of a binned map that are not increasing finite numbers.
    case invalidBreaks([Double])

    public var description: String {
        switch self {
        case let .invalidLimits(lo, hi):
            return "limits \(lo),\(hi): give two finite numbers, the lower first, e.g. 0,1"
        case let .nonPositiveOnLog(axis, v, n, m):
            return "--log-\(axis): \(v) has \(n) value(s) ≤ 0 (smallest \(m)); a log axis needs positive data: drop --log-\(axis), "
                + "transform the variable, or keep positive rows with --where \"\(v) > 0\""
        case let .nonPositiveLimitOnLog(axis, lo):
            return "--\(axis)lim starts at \(lo) but --log-\(axis) needs limits above 0; give e.g. 0.01 as the lower limit"
        case .invalidFontSize(let s):
            return "--font-size \(s): give a size in points between 5 and 14 (journals ask for 7–9 pt)"
        case .invalidFont(let f):
            return "--font '\(f)': give a font family name such as \"DejaVu Sans\", \"Liberation Serif\" or \"Helvetica\""
        case .invalidBreaks(let b):
            return "breaks \(b.map { String($0) }.joined(separator: ",")): give at least two increasing finite numbers, e.g. -1,-0.5,0,0.5,1"
        }
    }
}

/// Style options applied to a chart after its recipe built it.
public struct ChartStyle: Sendable, Hashable, Codable {
    /// Font family of every text (nil: the theme's DejaVu Sans). Pango falls
    /// back to a default font when the family is not installed.
    public var fontFamily: String?
    /// Size of axis titles in points (nil: 8); every other text scales with it
    /// (tick labels 7/8 of it, the title 9/8).
    public var fontSize: Double?
    public var xLimits: AxisLimits?
    public var yLimits: AxisLimits?
    public var logX: Bool
    public var logY: Bool

    public init(fontFamily: String? = nil, fontSize: Double? = nil, xLimits: AxisLimits? = nil, yLimits: AxisLimits? = nil,
                logX: Bool = false, logY: Bool = false) throws(ChartStyleError) {
        if let f = fontFamily, f.trimmingCharacters(in: .whitespaces).isEmpty || f.contains(where: { $0.isNewline }) { throw .invalidFont(f) }
        if let s = fontSize { guard s.isFinite, s >= 5, s <= 14 else { throw .invalidFontSize(s) } }
        if logX, let l = xLimits, l.lower <= 0 { throw .nonPositiveLimitOnLog(axis: "x", lower: l.lower) }
        if logY, let l = yLimits, l.lower <= 0 { throw .nonPositiveLimitOnLog(axis: "y", lower: l.lower) }
        self.fontFamily = fontFamily; self.fontSize = fontSize; self.xLimits = xLimits; self.yLimits = yLimits
        self.logX = logX; self.logY = logY
    }

    /// Refuses a log axis over values ≤ 0 (instead of dropping them silently).
    public func checkLogData(x: [Double], y: [Double], xName: String, yName: String) throws(ChartStyleError) {
        for (on, values, axis, name) in [(logX, x, "x", xName), (logY, y, "y", yName)] where on {
            let bad = values.filter { $0 <= 0 }
            if !bad.isEmpty { throw .nonPositiveOnLog(axis: axis, variable: name, count: bad.count, minimum: bad.min() ?? 0) }
        }
    }

    /// The theme with this font and size.
    public func apply(to theme: Theme) -> Theme {
        var t = theme
        let k = (fontSize ?? 8) / 8
        let family = fontFamily
        func f(_ s: inout TextStyle) { if let family { s.family = family }; s.size = (s.size * k * 100).rounded() / 100 }
        if let family { t.fontFamily = family }
        f(&t.tickLabel); f(&t.axisTitle); f(&t.title); f(&t.subtitle); f(&t.caption)
        f(&t.legendTitle); f(&t.legendLabel); f(&t.stripText); f(&t.annotation)
        return t
    }

    /// The scale of one axis with these limits and transform (categorical scales unchanged).
    public func apply(to scale: PositionScale?, limits: AxisLimits?, log: Bool) -> PositionScale? {
        guard limits != nil || log else { return scale }
        var c: ContinuousScale
        switch scale {
        case .categorical?: return scale
        case .continuous(let s)?: c = s
        case nil: c = ContinuousScale()
        }
        if let limits { c.lower = limits.lower; c.upper = limits.upper }
        if log { c.transform = .log10; c.integerTicks = false }
        return .continuous(c)
    }

    /// `chart` with this style: theme fonts, axis limits and log transforms.
    public func apply(to chart: Chart) -> Chart {
        var c = chart
        c.theme = apply(to: chart.theme)
        c.x.scale = apply(to: chart.x.scale, limits: xLimits, log: logX)
        c.y.scale = apply(to: chart.y.scale, limits: yLimits, log: logY)
        if logY || yLimits != nil {
            c.panels = c.panels.map { p in var q = p; q.yScale = p.yScale.map { apply(to: $0, limits: yLimits, log: logY) ?? $0 }; return q }
        }
        return c
    }
}
