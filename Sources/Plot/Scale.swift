// Scale specifications: how data values become positions. Plain values; the
// build trains them on the data (see TrainedScale.swift).

/// A value on a position axis: a number (continuous scales) or a category
/// (categorical scales). Literals work: `3.5`, `2`, `"EST"`.
public enum PlotValue: Sendable, Hashable, Codable, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    case number(Double)
    case category(String)

    public init(floatLiteral v: Double) { self = .number(v) }
    public init(integerLiteral v: Int) { self = .number(Double(v)) }
    public init(stringLiteral v: String) { self = .category(v) }

    public var number: Double? { if case .number(let v) = self { return v }; return nil }
    public var category: String? { if case .category(let c) = self { return c }; return nil }
}

/// Transformation of a continuous position scale.
public enum ScaleTransform: String, Sendable, Hashable, Codable {
    case linear
    /// log10: positions proportional to log10(value); values ≤ 0 are dropped
    /// with a warning.
    case log10
}

/// How far a scale extends beyond its data (or limits):
/// `[lo − m·w − a, hi + m·w + a]` with `w = hi − lo` (in transformed units;
/// for categorical scales in category units, one category = 1).
public struct Expansion: Sendable, Hashable, Codable {
    public var multiplicative: Double
    public var additive: Double
    public init(multiplicative: Double = 0, additive: Double = 0) {
        self.multiplicative = multiplicative; self.additive = additive
    }
    /// ggplot2's default for continuous scales: 5 % of the range on each side.
    public static let continuousDefault = Expansion(multiplicative: 0.05)
    /// ggplot2's default for discrete scales: 0.6 categories on each side.
    public static let categoricalDefault = Expansion(additive: 0.6)
    public static let none = Expansion()
}

/// A continuous position scale (linear, log10, reversed, percent).
public struct ContinuousScale: Sendable, Hashable, Codable {
    public var transform: ScaleTransform
    /// When true, large values sit at the left (x) or the bottom (y): for
    /// ranks, rank 1 ends up at the top of a y axis / the right of an x axis.
    public var reversed: Bool
    /// Fixed limits in data units; nil sides are trained from the data.
    public var lower: Double?
    public var upper: Double?
    /// nil: 5 % (ggplot2), or none when the axis carries tiles.
    public var expansion: Expansion?
    /// Explicit tick positions (data units); nil: extended Wilkinson / log ticks.
    public var breaks: [Double]?
    /// Desired number of ticks (the algorithm may choose a few more or less).
    public var tickTarget: Int
    public var format: NumberFormat
    /// Ticks only at whole numbers (years, counts): a step of at least 1, never 2012.5.
    public var integerTicks: Bool = false

    public init(transform: ScaleTransform = .linear, reversed: Bool = false, lower: Double? = nil,
                upper: Double? = nil, expansion: Expansion? = nil, breaks: [Double]? = nil,
                tickTarget: Int = 5, format: NumberFormat = .plain) {
        self.transform = transform; self.reversed = reversed; self.lower = lower; self.upper = upper
        self.expansion = expansion; self.breaks = breaks; self.tickTarget = tickTarget; self.format = format
    }
}

/// A categorical (band/point) position scale: category i (0-based, in
/// `levels` order) sits at i + 1 in category units.
public struct CategoricalScale: Sendable, Hashable, Codable {
    /// Order of categories; nil: order of first appearance in the layers.
    /// Categories not listed are appended in order of appearance.
    public var levels: [String]?
    /// When true the first level sits at the top (y) — the natural order for
    /// a coefficient plot — else at the bottom; for x, first level at the left
    /// unless reversed.
    public var reversed: Bool
    /// nil: 0.6 categories (ggplot2), 0.5 (tiles fill the panel) with tiles.
    public var expansion: Expansion?

    public init(levels: [String]? = nil, reversed: Bool = false, expansion: Expansion? = nil) {
        self.levels = levels; self.reversed = reversed; self.expansion = expansion
    }
}

/// The scale of one position axis.
public enum PositionScale: Sendable, Hashable, Codable {
    case continuous(ContinuousScale)
    case categorical(CategoricalScale)

    public static let linear = PositionScale.continuous(ContinuousScale())
    public static let log10 = PositionScale.continuous(ContinuousScale(transform: .log10))
    /// Reversed linear scale, for ranks (rank 1 at the top / right).
    public static let reversed = PositionScale.continuous(ContinuousScale(reversed: true))
    /// Percent labels; `multiplier` 100 when data are proportions.
    public static func percent(multiplier: Double = 100) -> PositionScale {
        .continuous(ContinuousScale(format: .percent(multiplier: multiplier)))
    }
    public static let categorical = PositionScale.categorical(CategoricalScale())
}

/// One position axis of a chart: its scale (nil: inferred, categorical when
/// the data are categories, else linear) and its title.
public struct Axis: Sendable, Hashable, Codable {
    public var scale: PositionScale?
    public var title: RichText?
    public init(_ title: RichText? = nil, scale: PositionScale? = nil) { self.title = title; self.scale = scale }
}
