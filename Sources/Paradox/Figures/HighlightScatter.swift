// The scatter shared by the paradox scatter (a) and the participation figure (f):
// every country grey, the 15 post-Soviet states in colour + shape by subregion and
// labelled with ISO3, an OLS line with its confidence band and "r = …, n = …".

import Plot

struct HighlightScatter {
    struct Row: Sendable, Equatable { var iso3: String; var x: Double; var y: Double }

    var rows: [Row]
    var level: Double

    /// The line, band, correlation and layers; throws when the fit is impossible.
    struct Built {
        var layers: [Layer]
        var fit: FitBand
        var r: Double
        var highlighted: Int
    }

    func build() throws(FigureError) -> Built {
        let xs = rows.map(\.x), ys = rows.map(\.y)
        guard let lo = xs.min(), let hi = xs.max() else { throw .insufficientData("no country has both values") }
        let grid = FitBand.grid(from: lo, to: hi, count: 101)
        let fit: FitBand
        do { fit = try FitBand.ols(x: xs, y: ys, at: grid, level: level) } catch {
            throw .insufficientData(error.description)
        }
        guard let r = FigureStyle.pearson(xs, ys) else { throw .insufficientData("correlation undefined: a variable is constant") }
        var layers: [Layer] = [
            .ribbon(RibbonMark(x: grid, lower: fit.lower, upper: fit.upper, color: .black, alpha: 0.12)),
            .lines(LinesMark(series: [LineSeries(x: grid, y: fit.fit, color: .black)], width: 0.75)),
        ]
        let groups = rows.map { FigureStyle.subregion($0.iso3) }
        let other = rows.indices.filter { groups[$0] == nil }, high = rows.indices.filter { groups[$0] != nil }
        layers.append(.points(PointsMark(x: other.map { .number(xs[$0]) }, y: other.map { .number(ys[$0]) },
                                         groups: other.map { _ in FigureStyle.otherLevel }, size: 3)))
        layers.append(.points(PointsMark(x: high.map { .number(xs[$0]) }, y: high.map { .number(ys[$0]) },
                                         groups: high.compactMap { groups[$0] }, size: 4.2)))
        // Every highlighted state must be named: labels may cover the grey
        // background (never a highlighted point or another label) and reach
        // farther than the default leader.
        layers.append(.labels(LabelMark(x: xs.map { .number($0) }, y: ys.map { .number($0) },
                                        labels: rows.map(\.iso3), highlight: groups.map { $0 != nil },
                                        background: .cover, maxLeaderLength: 48)))
        // The empty corner: top left for a rising cloud, top right for a falling one.
        let rising = r >= 0
        layers.append(.text(TextMark(FigureStyle.correlationNote(r: r, n: rows.count),
                                     at: .panel(x: rising ? 0.02 : 0.98, y: 0.02),
                                     horizontal: rising ? .left : .right, vertical: .top)))
        return Built(layers: layers, fit: fit, r: r, highlighted: high.count)
    }

    /// Colours and shapes: the four subregions, then grey for the others.
    static var groups: GroupScale {
        var p = FigureStyle.subregionPalette
        p.colors.append(FigureStyle.background); p.shapes.append(.circle)
        return GroupScale(palette: p, levels: FigureStyle.subregionLevels + [FigureStyle.otherLevel])
    }
}
