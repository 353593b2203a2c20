// Marks: the layers of a panel, as plain data. Drawing them is in
// MarkDrawing.swift; each mark's fields say which scale they go through.

/// Points (scatter). Colour: `color` if set, else the group's palette colour
/// (with its redundant shape), else `colorValues` through the chart's
/// continuous colour scale, else black.
public struct PointsMark: Sendable, Hashable, Codable {
    public var x: [PlotValue]
    public var y: [PlotValue]
    /// Group of each point (colour + shape from the chart's discrete palette).
    public var groups: [String]?
    /// Continuous colour value of each point (through `Chart.colorScale`).
    public var colorValues: [Double]?
    public var color: Color?
    /// Shape for all points (overrides the group shape).
    public var shape: PointShape?
    /// Diameter in points; nil: the theme's.
    public var size: Double?
    public var filled: Bool
    public var alpha: Double

    public init(x: [PlotValue], y: [PlotValue], groups: [String]? = nil, colorValues: [Double]? = nil,
                color: Color? = nil, shape: PointShape? = nil, size: Double? = nil, filled: Bool = true, alpha: Double = 1) {
        self.x = x; self.y = y; self.groups = groups; self.colorValues = colorValues; self.color = color
        self.shape = shape; self.size = size; self.filled = filled; self.alpha = alpha
    }
    @_disfavoredOverload
    public init(x: [Double], y: [Double], groups: [String]? = nil, color: Color? = nil) {
        self.init(x: x.map { .number($0) }, y: y.map { .number($0) }, groups: groups, color: color)
    }
}

/// One polyline of a lines mark.
public struct LineSeries: Sendable, Hashable, Codable {
    public var x: [PlotValue]
    public var y: [PlotValue]
    /// Group: colour from the palette and an entry in the legend.
    public var group: String?
    public var color: Color?
    public init(x: [PlotValue], y: [PlotValue], group: String? = nil, color: Color? = nil) {
        self.x = x; self.y = y; self.group = group; self.color = color
    }
    @_disfavoredOverload
    public init(x: [Double], y: [Double], group: String? = nil, color: Color? = nil) {
        self.init(x: x.map { .number($0) }, y: y.map { .number($0) }, group: group, color: color)
    }
}

/// Lines (sorted by x) or paths (in data order), one polyline per series; a
/// missing or non-finite value breaks the line.
public struct LinesMark: Sendable, Hashable, Codable {
    public var series: [LineSeries]
    public var width: Double?
    public var dash: [Double]
    /// true: connect in x order (ggplot geom_line); false: data order (geom_path).
    public var sortByX: Bool
    public init(series: [LineSeries], width: Double? = nil, dash: [Double] = [], sortByX: Bool = true) {
        self.series = series; self.width = width; self.dash = dash; self.sortByX = sortByX
    }
}

/// A filled band between `lower` and `upper` along x (confidence bands, areas).
public struct RibbonMark: Sendable, Hashable, Codable {
    public var x: [Double]
    public var lower: [Double]
    public var upper: [Double]
    public var group: String?
    public var color: Color?
    public var alpha: Double
    public init(x: [Double], lower: [Double], upper: [Double], group: String? = nil, color: Color? = nil, alpha: Double = 0.25) {
        self.x = x; self.lower = lower; self.upper = upper; self.group = group; self.color = color; self.alpha = alpha
    }
    /// An area from 0 (or `baseline`) up to `y`.
    public static func area(x: [Double], y: [Double], baseline: Double = 0, color: Color? = nil, alpha: Double = 0.4) -> RibbonMark {
        RibbonMark(x: x, lower: Array(repeating: baseline, count: x.count), upper: y, color: color, alpha: alpha)
    }
}

/// A reference line across the whole panel.
public enum ReferenceLine: Sendable, Hashable, Codable {
    case horizontal(y: Double)
    case vertical(x: Double)
    /// y = intercept + slope · x (in data units; linear scales), clipped to the panel.
    case diagonal(intercept: Double, slope: Double)
}

public struct ReferenceLineMark: Sendable, Hashable, Codable {
    public var line: ReferenceLine
    /// nil: 0.5 pt grey 40 %, dashed 3–2.
    public var stroke: Stroke?
    public init(_ line: ReferenceLine, stroke: Stroke? = nil) { self.line = line; self.stroke = stroke }
}

/// Where a text annotation is anchored.
public enum TextAnchor: Sendable, Hashable, Codable {
    /// At data coordinates.
    case data(x: PlotValue, y: PlotValue)
    /// At a fraction of the panel: (0, 0) top-left, (1, 1) bottom-right.
    case panel(x: Double, y: Double)
}

/// A text annotation (rich text: italics, superscripts), e.g.
/// "*r* = 0.62, *n* = 182" or "R² = 0.38".
public struct TextMark: Sendable, Hashable, Codable {
    public var text: RichText
    public var anchor: TextAnchor
    public var horizontal: HorizontalAlignment
    public var vertical: VerticalAlignment
    /// nil: the theme's annotation style.
    public var style: TextStyle?
    public init(_ text: RichText, at anchor: TextAnchor, horizontal: HorizontalAlignment = .left,
                vertical: VerticalAlignment = .top, style: TextStyle? = nil) {
        self.text = text; self.anchor = anchor; self.horizontal = horizontal; self.vertical = vertical; self.style = style
    }
}

public enum IntervalOrientation: String, Sendable, Hashable, Codable {
    /// Intervals along y at x positions (error bars on a line or bar chart).
    case vertical
    /// Intervals along x at y positions (dot-whisker / coefficient plots).
    case horizontal
}

