// The chart specification: a plain value; `build(measurer:)` turns it into a Scene.

/// The continuous colour scale (tiles, colour-coded points) and its colour bar.
public struct ColorScale: Sendable, Hashable, Codable {
    public var map: ColorMap
    public var lower: Double?
    public var upper: Double?
    /// For diverging maps: the data value shown in the neutral colour; the
    /// limits are made symmetric around it. nil: 0 for diverging maps.
    public var midpoint: Double?
    public var reversed: Bool
    public var title: RichText?
    public var format: NumberFormat
    public init(map: ColorMap = .viridis, lower: Double? = nil, upper: Double? = nil, midpoint: Double? = nil,
                reversed: Bool = false, title: RichText? = nil, format: NumberFormat = .plain) {
        self.map = map; self.lower = lower; self.upper = upper; self.midpoint = midpoint
        self.reversed = reversed; self.title = title; self.format = format
    }
}

/// The discrete group scale: colours and shapes per group and the legend.
public struct GroupScale: Sendable, Hashable, Codable {
    public var palette: DiscretePalette
    /// Order of groups; nil: order of first appearance. Unlisted groups follow.
    public var levels: [String]?
    /// Use a different shape per group (redundant encoding) for points.
    public var shapes: Bool
    public var title: RichText?
    public init(palette: DiscretePalette = .okabeIto, levels: [String]? = nil, shapes: Bool = true, title: RichText? = nil) {
        self.palette = palette; self.levels = levels; self.shapes = shapes; self.title = title
    }
}

/// One panel (facet) of a chart.
public struct Panel: Sendable, Hashable, Codable {
    /// Strip title (facets); ignored for a single-panel chart.
    public var title: RichText?
    public var layers: [Layer]
    /// This panel's own y scale when the chart's facet scales are free in y
    /// (`.freeY`, `.free`); nil: the chart's. Lets one facet be reversed (a
    /// rank, 1 at the top) next to one that is not, instead of a dual y axis.
    public var yScale: PositionScale?
    public init(_ title: RichText? = nil, layers: [Layer], yScale: PositionScale? = nil) {
        self.title = title; self.layers = layers; self.yScale = yScale
    }
}

/// Which position scales facets share.
public enum FacetScales: String, Sendable, Hashable, Codable {
    case fixed, freeX, freeY, free
    var freeX: Bool { self == .freeX || self == .free }
    var freeY: Bool { self == .freeY || self == .free }
}

/// A chart: size, theme, axes, scales, panels of layers, titles and legend.
public struct Chart: Sendable, Hashable, Codable {
    public var size: FigureSize
    public var theme: Theme
    public var title: RichText?
    public var subtitle: RichText?
    public var caption: RichText?
    public var x: Axis
    public var y: Axis
    public var colorScale: ColorScale
    public var groups: GroupScale
    /// One panel, or several laid out as wrapped small multiples.
    public var panels: [Panel]
    /// Facet columns; nil: ⌈√n⌉.
    public var facetColumns: Int?
    public var facetScales: FacetScales

    public init(size: FigureSize = .singleColumn, theme: Theme = .publication, title: RichText? = nil,
                subtitle: RichText? = nil, caption: RichText? = nil, x: Axis = Axis(), y: Axis = Axis(),
                colorScale: ColorScale = ColorScale(), groups: GroupScale = GroupScale(),
                panels: [Panel], facetColumns: Int? = nil, facetScales: FacetScales = .fixed) {
        self.size = size; self.theme = theme; self.title = title; self.subtitle = subtitle; self.caption = caption
        self.x = x; self.y = y; self.colorScale = colorScale; self.groups = groups; self.panels = panels
        self.facetColumns = facetColumns; self.facetScales = facetScales
    }

    /// A single-panel chart.
    public init(size: FigureSize = .singleColumn, theme: Theme = .publication, title: RichText? = nil,
                subtitle: RichText? = nil, caption: RichText? = nil, x: Axis = Axis(), y: Axis = Axis(),
                colorScale: ColorScale = ColorScale(), groups: GroupScale = GroupScale(), layers: [Layer]) {
        self.init(size: size, theme: theme, title: title, subtitle: subtitle, caption: caption, x: x, y: y,
                  colorScale: colorScale, groups: groups, panels: [Panel(layers: layers)])
    }

    /// Builds the scene: trains scales, chooses ticks, lays out panels,
    /// guides and legends with every text measured by `measurer`.
    /// Deterministic: the same chart and measurer give the same scene.
    public func build(measurer: some TextMeasuring) -> Scene {
        ChartBuilder(chart: self, measurer: measurer).build()
    }
}
