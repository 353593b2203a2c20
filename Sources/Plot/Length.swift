// Physical lengths. Everything in a scene is in PostScript points; specs may
// be written in millimetres or inches. 1 in = 72 pt = 25.4 mm exactly.

/// A physical length, stored in points (1/72 in).
///
/// `Length.mm(85).points == 85 / 25.4 * 72 == 240.94488188976378`.
public struct Length: Sendable, Hashable, Codable, Comparable {
    /// The length in PostScript points.
    public var points: Double

    public init(points: Double) { self.points = points }

    public static func pt(_ v: Double) -> Length { Length(points: v) }
    public static func mm(_ v: Double) -> Length { Length(points: v / 25.4 * 72) }
    public static func inches(_ v: Double) -> Length { Length(points: v * 72) }

    public var millimetres: Double { points / 72 * 25.4 }
    public var inches: Double { points / 72 }

    /// Pixels at `dpi` dots per inch (not rounded).
    public func pixels(dpi: Double) -> Double { inches * dpi }

    public static func < (a: Length, b: Length) -> Bool { a.points < b.points }
    public static func + (a: Length, b: Length) -> Length { Length(points: a.points + b.points) }
    public static func - (a: Length, b: Length) -> Length { Length(points: a.points - b.points) }
    public static func * (a: Length, k: Double) -> Length { Length(points: a.points * k) }
}
