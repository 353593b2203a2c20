// Physical figure sizes and journal column presets.

/// Journal column widths. Most journals (Elsevier, Springer, PLOS, Nature
/// family within a few mm) set figures to a single column of about 85 mm or a
/// double column of about 175 mm.
public enum ColumnWidth: String, Sendable, Hashable, Codable, CaseIterable {
    /// 85 mm.
    case single
    /// 175 mm.
    case double

    public var length: Length {
        switch self {
        case .single: return .mm(85)
        case .double: return .mm(175)
        }
    }
}

/// The physical size of a figure.
public struct FigureSize: Sendable, Hashable, Codable {
    public var width: Length
    public var height: Length

    public init(width: Length, height: Length) { self.width = width; self.height = height }

    /// A column-width figure; height defaults to 0.8 × width for one column
    /// and 0.5 × width for two (a landscape panel that still reads at print size).
    public init(_ column: ColumnWidth, height: Length? = nil) {
        let w = column.length
        self.init(width: w, height: height ?? w * (column == .single ? 0.8 : 0.5))
    }

    /// The size in points, as the scene wants it.
    public var points: Size { Size(width: width.points, height: height.points) }

    public static let singleColumn = FigureSize(.single)
    public static let doubleColumn = FigureSize(.double)
}
