// A histogram of one variable, optionally by group (overlaid) and by facet
// (panels), with an optional Gaussian kernel density curve.

import Plot
import Stats

/// What the histogram's y axis shows.
public enum HistogramScale: String, Sendable, Hashable, Codable, CaseIterable {
    /// Observations per bin.
    case count
    /// count / (n · bin width): the bars' area sums to 1 per group, on the
    /// scale of a density curve (R `hist(freq = FALSE)`, ggplot2 `after_stat(density)`).
    case density
}

/// The data and options of a histogram.
public struct HistogramSpec: Sendable, Hashable {
    /// The values (finite).
    public var values: [Double]
    /// Group of each value, drawn as overlaid translucent histograms (nil: one group).
    public var groups: [String]?
    /// Facet of each value, one panel per facet (nil: one panel).
    public var facets: [String]?
    public var rule: HistogramBinRule
    public var scale: HistogramScale
    /// Draw a Gaussian kernel density estimate with this bandwidth (nil: none).
    public var density: KernelBandwidth?
    /// x axis title (the variable's label).
    public var variableLabel: String
    /// Legend title of the groups.
    public var groupTitle: String?
    public var palette: NamedPalette
    /// Free y scales across facets (`--free-y`); x is always shared so bins line up.
    public var freeY: Bool

    public init(values: [Double], groups: [String]? = nil, facets: [String]? = nil, rule: HistogramBinRule = .freedmanDiaconis,
                scale: HistogramScale = .count, density: KernelBandwidth? = nil, variableLabel: String,
                groupTitle: String? = nil, palette: NamedPalette = .okabeIto, freeY: Bool = false) {
        self.values = values; self.groups = groups; self.facets = facets; self.rule = rule; self.scale = scale
        self.density = density; self.variableLabel = variableLabel; self.groupTitle = groupTitle
        self.palette = palette; self.freeY = freeY
    }
}

/// A histogram chart. One set of bins is chosen from all values (so groups
/// and facets share their bin edges and can be compared); each bin is closed
/// on the left, the last on both sides (numpy's convention, see
/// ``/Stats/HistogramBins``). With a density curve and the count scale, the
/// curve is scaled to counts: n · h_bin · f̂(x).
public struct HistogramFigure: Sendable {
    public let chart: Chart
    /// The bins used (shared by every group and facet).
    public let bins: HistogramBins
    /// The kernel bandwidth per group and facet (empty without a density curve).
    public let bandwidths: [String: Double]
    /// A caption stating the bin rule, the bin width and the bandwidth rule.
    public let caption: String
    /// Notes for stderr (fallback bin rule, groups too small for a density).
    public let notes: [String]