/// Error bars or dot-whisker intervals: for each i an interval
/// [lower[i], upper[i]] at `position[i]` on the other axis, optionally with a
/// point at `estimate[i]`.
public struct IntervalMark: Sendable, Hashable, Codable {
    public var orientation: IntervalOrientation
    public var position: [PlotValue]
    public var lower: [Double]
    public var upper: [Double]
    public var estimate: [Double]?
    public var groups: [String]?
    /// Cap width in points (0: no caps, the dot-whisker look).
    public var capWidth: Double
    public var lineWidth: Double?
    public var pointSize: Double?
    public var color: Color?
    /// Offsets of each interval across its categorical band, as a fraction of the band
    /// (e.g. −0.2, 0, 0.2 for three models dodged); nil: centred.
    public var dodge: [Double]? = nil
    public init(orientation: IntervalOrientation, position: [PlotValue], lower: [Double], upper: [Double],
                estimate: [Double]? = nil, groups: [String]? = nil, capWidth: Double = 0,
                lineWidth: Double? = nil, pointSize: Double? = nil, color: Color? = nil) {
        self.orientation = orientation; self.position = position; self.lower = lower; self.upper = upper
        self.estimate = estimate; self.groups = groups; self.capWidth = capWidth; self.lineWidth = lineWidth
        self.pointSize = pointSize; self.color = color
    }
    /// A coefficient plot row set: terms on a categorical y axis, point +
    /// horizontal interval.
    public static func dotWhisker(terms: [String], estimate: [Double], lower: [Double], upper: [Double]) -> IntervalMark {
        IntervalMark(orientation: .horizontal, position: terms.map { .category($0) }, lower: lower, upper: upper, estimate: estimate)
    }
}

/// Heat-map tiles filled through the chart's continuous colour scale. On a
/// categorical axis a tile fills its band; on a continuous axis it is
/// `width`/`height` data units wide, centred on the value.
public struct TileMark: Sendable, Hashable, Codable {
    public var x: [PlotValue]
    public var y: [PlotValue]
    /// nil: missing (drawn in `missingColor`).
    public var values: [Double?]
    public var width: Double
    public var height: Double
    /// Cell text: nil none; otherwise the value with this many decimals.
    public var labelDecimals: Int?
    public var missingColor: Color
    public init(x: [PlotValue], y: [PlotValue], values: [Double?], width: Double = 1, height: Double = 1,
                labelDecimals: Int? = nil, missingColor: Color = Color(hex: 0xDDDDDD)) {
        self.x = x; self.y = y; self.values = values; self.width = width; self.height = height
        self.labelDecimals = labelDecimals; self.missingColor = missingColor
    }
}

/// One line of a slopegraph.
public struct SlopeItem: Sendable, Hashable, Codable {
    public var label: String
    public var left: Double
    public var right: Double
    public var group: String?
    public init(_ label: String, left: Double, right: Double, group: String? = nil) {
        self.label = label; self.left = left; self.right = right; self.group = group
    }
}

/// A slopegraph: two categorical x positions, a segment per item, labels at
/// both ends ("EST 0.81" on the left, "0.93 EST" on the right by default).
public struct SlopegraphMark: Sendable, Hashable, Codable {
    public var leftCategory: String
    public var rightCategory: String
    public var items: [SlopeItem]
    /// Decimals of the values printed next to the labels (nil: labels only).
    public var valueDecimals: Int?
    public init(left: String, right: String, items: [SlopeItem], valueDecimals: Int? = nil) {
        self.leftCategory = left; self.rightCategory = right; self.items = items; self.valueDecimals = valueDecimals
    }
}

/// What country labels do about points that carry no label.
public enum LabelBackgroundPolicy: String, Sendable, Hashable, Codable {
    /// Keep clear of every point (the default): labels never cover data.
    case avoid
    /// Labels may cover unlabelled points (the grey background of a highlight
    /// plot) but never a labelled point, another label, a leader or a text
    /// annotation: when every highlighted point must be named, a readable
    /// label over a background dot beats a missing one.
    case cover
}

/// Text labels attached to points (country codes or names), placed without
/// overlapping each other or the points, with leader lines when moved away.
public struct LabelMark: Sendable, Hashable, Codable {
    public var x: [PlotValue]
    public var y: [PlotValue]
    public var labels: [String]
    /// Which points are labelled; nil: all.
    public var highlight: [Bool]?
    /// Placement priority (higher placed first); nil: highlighted first, then order.
    public var priority: [Double]?
    public var style: TextStyle?
    /// Unlabelled points: avoided (nil or `.avoid`) or coverable (`.cover`).
    public var background: LabelBackgroundPolicy?
    /// Longest leader line in points (the search radius beyond the default
    /// ring); nil: `LabelPlacementOptions`' default (24 pt).
    public var maxLeaderLength: Double?
    public init(x: [PlotValue], y: [PlotValue], labels: [String], highlight: [Bool]? = nil,
                priority: [Double]? = nil, style: TextStyle? = nil,
                background: LabelBackgroundPolicy? = nil, maxLeaderLength: Double? = nil) {
        self.x = x; self.y = y; self.labels = labels; self.highlight = highlight; self.priority = priority; self.style = style
        self.background = background; self.maxLeaderLength = maxLeaderLength
    }
}

/// A layer of a panel.
public enum Layer: Sendable, Hashable, Codable {
    case points(PointsMark)
    case lines(LinesMark)
    case ribbon(RibbonMark)
    case reference(ReferenceLineMark)
    case text(TextMark)
    case intervals(IntervalMark)
    case tiles(TileMark)
    case slopegraph(SlopegraphMark)
    case labels(LabelMark)
}
