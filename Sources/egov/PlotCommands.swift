// `egov plot scatter|line|heatmap`: journal-ready figures from the panel.

import ArgumentParser
import EGovParadox
import Foundation

struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Draw publication figures (PDF, SVG or PNG) from the panel.",
        subcommands: [PlotScatter.self, PlotLine.self, PlotHeatmap.self, PlotMap.self] + paradoxPlotSubcommands + [PlotEffects.self]
            + [PlotHistogram.self]
    )
}

// MARK: - Output options

/// `--out`, `--width`, `--height`, `--dpi`, `--force`, `--title`: where and how big.
struct PlotOutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output file; the extension chooses the format: .pdf, .svg or .png.")
    var out: String
    @Option(name: .long, help: "Figure width with a unit: 85mm (one column), 175mm (two), 3.35in, 240pt.")
    var width: String = "85mm"
    @Option(name: .long, help: "Figure height with a unit, e.g. 70mm.")
    var height: String = "70mm"
    @Option(name: .long, help: "Resolution of PNG output in dots per inch (PNG only; default 300).")
    var dpi: Double?
    @Flag(name: .long, help: "Overwrite an existing file egov did not write (its own figures are replaced without --force).")
    var force = false
    @Option(name: .long, help: "Figure title (journals usually want none: the caption goes in the text).")
    var title: String?

    func validate() throws {
        _ = try PhysicalLength.parse(width, option: "--width")
        _ = try PhysicalLength.parse(height, option: "--height")
        let ext = URL(fileURLWithPath: out).pathExtension
        guard CairoRenderer.Format(fileExtension: ext) != nil else {
            throw ValidationError("--out \(out): unknown file extension '\(ext.isEmpty ? "(none)" : "." + ext)'; "
                                  + "end the file name with .pdf, .svg or .png")
        }
        if let dpi {
            guard ext.lowercased() == "png" else {
                throw ValidationError("--dpi applies only to PNG output; \(out) is \(ext.uppercased()) (vector formats have no resolution): drop --dpi or write a .png")
            }
            guard dpi.isFinite, dpi >= 10, dpi <= 2400 else {
                throw ValidationError("--dpi \(dpi): use a resolution between 10 and 2400, e.g. 300 for print")
            }
        }
    }

    var size: FigureSize {
        // Validated in validate(); the fallbacks are never used.
        FigureSize(width: (try? PhysicalLength.parse(width, option: "--width")) ?? .mm(85),
                   height: (try? PhysicalLength.parse(height, option: "--height")) ?? .mm(70))
    }

    var format: CairoRenderer.Format {
        CairoRenderer.Format(fileExtension: URL(fileURLWithPath: out).pathExtension, dpi: dpi ?? 300) ?? .pdf
    }

    /// Fails early (before any work) when the output exists and `--force` is absent.
    func checkOverwrite() throws {
        try FigureOverwrite.check(out, force: force)
    }

    /// Builds `chart` with Pango metrics, prints warnings to stderr, renders,
    /// writes atomically (refusing to replace an existing file without
    /// --force), and prints the written path on stdout.
    func write(_ chart: Chart, warnings: [String]) throws {
        let data: Data
        do {
            let measurer = try PangoTextMeasurer.shared()
            let scene = chart.build(measurer: measurer)
            for w in warnings + scene.warnings { printWarning(w) }
            data = try CairoRenderer(format: format, textMeasurer: measurer).render(scene)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: out), overwrite: FigureOverwrite.policy(out, force: force))
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        print(out)
    }
}

/// Physical lengths from the command line: a number and a unit.
enum PhysicalLength {
    /// Parses "85mm", "85 mm", "3.35in", "240pt", "8.5cm" (unit required).
    static func parse(_ text: String, option: String) throws(ValidationError) -> Length {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, (Double) -> Length)] = [("mm", { .mm($0) }), ("cm", { .mm($0 * 10) }), ("in", { .inches($0) }), ("pt", { .pt($0) })]
        let fix = "write a number with a unit, e.g. 85mm, 8.5cm, 3.35in or 240pt"
        guard let (unit, make) = units.first(where: { s.hasSuffix($0.0) }) else {
            throw ValidationError("\(option) '\(text)': missing or unknown unit; \(fix)")
        }
        let number = s.dropLast(unit.count).trimmingCharacters(in: .whitespaces)
        guard let v = Double(number), v.isFinite else {
            throw ValidationError("\(option) '\(text)': '\(number)' is not a number; \(fix)")
        }
        let length = make(v)
        guard length.millimetres >= 10, length.millimetres <= 1000 else {
            throw ValidationError("\(option) '\(text)': a figure side must be between 10mm and 1000mm; \(fix)")
        }
        return length
    }
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
}

