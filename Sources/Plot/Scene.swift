// The scene: what a chart build produces and what a renderer draws.
// Deliberately tiny (as matplotlib's renderer): filled/stroked paths, text,
// clipped groups. Everything is in points (1/72 in), y down, origin top-left.

/// An sRGB colour with alpha, components in [0, 1].
public struct Color: Sendable, Hashable, Codable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// From a 24-bit hex value, e.g. `Color(hex: 0xE69F00)`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255,
                  green: Double((hex >> 8) & 0xFF) / 255,
                  blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    public func withAlpha(_ a: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: a) }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)
}

public enum LineCap: String, Sendable, Hashable, Codable { case butt, round, square }
public enum LineJoin: String, Sendable, Hashable, Codable { case miter, round, bevel }

/// How a path outline is drawn. `width` in points; `dash` lengths in points
/// (empty = solid).
public struct Stroke: Sendable, Hashable, Codable {
    public var color: Color
    public var width: Double
    public var dash: [Double]
    public var cap: LineCap
    public var join: LineJoin

    public init(color: Color, width: Double = 0.5, dash: [Double] = [], cap: LineCap = .butt, join: LineJoin = .miter) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// One step of a path.
public enum PathElement: Sendable, Hashable, Codable {
    case move(Point)
    case line(Point)
    /// Cubic Bézier to `end` with control points `c1`, `c2`.
    case curve(c1: Point, c2: Point, end: Point)
    case close
}

/// A sequence of sub-paths.
public struct Path: Sendable, Hashable, Codable {
    public var elements: [PathElement]
    public init(_ elements: [PathElement] = []) { self.elements = elements }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(to end: Point, c1: Point, c2: Point) { elements.append(.curve(c1: c1, c2: c2, end: end)) }
    public mutating func close() { elements.append(.close) }

    public static func rect(_ r: Rect) -> Path {
        Path([.move(Point(x: r.minX, y: r.minY)), .line(Point(x: r.maxX, y: r.minY)),
              .line(Point(x: r.maxX, y: r.maxY)), .line(Point(x: r.minX, y: r.maxY)), .close])
    }

    public static func polyline(_ points: [Point], closed: Bool = false) -> Path {
        var p = Path()
        for (i, q) in points.enumerated() { if i == 0 { p.move(to: q) } else { p.line(to: q) } }
        if closed && !points.isEmpty { p.close() }
        return p
    }

    /// A circle approximated by four cubic Béziers (error < 0.03 % of r).
    public static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.5522847498307936 * r
        var p = Path()
        p.move(to: Point(x: c.x + r, y: c.y))
        p.curve(to: Point(x: c.x, y: c.y + r), c1: Point(x: c.x + r, y: c.y + k), c2: Point(x: c.x + k, y: c.y + r))
        p.curve(to: Point(x: c.x - r, y: c.y), c1: Point(x: c.x - k, y: c.y + r), c2: Point(x: c.x - r, y: c.y + k))
        p.curve(to: Point(x: c.x, y: c.y - r), c1: Point(x: c.x - r, y: c.y - k), c2: Point(x: c.x - k, y: c.y - r))
        p.curve(to: Point(x: c.x + r, y: c.y), c1: Point(x: c.x + k, y: c.y - r), c2: Point(x: c.x + r, y: c.y - k))
        p.close()
        return p
    }
}

public enum FontWeight: String, Sendable, Hashable, Codable { case regular, bold }
public enum FontSlant: String, Sendable, Hashable, Codable { case normal, italic }

/// Font and colour of a piece of text. `size` in points.
public struct TextStyle: Sendable, Hashable, Codable {
    public var family: String
    public var size: Double
    public var weight: FontWeight
    public var slant: FontSlant
    public var color: Color

    public init(family: String = "DejaVu Sans", size: Double = 8, weight: FontWeight = .regular,
                slant: FontSlant = .normal, color: Color = .black) {
        self.family = family; self.size = size; self.weight = weight; self.slant = slant; self.color = color
    }
}

public enum BaselineShift: String, Sendable, Hashable, Codable { case normal, superscript, `subscript` }

