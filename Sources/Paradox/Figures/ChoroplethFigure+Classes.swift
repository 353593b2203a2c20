// Classes for a binned choropleth from the data: equal-count (quantile) breaks.

import Plot
import Stats

extension ChoroplethFigure {
    /// `count` classes holding about equally many countries: the breaks are
    /// the type-7 sample quantiles at 0, 1/k, …, 1 (R `quantile(x, seq(0, 1, 1/k))`,
    /// as `classInt::classIntervals(style = "quantile")` and tmap's "quantile" style).
    /// Throws when ties leave fewer than two distinct breaks, or `count` is outside 2…9.
    public static func quantileClasses(_ values: [Double], count: Int) throws(FigureError) -> ChoroplethClasses {
        guard (2...9).contains(count) else {
            throw .invalidOption(name: "--classes", value: String(count), fix: "give between 2 and 9 classes (a reader tells at most about 9 shades apart)")
        }
        let finite = values.filter(\.isFinite)
        let probabilities = (0...count).map { Double($0) / Double(count) }
        guard let q = try? Descriptive.quantiles(finite, probabilities), !finite.isEmpty else {
            throw .insufficientData("--classes \(count): no value to classify")
        }
        var breaks: [Double] = []
        for b in q where breaks.last.map({ b > $0 }) ?? true { breaks.append(b) }
        guard breaks.count >= 2, let classes = try? ChoroplethClasses(breaks: breaks) else {
            throw .insufficientData("--classes \(count): the values are all equal; a map of one class shows nothing, use the colour bar")
        }
        return classes
    }
}