// MARK: - Data access shared by the plot commands

/// The table after `--where`, with helpers that turn unknown or wrong-typed
/// columns into argument errors (exit 64) naming the option and the nearest names.
struct PlotData {
    var table: Table
    var notes: [String] = []

    init(_ option: DataFileOption, where filter: String?) throws {
        let panel = try option.load()
        table = panel.table
        notes = panel.warnings
        guard let filter else { return }
        do {
            let f = try RowFilter.parse(filter)
            let mask = try f.evaluate(on: table)
            let kept = mask.filter { $0 }.count
            table = try table.filter(rows: mask)
            if kept == 0 { Self.usage("--where \"\(filter)\" keeps no rows; check the condition") }
        } catch let e as FilterError {
            Self.usage("--where: \(e.description)")
            throw ExitCode(64)
        } catch let e as TableError {
            printError(e.description); throw ExitCode(1)
        }
        if table.rowCount == 0 { throw ExitCode(64) }
    }

    static func usage(_ message: String) { printError(message) }

    func numeric(_ name: String, option: String) throws -> [Double?] {
        do { return try table.numeric(name).optionalValues } catch {
            printError("\(option) \(name): \(error.description)")
            throw ExitCode(64)
        }
    }

    func text(_ name: String, option: String) throws -> [String?] {
        do { return try table.column(named: name).textValues } catch {
            printError("\(option) \(name): \(error.description)")
            throw ExitCode(64)
        }
    }

    /// A short name for row i in messages: iso3 (or country) and year when present.
    func rowName(_ i: Int, label: [String?]?) -> String {
        let id = label?[i] ?? (try? table.column(named: "iso3").textValues[i]) ?? (try? table.column(named: "country").textValues[i]) ?? nil
        let year = (try? table.numeric("year"))?[i].map { y in Int(exactly: y).map(String.init) ?? shortestDecimalText(y) }  // checked: Int(exactly:)
        switch (id, year) {
        case let (id?, year?): return "\(id) \(year)"
        case let (id?, nil): return id
        default: return "row \(i + 1)"
        }
    }

    /// "dropped 3 row(s) with missing egdi or wgi_cc: AFG 2022, …" (at most 20 named).
    func droppedMessage(_ rows: [Int], what: String, label: [String?]?) -> String? {
        guard !rows.isEmpty else { return nil }
        let names = rows.prefix(20).map { rowName($0, label: label) }
        let more = rows.count > 20 ? ", and \(rows.count - 20) more" : ""
        return "listwise deletion: dropped \(rows.count) of \(table.rowCount) row(s) with missing \(what): \(names.joined(separator: ", "))\(more)"
    }
}

/// Pearson's r of paired complete values (two-pass, centred sums), nil when
/// fewer than 3 pairs or a variable is constant.
func pearson(_ x: [Double], _ y: [Double]) -> Double? {
    let n = min(x.count, y.count)
    guard n >= 3 else { return nil }
    let mx = x.prefix(n).reduce(0, +) / Double(n), my = y.prefix(n).reduce(0, +) / Double(n)
    var sxy = 0.0, sxx = 0.0, syy = 0.0
    for i in 0..<n { let a = x[i] - mx, b = y[i] - my; sxy += a * b; sxx += a * a; syy += b * b }
    guard sxx > 0, syy > 0 else { return nil }
    return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
}

/// A number with `decimals` decimals and a true minus sign (U+2212).
func figureNumber(_ v: Double, decimals: Int) -> String {
    let s = String(format: "%.\(decimals)f", v)
    return s.hasPrefix("-") ? "\u{2212}" + s.dropFirst() : s
}

// MARK: - scatter

enum FitMethod: String, ExpressibleByArgument, CaseIterable { case ols }