    public init(_ spec: HistogramSpec, size: FigureSize = .singleColumn, theme: Theme = .publication) throws(DensityError) {
        let n = spec.values.count
        guard n > 0 else { throw .emptySample }
        let bins = try HistogramBins(spec.values, rule: spec.rule)
        self.bins = bins
        var notes = bins.notes
        let groupOf = spec.groups ?? Array(repeating: "", count: n)
        let facetOf = spec.facets ?? Array(repeating: "", count: n)
        let groupLevels = spec.groups == nil ? [""] : LabelOrder.sorted(groupOf)
        let facetLevels = spec.facets == nil ? [""] : LabelOrder.sorted(facetOf)
        let grouped = spec.groups != nil
        let palette = spec.palette.discrete(count: groupLevels.count)
        let width = bins.edges.count > 1 ? bins.edges[1] - bins.edges[0] : 1
        var bandwidths: [String: Double] = [:]
        var panels: [Panel] = []
        var yMax = 0.0
        var panelMax: [Double] = []
        for facet in facetLevels {
            var layers: [Layer] = [], outlines: [LineSeries] = [], curves: [LineSeries] = []
            var top = 0.0
            for g in groupLevels {
                let xs = (0..<n).filter { groupOf[$0] == g && facetOf[$0] == facet }.map { spec.values[$0] }
                guard !xs.isEmpty else { continue }
                let counts = bins.counts(xs)
                let k = spec.scale == .density ? 1 / (Double(xs.count) * width) : 1
                let heights = counts.map { Double($0) * k }
                top = max(top, heights.max() ?? 0)
                let fill = Color(hex: 0xBDBDBD)
                var ox: [Double] = [], oy: [Double] = []
                for i in heights.indices {
                    let a = bins.edges[i], b = bins.edges[i + 1]
                    if heights[i] > 0 {
                        layers.append(.ribbon(RibbonMark(x: [a, b], lower: [0, 0], upper: [heights[i], heights[i]], group: grouped ? g : nil,
                                                          color: grouped ? nil : fill, alpha: grouped ? 0.35 : 1)))
                    }
                    if !grouped, heights[i] > 0 {
                        // Each bar framed, so neighbours of equal height stay apart.
                        outlines.append(LineSeries(x: [a, a, b, b], y: [0, heights[i], heights[i], 0], color: Color(hex: 0x333333)))
                    }
                    ox += [a, b]; oy += [heights[i], heights[i]]
                }
                if grouped {
                    // The step outline of the group: [e0,0] up the bars to [ek,0].
                    let sx = [bins.edges[0]] + ox + [bins.edges[bins.count]], sy = [0.0] + oy + [0.0]
                    outlines.append(LineSeries(x: sx.map { .number($0) }, y: sy.map { .number($0) }, group: g))
                }
                if let rule = spec.density {
                    do {
                        let kde = try KernelDensity(xs, bandwidth: rule)
                        let key = [facet, g].filter { !$0.isEmpty }.joined(separator: " / ")
                        bandwidths[key] = kde.bandwidth
                        let grid = kde.grid()
                        let scale = spec.scale == .density ? 1 : Double(xs.count) * width
                        let y = grid.y.map { $0 * scale }
                        top = max(top, y.max() ?? 0)
                        curves.append(LineSeries(x: grid.x.map { .number($0) }, y: y.map { .number($0) },
                                                 group: grouped ? g : nil, color: grouped ? nil : .black))
                    } catch {
                        let which = [facet, g].filter { !$0.isEmpty }.joined(separator: " / ")
                        notes.append("no density curve for \(which.isEmpty ? "the sample" : which): \(error.description)")
                    }
                }
            }
            if !outlines.isEmpty { layers.append(.lines(LinesMark(series: outlines, width: grouped ? 0.6 : 0.4, sortByX: false))) }
            if !curves.isEmpty { layers.append(.lines(LinesMark(series: curves, width: 0.75))) }
            yMax = max(yMax, top)
            panelMax.append(top)
            panels.append(Panel(spec.facets == nil ? nil : RichText(facet), layers: layers))
        }
        func yScale(_ top: Double) -> PositionScale {
            var c = ContinuousScale(lower: 0, upper: top > 0 ? top * 1.05 : 1, expansion: Expansion.none)
            c.integerTicks = spec.scale == .count
            return .continuous(c)
        }
        if spec.freeY { for i in panels.indices { panels[i].yScale = yScale(panelMax[i]) } }
        let chart = Chart(size: size, theme: theme, x: Axis(RichText(spec.variableLabel)),
                          y: Axis(RichText(spec.scale == .count ? "Count" : "Density"), scale: yScale(yMax)),
                          groups: GroupScale(palette: palette, levels: grouped ? groupLevels : nil, shapes: false,
                                             title: spec.groupTitle.map { RichText($0) }),
                          panels: panels, facetScales: spec.freeY ? .freeY : .fixed)
        self.chart = chart
        self.bandwidths = bandwidths
        self.notes = notes
        let ruleText: String
        switch spec.rule {
        case .freedmanDiaconis: ruleText = bins.notes.isEmpty ? "Freedman–Diaconis rule" : "Sturges' rule (the Freedman–Diaconis width is 0)"
        case .sturges: ruleText = "Sturges' rule"
        case .count(let k): ruleText = "\(k) equal bins"
        case .width: ruleText = "bins at multiples of the width"
        }
        var cap = "Histogram of \(spec.variableLabel), N = \(n): \(bins.count) bins of width \(FigureStyle.number(width, 4)) (\(ruleText)); "
            + "bins closed on the left, the last on both sides. y: " + (spec.scale == .count ? "count per bin." : "density (count / (n × width)).")
        if let rule = spec.density {
            let name: String
            switch rule {
            case .nrd0: name = "R's bw.nrd0 (Silverman's rule of thumb, 0.9 min(s, IQR/1.34) n^−1/5)"
            case .nrd: name = "R's bw.nrd (Scott, 1.06 min(s, IQR/1.34) n^−1/5)"
            case .fixed: name = "fixed"
            }
            let hs = bandwidths.keys.sorted().map { k in (k.isEmpty ? "" : "\(k): ") + FigureStyle.number(bandwidths[k] ?? 0, 4) }
            cap += " Curve: Gaussian kernel density, bandwidth \(name) = \(hs.joined(separator: ", "))"
                + (spec.scale == .count ? ", scaled to counts (n × bin width × density)." : ".")
        }
        caption = cap
    }
}