/// A run of text with uniform emphasis inside a `RichText`.
public struct TextRun: Sendable, Hashable, Codable {
    public var text: String
    public var italic: Bool
    public var bold: Bool
    public var shift: BaselineShift

    public init(_ text: String, italic: Bool = false, bold: Bool = false, shift: BaselineShift = .normal) {
        self.text = text; self.italic = italic; self.bold = bold; self.shift = shift
    }
}

/// Text with italics, bold, superscripts and subscripts (for R², *p*, …).
public struct RichText: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    public var runs: [TextRun]
    public init(_ runs: [TextRun]) { self.runs = runs }
    public init(_ plain: String) { self.runs = [TextRun(plain)] }
    public init(stringLiteral value: String) { self.init(value) }

    /// The characters without markup.
    public var plainText: String { runs.map(\.text).joined() }
}

public enum HorizontalAlignment: String, Sendable, Hashable, Codable { case left, center, right }
public enum VerticalAlignment: String, Sendable, Hashable, Codable {
    /// The anchor is the top of the ink-independent line box (ascent).
    case top
    /// The anchor is halfway between the top and the bottom of the line box.
    case middle
    /// The anchor is on the first line's baseline.
    case baseline
    /// The anchor is the bottom of the line box (descent).
    case bottom
}

/// A piece of text placed at `position` (the anchor), aligned relative to
/// the anchor, rotated by `rotation` degrees counter-clockwise about it.
public struct TextItem: Sendable, Hashable, Codable {
    public var text: RichText
    public var style: TextStyle
    public var position: Point
    public var horizontal: HorizontalAlignment
    public var vertical: VerticalAlignment
    public var rotation: Double

    public init(_ text: RichText, style: TextStyle, at position: Point,
                horizontal: HorizontalAlignment = .left, vertical: VerticalAlignment = .baseline,
                rotation: Double = 0) {
        self.text = text; self.style = style; self.position = position
        self.horizontal = horizontal; self.vertical = vertical; self.rotation = rotation
    }
}

/// One drawable item of a scene.
public indirect enum Primitive: Sendable, Hashable, Codable {
    /// A path filled with `fill` (even-odd = false: non-zero winding) and/or
    /// outlined with `stroke`.
    case path(Path, fill: Color?, stroke: Stroke?)
    case text(TextItem)
    /// Children drawn clipped to `clip` (nil = no clip). `role` names the
    /// group for tests and SVG ids ("panel", "x-axis", "legend", …).
    case group(role: String, clip: Rect?, children: [Primitive])
}

/// Extents of a laid-out piece of text, in points.
public struct TextExtents: Sendable, Hashable, Codable {
    /// Advance width of the whole text.
    public var width: Double
    /// Distance from the baseline up to the top of the line box (positive).
    public var ascent: Double
    /// Distance from the baseline down to the bottom of the line box (positive).
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }
    public var height: Double { ascent + descent }
}

/// Measures text as the renderer will lay it out. The build uses it for
/// margins and label placement; the Cairo backend implements it with Pango,
/// tests with a deterministic approximation.
public protocol TextMeasuring: Sendable {
    func measure(_ text: RichText, style: TextStyle) -> TextExtents
}

/// A complete figure: physical size, background and items in drawing order.
public struct Scene: Sendable, Hashable, Codable {
    /// Page size in points (85 mm = 240.944881889… pt).
    public var size: Size
    public var background: Color?
    public var items: [Primitive]
    /// Document title written into PDF/SVG metadata (no dates, ever).
    public var title: String
    /// Messages from the build a user must see, e.g. labels that could not be placed.
    public var warnings: [String]

    public init(size: Size, background: Color? = .white, items: [Primitive] = [], title: String = "", warnings: [String] = []) {
        self.size = size; self.background = background; self.items = items; self.title = title; self.warnings = warnings
    }
}

/// Draws a scene into some output. Implementations: `CairoRenderer` (PDF,
/// SVG, PNG) in PlotCairo; test doubles that record calls.
public protocol Renderer {
    associatedtype Output
    func render(_ scene: Scene) throws -> Output
}
