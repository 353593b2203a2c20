// Themes are data: every size, colour and spacing of the non-data ink.

/// How the panel is framed.
public enum AxisFrame: String, Sendable, Hashable, Codable {
    /// Lines along the left and bottom edges only (the publication default).
    case lShaped
    /// A rectangle around the whole panel.
    case border
    case none
}

/// Where the legend goes.
public enum LegendPosition: String, Sendable, Hashable, Codable { case right, bottom, top, none }

/// Inner spacing on four sides, in points.
public struct Insets: Sendable, Hashable, Codable {
    public var top, right, bottom, left: Double
    public init(top: Double, right: Double, bottom: Double, left: Double) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }
    public init(all v: Double) { self.init(top: v, right: v, bottom: v, left: v) }
}

/// The look of a chart. All lengths in points.
public struct Theme: Sendable, Hashable, Codable {
    public var fontFamily: String
    public var tickLabel: TextStyle
    public var axisTitle: TextStyle
    public var title: TextStyle
    public var subtitle: TextStyle
    public var caption: TextStyle
    public var legendTitle: TextStyle
    public var legendLabel: TextStyle
    public var stripText: TextStyle
    /// Annotation text inside panels (text marks, heat-map cell text, labels).
    public var annotation: TextStyle

    public var axisLine: Stroke
    public var tick: Stroke
    /// Tick length; positive draws outward (away from the panel).
    public var tickLength: Double
    public var frame: AxisFrame
    /// Light major grid lines at the ticks; nil (the default) draws none.
    public var majorGrid: Stroke?
    public var panelBackground: Color?
    public var figureBackground: Color?
    public var stripBackground: Color?

    /// Space between the figure edge and everything else.
    public var margin: Insets
    /// Gap between a tick and its label.
    public var tickLabelGap: Double
    /// Gap between tick labels and the axis title.
    public var axisTitleGap: Double
    /// Gap between title/subtitle/caption and the plot.
    public var titleGap: Double
    /// Space between facet panels.
    public var panelSpacing: Double
    public var legendPosition: LegendPosition
    /// Gap between the plot and the legend.
    public var legendGap: Double
    /// Side of a legend key box.
    public var legendKeySize: Double
    /// Colour bar width (thickness) and length.
    public var colorBarWidth: Double
    public var colorBarLength: Double

    /// Default point diameter and line width for marks.
    public var pointSize: Double
    public var lineWidth: Double

    public init(fontFamily: String = "DejaVu Sans") {
        self.fontFamily = fontFamily
        tickLabel = TextStyle(family: fontFamily, size: 7, color: Color(hex: 0x222222))
        axisTitle = TextStyle(family: fontFamily, size: 8)
        title = TextStyle(family: fontFamily, size: 9, weight: .bold)
        subtitle = TextStyle(family: fontFamily, size: 8, color: Color(hex: 0x333333))
        caption = TextStyle(family: fontFamily, size: 7, color: Color(hex: 0x444444))
        legendTitle = TextStyle(family: fontFamily, size: 8)
        legendLabel = TextStyle(family: fontFamily, size: 7)
        stripText = TextStyle(family: fontFamily, size: 8)
        annotation = TextStyle(family: fontFamily, size: 7)
        axisLine = Stroke(color: .black, width: 0.5, cap: .square)
        tick = Stroke(color: .black, width: 0.5)
        tickLength = 3
        frame = .lShaped
        majorGrid = nil
        panelBackground = nil
        figureBackground = .white
        stripBackground = nil
        margin = Insets(all: 4)
        tickLabelGap = 2
        axisTitleGap = 3
        titleGap = 4
        panelSpacing = 8
        legendPosition = .right
        legendGap = 6
        legendKeySize = 9
        colorBarWidth = 7
        colorBarLength = 60
        pointSize = 4
        lineWidth = 0.75
    }

    /// The publication theme: 7 pt tick labels, 8 pt axis titles, 9 pt title,
    /// 0.5 pt axis lines and ticks 3 pt long outward, no grey background, no
    /// grid, L-shaped axes, DejaVu Sans.
    public static let publication = Theme()

    /// The publication theme with a light major grid (0.25 pt, grey 90 %).
    public static var publicationGrid: Theme {
        var t = Theme()
        t.majorGrid = Stroke(color: Color(hex: 0xE5E5E5), width: 0.25)
        return t
    }
}