struct PlotScatter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scatter",
        abstract: "Scatter plot of y against x, with labels, highlighting and an OLS line with its confidence band.",
        discussion: """
        Example: egov plot scatter --x egdi --y wgi_cc --where "year == 2022" --label iso3 \\
                   --highlight "post_soviet == 1" --fit ols --out fig1.pdf
        Rows with a missing x or y are dropped (listwise) and reported on stderr.
        """
    )

    @OptionGroup var data: DataFileOption
    @Option(name: .long, help: "Column for the x axis.") var x: String
    @Option(name: .long, help: "Column for the y axis.") var y: String
    @Option(name: .long, help: "Column with point labels (e.g. iso3 or country).") var label: String?
    @Option(name: .long, help: "Rows to highlight and label, e.g. \"post_soviet == 1\"; the others are grey.") var highlight: String?
    @Option(name: .long, help: "Legend name of the highlighted group (default: the --highlight condition).") var highlightName: String?
    @Option(name: .long, help: "Keep only rows where this holds, e.g. \"year == 2022\".") var `where`: String?
    @Option(name: .long, help: "Fit line: ols.") var fit: FitMethod?
    @Option(name: .long, help: "Confidence level of the band around the fit line (0 for none).") var band: Double = 0.95
    @Option(name: .long, help: "x axis title (default: the column name).") var xTitle: String?
    @Option(name: .long, help: "y axis title (default: the column name).") var yTitle: String?
    @OptionGroup var output: PlotOutputOptions
    @Option(name: .long, help: "Column whose groups get a panel each (small multiples; shared scales unless --free-y).") var facet: String?
    @Flag(name: .long, help: "With --facet: each panel its own y scale.") var freeY = false
    @Option(name: .long, help: "Statistical label: auto (r and n with --fit) or none.") var annotate: AnnotationMode = .auto
    @OptionGroup var font: PlotFontOptions
    @OptionGroup var axes: PlotAxisOptions

    func validate() throws {
        guard band == 0 || (band > 0 && band < 1) else {
            throw ValidationError("--band \(band): give a confidence level between 0 and 1, e.g. 0.95, or 0 for no band")
        }
        if freeY, facet == nil { throw ValidationError("--free-y applies to facets; add --facet VAR") }
        _ = try font.style(axes: axes)
    }

    func run() throws { try runChart() }
}

// MARK: - line

struct PlotLine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "line",
        abstract: "Lines over time, one per group (Okabe–Ito colours with redundant point shapes; dashed lines beyond eight groups).",
        discussion: """
        Example: egov plot line --x year --y egdi_rank --group iso3 --where "subregion == 'Central Asia'" \\
                   --reverse-y --out ranks.pdf
        Rows with a missing x or y are dropped and reported; lines connect the remaining points.
        """
    )

    @OptionGroup var data: DataFileOption
    @Option(name: .long, help: "Column for the x axis (e.g. year).") var x: String
    @Option(name: .long, help: "Column for the y axis.") var y: String
    @Option(name: .long, help: "Column whose values make the lines (e.g. iso3).") var group: String
    @Option(name: .long, help: "Keep only rows where this holds.") var `where`: String?
    @Flag(name: .long, help: "Large values at the bottom (ranks: 1 at the top).") var reverseY = false
    @Option(name: .long, help: "x axis title (default: the column name).") var xTitle: String?
    @Option(name: .long, help: "y axis title (default: the column name).") var yTitle: String?
    @OptionGroup var output: PlotOutputOptions
    @Option(name: .long, help: "Column whose groups get a panel each (small multiples; shared scales unless --free-y).") var facet: String?
    @Flag(name: .long, help: "With --facet: each panel its own y scale.") var freeY = false
    @OptionGroup var font: PlotFontOptions
    @OptionGroup var axes: PlotAxisOptions

    static let maxGroups = 16

    func validate() throws {
        if freeY, facet == nil { throw ValidationError("--free-y applies to facets; add --facet VAR") }
        _ = try font.style(axes: axes)
    }

    func run() throws { try runChart() }
}

// MARK: - heatmap

