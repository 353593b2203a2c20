// `egov plot histogram`: the distribution of one variable, by group or facet,
// with an optional kernel density curve.

import ArgumentParser
import EGovParadox
import Foundation

/// `--bins`: a rule name or a number of bins.
enum HistogramBinsChoice: ExpressibleByArgument, Equatable {
    case rule(HistogramBinRule)

    init?(argument: String) {
        switch argument.lowercased() {
        case "fd", "freedman-diaconis": self = .rule(.freedmanDiaconis)
        case "sturges": self = .rule(.sturges)
        default:
            guard let k = Int(argument), k >= 1, k <= HistogramBins.maximumBinCount else { return nil }  // checked: parses text
            self = .rule(.count(k))
        }
    }
}

/// `--bandwidth`: nrd0, nrd or a number.
enum BandwidthChoice: ExpressibleByArgument, Equatable {
    case rule(KernelBandwidth)

    init?(argument: String) {
        switch argument.lowercased() {
        case "nrd0", "silverman": self = .rule(.nrd0)
        case "nrd", "scott": self = .rule(.nrd)
        default:
            guard let h = Double(argument), h.isFinite, h > 0 else { return nil }
            self = .rule(.fixed(h))
        }
    }
}

struct PlotHistogram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "histogram",
        abstract: "Histogram of one variable (Freedman–Diaconis bins), by group or facet, with an optional density curve.",
        discussion: """
        Example: egov plot histogram --var egdi --where "year == 2024" --kde --out egdi.pdf
                 egov plot histogram --var wgi_cc --where "year == 2023 && post_soviet == 1" --facet subregion --out cc.pdf
        Bins: Freedman–Diaconis by default, width 2·IQR·n^(−1/3), ⌈range/width⌉ equal bins from the minimum to the
        maximum (numpy bins="fd"; R's hist(breaks="FD") rounds the breaks with pretty()); bins are closed on the left,
        the last on both sides. One set of bins serves every group and facet. The density curve is a Gaussian kernel
        estimate with R's default bandwidth bw.nrd0 (Silverman's rule of thumb) unless --bandwidth says otherwise.
        """
    )

    @OptionGroup var data: DataFileOption
    @Option(name: .customLong("var"), help: "Numeric column to bin.") var variable: String
    @Option(name: .long, help: "Keep only rows where this holds, e.g. \"year == 2024\".") var `where`: String?
    @Option(name: .long, help: "Column whose groups are overlaid in translucent colours (e.g. subregion).") var by: String?
    @Option(name: .long, help: "Column whose groups get a panel each (small multiples, shared bins and scales).") var facet: String?
    @Flag(name: .long, help: "With --facet: each panel its own y scale.") var freeY = false
    @Option(name: .long, help: "Bins: fd (Freedman–Diaconis, default), sturges, or a number of equal bins.") var bins: HistogramBinsChoice?
    @Option(name: .long, help: "Bin width in the variable's units; edges at multiples of it (instead of --bins).") var binwidth: Double?
    @Option(name: .long, help: "y axis: count (default) or density (count / (n × bin width)).") var scale: HistogramScale = .count
    @Flag(name: .long, help: "Draw a Gaussian kernel density curve over the bars.") var kde = false
    @Option(name: .long, help: "Kernel bandwidth: nrd0 (R's default, Silverman's rule of thumb), nrd (Scott) or a number.")
    var bandwidth: BandwidthChoice?
    @Option(name: .long, help: "x axis title (default: the variable's label).") var xTitle: String?
    @OptionGroup var output: PlotOutputOptions
    @OptionGroup var font: PlotFontOptions
    @OptionGroup var axes: PlotAxisOptions

    func validate() throws {
        if bins != nil, binwidth != nil { throw ValidationError("--bins and --binwidth both choose the bins; give one of them") }
        if let binwidth, !(binwidth.isFinite && binwidth > 0) {
            throw ValidationError("--binwidth \(binwidth): give a positive width in the variable's units, e.g. 0.05")
        }
        if bandwidth != nil, !kde { throw ValidationError("--bandwidth sets the density curve's kernel; add --kde") }
        if freeY, facet == nil { throw ValidationError("--free-y applies to facets; add --facet VAR") }
        if by != nil, by == facet { throw ValidationError("--by and --facet name the same column '\(by ?? "")'; use one of them") }
        if axes.logX || axes.logY {
            throw ValidationError("--log-x/--log-y: a histogram's bars start at 0 and its bins are equal in the data's units; "
                                  + "bin a log-transformed variable instead (e.g. a column log_gdppc)")
        }
        _ = try font.style(axes: axes)
    }

    func run() throws {
        try output.checkOverwrite()
        let style = try font.style(axes: axes)
        let d = try PlotData(data, where: `where`)
        var warnings = d.notes
        let xs = try d.numeric(variable, option: "--var")
        let gs = try by.map { try d.text($0, option: "--by") }
        let fs = try facet.map { try d.text($0, option: "--facet") }
        let rows = (0..<d.table.rowCount).filter { xs[$0].map(\.isFinite) == true && (gs?[$0] != nil || gs == nil) && (fs?[$0] != nil || fs == nil) }
        let dropped = (0..<d.table.rowCount).filter { !rows.contains($0) }
        let what = [variable, by, facet].compactMap { $0 }.joined(separator: ", ")
        if let m = d.droppedMessage(dropped, what: what, label: nil) { warnings.append(m) }
        guard !rows.isEmpty else {
            printError("--var \(variable): no row has a value in the selection; check the variable and --where")
            throw ExitCode(1)
        }
        let rule: HistogramBinRule
        if let binwidth { rule = .width(binwidth) } else if case .rule(let r)? = bins { rule = r } else { rule = .freedmanDiaconis }
        let bw: KernelBandwidth? = kde ? ({ if case .rule(let b)? = bandwidth { return b }; return .nrd0 })() : nil
        let manifest = try data.load().manifest
        let label = xTitle ?? manifest?.variables.first(where: { $0.name == variable })?.label ?? variable
        let spec = HistogramSpec(values: rows.compactMap { xs[$0] }, groups: gs.map { g in rows.map { g[$0] ?? "" } },
                                 facets: fs.map { f in rows.map { f[$0] ?? "" } }, rule: rule, scale: scale, density: bw,
                                 variableLabel: label, groupTitle: by, palette: axes.palette, freeY: freeY)
        let figure: HistogramFigure
        do {
            var theme = Theme.publication
            if by != nil { theme.legendPosition = .bottom }
            figure = try HistogramFigure(spec, size: output.size, theme: theme)
        } catch {
            printError("--var \(variable): \(error.description)")
            throw ExitCode(error == .emptySample ? 1 : 64)
        }
        var chart = style.apply(to: figure.chart)
        chart.title = output.title.map { RichText($0) }
        try output.write(chart, warnings: warnings + figure.notes)
    }
}
