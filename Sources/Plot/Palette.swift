// Discrete palettes: colour plus a redundant shape per group, so that groups
// stay distinct in greyscale print and for colour-blind readers.

/// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design (CUD):
/// how to make figures and presentations that are friendly to colorblind
/// people", jfly.uni-koeln.de/color/), as in R's `palette.colors("Okabe-Ito")`.
public enum OkabeIto {
    public static let black = Color(hex: 0x000000)
    public static let orange = Color(hex: 0xE69F00)
    public static let skyBlue = Color(hex: 0x56B4E9)
    public static let bluishGreen = Color(hex: 0x009E73)
    public static let yellow = Color(hex: 0xF0E442)
    public static let blue = Color(hex: 0x0072B2)
    public static let vermillion = Color(hex: 0xD55E00)
    public static let reddishPurple = Color(hex: 0xCC79A7)

    /// The eight colours in the published order (black first).
    public static let all: [Color] = [black, orange, skyBlue, bluishGreen, yellow, blue, vermillion, reddishPurple]

    /// The order used for data groups: strong colours first, yellow (weak
    /// contrast on white) and black (reserved for annotations) last.
    public static let groupOrder: [Color] = [orange, skyBlue, bluishGreen, vermillion, blue, reddishPurple, yellow, black]
}

/// A palette for discrete groups: group i gets `colors[i % n]` and
/// `shapes[i % m]`.
public struct DiscretePalette: Sendable, Hashable, Codable {
    public var colors: [Color]
    public var shapes: [PointShape]
    public init(colors: [Color] = OkabeIto.groupOrder, shapes: [PointShape] = PointShape.groupOrder) {
        self.colors = colors.isEmpty ? OkabeIto.groupOrder : colors
        self.shapes = shapes.isEmpty ? PointShape.groupOrder : shapes
    }
    public func color(_ i: Int) -> Color { colors[((i % colors.count) + colors.count) % colors.count] }
    public func shape(_ i: Int) -> PointShape { shapes[((i % shapes.count) + shapes.count) % shapes.count] }
    /// Dash patterns of group lines (empty: every line solid). Group i gets
    /// `dashes[(i / dashPeriod) % dashes.count]`: with the period equal to the
    /// number of colours, the second colour cycle is dashed, the third dotted…
    public var dashes: [[Double]] = []
    /// Groups per dash pattern (see `dashes`).
    public var dashPeriod: Int = 8
    /// The dash pattern of group i (empty: solid).
    public func dash(_ i: Int) -> [Double] {
        guard !dashes.isEmpty, i >= 0 else { return [] }
        return dashes[(i / max(dashPeriod, 1)) % dashes.count]
    }

    public static let okabeIto = DiscretePalette()
}
