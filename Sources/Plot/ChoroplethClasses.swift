// A binned (classed) choropleth: values fall into classes between breaks,
// each class one colour, and the legend shows equal boxes with the breaks
// between them (ggplot2's `guide_coloursteps(even.steps = TRUE)`, tmap's
// classed styles).

/// The classes of a binned choropleth.
public struct ChoroplethClasses: Sendable, Hashable, Codable {
    /// k + 1 strictly increasing finite breaks; class i is [breaks[i], breaks[i+1]),
    /// the last closed. Values below the first break fall in the first class,
    /// values above the last in the last (say so in the figure notes).
    public let breaks: [Double]

    /// Classes from `breaks` (at least two, strictly increasing, finite).
    public init(breaks: [Double]) throws(ChartStyleError) {
        guard breaks.count >= 2, breaks.allSatisfy(\.isFinite), zip(breaks, breaks.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw .invalidBreaks(breaks)
        }
        self.breaks = breaks
    }

    /// The number of classes.
    public var count: Int { breaks.count - 1 }

    /// The class of `v` (clamped to the first and last class).
    public func index(of v: Double) -> Int {
        var i = 0
        while i < count - 1, v >= breaks[i + 1] { i += 1 }
        return i
    }

    /// The fill of class i: sequential maps are sampled at the class centres
    /// of [0, 1] (equal steps whatever the break values); diverging maps at
    /// the class midpoint's value through `mapping`, so 0 stays neutral.
    func color(ofClass i: Int, mapping: ColorMapping) -> Color {
        if mapping.map.isDiverging { return mapping.color((breaks[i] + breaks[i + 1]) / 2) }
        return mapping.map.color(at: (Double(i) + 0.5) / Double(count))
    }

    /// The number of values outside [first break, last break].
    public func outside(_ values: [Double]) -> Int {
        values.filter { $0 < (breaks.first ?? 0) || $0 > (breaks.last ?? 0) }.count
    }
}
