// Classes for a binned choropleth from the data: equal-count (quantile) breaks.

import Foundation
import Plot
import Stats

extension ChoroplethFigure {
    /// `count` classes holding about equally many countries: the breaks are
    /// the type-7 sample quantiles at 0, 1/k, …, 1 (R `quantile(x, seq(0, 1, 1/k))`,
    /// as `classInt::classIntervals(style = "quantile")` and tmap's "quantile" style).
    /// The breaks are rounded to two significant digits of the data's range
    /// (outer breaks outwards), so the legend stays readable; classes then hold
    /// about equally many countries. Throws when ties leave fewer than two
    /// distinct breaks, or `count` is outside 2…9.
    public static func quantileClasses(_ values: [Double], count: Int) throws(FigureError) -> ChoroplethClasses {
        guard (2...9).contains(count) else {
            throw .invalidOption(name: "--classes", value: String(count), fix: "give between 2 and 9 classes (a reader tells at most about 9 shades apart)")
        }
        let finite = values.filter(\.isFinite)
        let probabilities = (0...count).map { Double($0) / Double(count) }
        guard let q = try? Descriptive.quantiles(finite, probabilities), !finite.isEmpty else {
            throw .insufficientData("--classes \(count): no value to classify")
        }
        // Breaks rounded to two significant digits of the range (a legend reads
        // "−0.77", not "−0.7694337"), the outer ones outwards so every value
        // stays inside; equal-count classes up to that rounding.
        let range = (q.last ?? 0) - (q.first ?? 0)
        let decimals = range > 0 && range.isFinite ? min(max(1 - Int(log10(range).rounded(.down)), 0), 6) : 2  // checked: finite positive range, log10 within ±324
        let unit = pow(10.0, Double(decimals))
        let rounded = q.indices.map { i -> Double in
            let v = q[i] * unit
            let r = i == 0 ? v.rounded(.down) : i == q.count - 1 ? v.rounded(.up) : v.rounded()
            return r / unit
        }
        var breaks: [Double] = []
        for b in rounded where breaks.last.map({ b > $0 }) ?? true { breaks.append(b) }
        guard breaks.count >= 2, let classes = try? ChoroplethClasses(breaks: breaks) else {
            throw .insufficientData("--classes \(count): the values are all equal; a map of one class shows nothing, use the colour bar")
        }
        return classes
    }
}
