// `egov plot map`: a choropleth of one variable, one value per country.

import ArgumentParser
import EGovParadox
import Foundation

extension MapRegion: ExpressibleByArgument {}
extension MapProjectionKind: ExpressibleByArgument {}

/// `--palette` of a map: a sequential or diverging colour map, or auto.
enum MapPalette: String, ExpressibleByArgument, CaseIterable {
    /// red-blue centred at the midpoint for gaps, residuals and differences (name contains gap, resid, diff or change)
    /// that take both signs; viridis otherwise.
    case auto
    case viridis, cividis
    case redBlue = "red-blue"
}

struct PlotMap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Choropleth map of one variable (world, post-Soviet region or Europe–Asia).",
        discussion: """
        Example: egov plot map --var wgi_cc --where "year == 2023" --out map.pdf
                 egov plot map --var wgi_cc --where "year == 2023" --region post-soviet --labels --out ps.pdf
        The selection must hold at most one row per country (add e.g. year == 2023 to --where).
        Boundaries: Natural Earth 1:50m (public domain), embedded; see Datasets/README.md. In the SVG every drawn
        country is an element with id="country-ISO3".
        """
    )

    @OptionGroup var data: DataFileOption
    @Option(name: .customLong("var"), help: "Numeric column to colour the countries by.") var variable: String
    @Option(name: .long, help: "Keep only rows where this holds, e.g. \"year == 2023\".") var `where`: String?
    @Option(name: .long, help: "Region: world (default), post-soviet or europe-asia.") var region: MapRegion = .world
    @Option(name: .long, help: "Projection: equal-earth or lambert-conic (default: equal-earth for world and europe-asia, lambert-conic for post-soviet).")
    var projection: MapProjectionKind?
    @Option(name: .long, help: "Colours: auto (default), viridis, cividis or red-blue (diverging, centred at --midpoint).")
    var palette: MapPalette = .auto
    @Option(name: .long, help: "Value shown in the neutral colour of a diverging palette (default 0).") var midpoint: Double = 0
    @Flag(name: .long, help: "Label the fifteen post-Soviet states with their ISO3 codes (regional maps).") var labels = false
    @Option(name: .long, help: "Colour bar title (default: the variable's label from the manifest).") var legendTitle: String?
    @Option(name: .long, help: "Figure notes under the map, replacing the default boundary notes (\"\" for none).") var notes: String?
    @Option(name: .long, help: "Output file; the extension chooses the format: .pdf, .svg or .png.") var out: String
    @Option(name: .long, help: "Figure width with a unit (default 175mm, two columns).") var width: String = "175mm"
    @Option(name: .long, help: "Figure height with a unit (default: from the region's shape).") var height: String?
    @Option(name: .long, help: "Resolution of PNG output in dots per inch (PNG only; default 300).") var dpi: Double?
    @Flag(name: .long, help: "Overwrite an existing file egov did not write (its own figures are replaced without --force).") var force = false
    @Option(name: .long, help: "Figure title (journals usually want none).") var title: String?
    @Option(name: .long, help: "Binned map: class breaks, e.g. \"-1,-0.5,0,0.5,1\" (one colour per class, a stepped legend).") var breaks: String?
    @Option(name: .long, help: "Binned map: this many classes of about equal size (quantile breaks, 2 to 9).") var classes: Int?
    @OptionGroup var font: PlotFontOptions

    func validate() throws {
        _ = try PhysicalLength.parse(width, option: "--width")
        if let height { _ = try PhysicalLength.parse(height, option: "--height") }
        let ext = URL(fileURLWithPath: out).pathExtension
        guard CairoRenderer.Format(fileExtension: ext) != nil else {
            throw ValidationError("--out \(out): unknown file extension '\(ext.isEmpty ? "(none)" : "." + ext)'; end the file name with .pdf, .svg or .png")
        }
        if let dpi {
            guard ext.lowercased() == "png" else {
                throw ValidationError("--dpi applies only to PNG output; \(out) is \(ext.uppercased()) (vector formats have no resolution): drop --dpi or write a .png")
            }
            guard dpi.isFinite, dpi >= 10, dpi <= 2400 else {
                throw ValidationError("--dpi \(dpi): use a resolution between 10 and 2400, e.g. 300 for print")
            }
        }
        if projection == .lambertConic, region == .world {
            throw ValidationError("--projection lambert-conic cannot show the whole world (a cone shows one hemisphere); "
                                  + "use --projection equal-earth, or --region post-soviet or europe-asia")
        }
        guard midpoint.isFinite else { throw ValidationError("--midpoint \(midpoint): give a finite number, e.g. 0") }
        if breaks != nil, classes != nil { throw ValidationError("--breaks and --classes both set the classes; give one of them") }
        if let breaks { _ = try Self.parseBreaks(breaks) }
        if let classes, !(2...9).contains(classes) { throw ValidationError("--classes \(classes): give between 2 and 9 classes") }
        if labels, region == .world {
            throw ValidationError("--labels: the post-Soviet labels need a regional map; add --region post-soviet or europe-asia")
        }
    }

    func run() throws {
        try FigureOverwrite.check(out, force: force)
        let d = try PlotData(data, where: `where`)
        var warnings = d.notes
        let values = try d.numeric(variable, option: "--var")
        let codes = try d.text("iso3", option: "--var (the map needs the iso3 column)")
        var byCode: [String: Double] = [:]
        var rowsOf: [String: Int] = [:]
        for i in 0..<d.table.rowCount {
            guard let c = codes[i] else { continue }
            rowsOf[c, default: 0] += 1
            if let v = values[i], v.isFinite { byCode[c] = v }
        }
        if let (code, n) = rowsOf.filter({ $0.value > 1 }).sorted(by: { $0.key < $1.key }).first {
            printError("--where keeps \(n) rows for \(code) (and \(rowsOf.filter { $0.value > 1 }.count - 1) other countries with several); "
                       + "a map shows one value per country: narrow the selection, e.g. --where \"year == 2023\"")
            throw ExitCode(64)
        }
        guard !byCode.isEmpty else {
            printError("--var \(variable): no country has a value in the selection; check the variable and --where")
            throw ExitCode(1)
        }
        let boundaries: CountryBoundaries
        do { boundaries = try CountryBoundaries.embedded() } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        let (features, unmatched) = ChoroplethFigure.features(boundaries: boundaries, values: byCode, labelPostSoviet: labels)
        if !unmatched.isEmpty {
            warnings.append("\(unmatched.count) countr\(unmatched.count == 1 ? "y" : "ies") with a value of \(variable) "
                            + "have no outline of their own and are not drawn: \(unmatched.joined(separator: ", "))"
                            + (unmatched.contains(where: { ["GUF", "MTQ", "REU", "GLP", "MYT"].contains($0) }) ? " (Natural Earth draws GUF, GLP, MTQ, MYT and REU inside France)" : ""))
        }
        let kind = projection ?? region.defaultProjection
        guard let proj = region.projection(kind) else {
            printError("--projection \(kind.rawValue) cannot draw --region \(region.rawValue)")
            throw ExitCode(64)
        }
        let vs = Array(byCode.values)
        let signed = (vs.min() ?? 0) < midpoint && (vs.max() ?? 0) > midpoint
        let lower = variable.lowercased()
        let gapLike = ["gap", "resid", "diff", "change"].contains { lower.contains($0) }
        let map: ColorMap
        switch palette {
        case .auto: map = (signed && gapLike) ? .redBlue : .viridis
        case .viridis: map = .viridis
        case .cividis: map = .cividis
        case .redBlue: map = .redBlue
        }
        let manifest = try data.load().manifest
        let label = legendTitle ?? manifest?.variables.first(where: { $0.name == variable })?.label ?? variable
        let w = (try? PhysicalLength.parse(width, option: "--width")) ?? .mm(175)
        let noteLines = notes.map { $0.isEmpty ? [] : [$0] } ?? ChoroplethFigure.notes(region: region)
        var chart = ChoroplethMap(size: FigureSize(width: w, height: w), region: region, projection: proj, features: features,
                                  colorMap: map, midpoint: map.isDiverging ? midpoint : nil, legendTitle: RichText(label),
                                  title: title.map { RichText($0) }, notes: noteLines)
        chart.theme = try font.style(axes: nil).apply(to: chart.theme)
        if let breaks { chart.classes = try Self.parseBreaks(breaks) }
        if let classes {
            do { chart.classes = try ChoroplethFigure.quantileClasses(vs, count: classes) } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }
        if let c = chart.classes, c.outside(vs) > 0 {
            warnings.append("--breaks: \(c.outside(vs)) value(s) lie outside \(c.breaks.first ?? 0)…\(c.breaks.last ?? 0) and are drawn in the first or last class")
        }
        do {
            let measurer = try PangoTextMeasurer.shared()
            if let h = height.flatMap({ try? PhysicalLength.parse($0, option: "--height") }) {
                chart.size.height = h
            } else {
                chart.size.height = .pt(chart.naturalHeight(measurer: measurer))
            }
            let scene = chart.build(measurer: measurer)
            for w in warnings + scene.warnings { printWarning(w) }
            let format = CairoRenderer.Format(fileExtension: URL(fileURLWithPath: out).pathExtension, dpi: dpi ?? 300) ?? .pdf
            let bytes = try CairoRenderer(format: format, textMeasurer: measurer).render(scene)
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: out), overwrite: FigureOverwrite.policy(out, force: force))
        } catch let e as RenderError {
            printError(e.description)
            throw ExitCode(1)
        } catch let e as AtomicFileError {
            printError(e.description)
            throw ExitCode(1)
        }
        print(out)
    }
}

extension PlotMap {
    /// "-1,-0.5,0,0.5,1" -> classes (a usage error otherwise).
    static func parseBreaks(_ text: String) throws(ValidationError) -> ChoroplethClasses {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = parts.compactMap { Double($0.replacingOccurrences(of: "\u{2212}", with: "-")) }
        guard values.count == parts.count, let c = try? ChoroplethClasses(breaks: values) else {
            throw ValidationError("--breaks '\(text)': give at least two increasing numbers separated by commas, e.g. -1,-0.5,0,0.5,1")
        }
        return c
    }
}