struct PlotHeatmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heatmap",
        abstract: "Correlation matrix of variables (Pearson, pairwise complete observations) as a heat map.",
        discussion: "Example: egov plot heatmap --vars egdi,osi,tii,hci,wgi_cc,wgi_ge --where \"year == 2022\" --out corr.pdf"
    )

    @OptionGroup var data: DataFileOption
    @Option(name: .long, help: "Comma-separated numeric columns (at least two).") var vars: String
    @Option(name: .long, help: "Keep only rows where this holds.") var `where`: String?
    @OptionGroup var output: PlotOutputOptions
    @OptionGroup var font: PlotFontOptions

    var variables: [String] { vars.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }

    func validate() throws {
        let v = variables
        guard v.count >= 2 else { throw ValidationError("--vars: give at least two columns, e.g. egdi,wgi_cc") }
        if let dup = v.first(where: { n in v.filter { $0 == n }.count > 1 }) {
            throw ValidationError("--vars: '\(dup)' is listed twice; list each variable once")
        }
    }

    func run() throws {
        try output.checkOverwrite()
        let d = try PlotData(data, where: `where`)
        var warnings = d.notes
        let v = variables
        let cols = try v.map { try d.numeric($0, option: "--vars") }
        var tx: [PlotValue] = [], ty: [PlotValue] = [], values: [Double?] = []
        var ns: [Int] = []
        for i in v.indices { for j in v.indices {
            var a: [Double] = [], b: [Double] = []
            for r in 0..<d.table.rowCount { if let p = cols[i][r], let q = cols[j][r] { a.append(p); b.append(q) } }
            let r = i == j ? (a.count >= 3 ? 1.0 : nil) : pearson(a, b)
            if i < j { ns.append(a.count) }
            if r == nil && i < j { warnings.append("\(v[i]) × \(v[j]): \(a.count) complete pair(s) or a constant variable; correlation not defined (grey cell)") }
            tx.append(.category(v[j])); ty.append(.category(v[i])); values.append(r)
        } }
        // Column labels side by side must not touch: when the names are wider
        // than a cell (estimated from the figure width), rows read "(1) egdi"
        // and columns "(1)", as in a journal's correlation table.
        var theme = try font.style(axes: nil).apply(to: Theme.publication)
        theme.tickLength = 0
        theme.frame = .none
        var rowLabels = v, columnLabels = v
        if let measurer = try? PangoTextMeasurer.shared() {
            let width = { (t: String) in measurer.measure(RichText(t), style: theme.tickLabel).width }
            let numbered = v.indices.map { "(\($0 + 1)) \(v[$0])" }
            let panel = output.size.points.width - theme.margin.left - theme.margin.right
                - (numbered.map(width).max() ?? 0) - theme.tickLabelGap - 45   // colour bar and gap
            let cell = panel / Double(v.count)
            if (v.map(width).max() ?? 0) + 3 > cell {
                rowLabels = numbered
                columnLabels = v.indices.map { "(\($0 + 1))" }
            }
        }
        let rowOf = Dictionary(uniqueKeysWithValues: zip(v, rowLabels)), colOf = Dictionary(uniqueKeysWithValues: zip(v, columnLabels))
        tx = tx.map { .category(colOf[$0.category ?? ""] ?? "") }
        ty = ty.map { .category(rowOf[$0.category ?? ""] ?? "") }
        let nText = (ns.min() == ns.max()) ? "n = \(ns.min() ?? 0)" : "n = \(ns.min() ?? 0)–\(ns.max() ?? 0)"
        let chart = Chart(size: output.size, theme: theme, title: output.title.map { RichText($0) },
                          caption: RichText([TextRun("Pearson "), TextRun("r", italic: true),
                                             TextRun(", pairwise complete observations ("), TextRun("n", italic: true),
                                             TextRun(String(nText.dropFirst(1)) + ")")]),
                          x: Axis(nil, scale: .categorical(CategoricalScale(levels: columnLabels))),
                          y: Axis(nil, scale: .categorical(CategoricalScale(levels: rowLabels, reversed: true))),
                          colorScale: ColorScale(map: .redBlue, lower: -1, upper: 1, midpoint: 0,
                                                 title: RichText([TextRun("r", italic: true)])),
                          layers: [.tiles(TileMark(x: tx, y: ty, values: values, labelDecimals: 2))])
        try output.write(chart, warnings: warnings)
    }
}
