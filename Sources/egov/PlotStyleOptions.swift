// Style options shared by the plot commands: --font, --font-size, --palette,
// --xlim, --ylim, --log-x, --log-y (typed values in Plot's `ChartStyle`).

import ArgumentParser
import EGovParadox

extension NamedPalette: ExpressibleByArgument {}
extension AnnotationMode: ExpressibleByArgument {}
extension HistogramScale: ExpressibleByArgument {}

/// `--font`, `--font-size`: every plot.
struct PlotFontOptions: ParsableArguments {
    @Option(name: .long, help: "Font family of every text, e.g. \"Liberation Serif\" (default DejaVu Sans; an uninstalled family falls back to Pango's default).")
    var font: String?
    @Option(name: .long, help: "Axis-title size in points, 5 to 14 (default 8); tick labels, legend and title scale with it.")
    var fontSize: Double?

    func validate() throws { _ = try style(axes: nil) }

    /// The typed style; a bad value is a usage error naming the option.
    func style(axes: PlotAxisOptions?) throws(ValidationError) -> ChartStyle {
        do {
            let x = try axes?.xlim.map { s throws(ValidationError) in try Self.limits(s, option: "--xlim") }
            let y = try axes?.ylim.map { s throws(ValidationError) in try Self.limits(s, option: "--ylim") }
            return try ChartStyle(fontFamily: font, fontSize: fontSize, xLimits: x, yLimits: y,
                                  logX: axes?.logX ?? false, logY: axes?.logY ?? false)
        } catch let e as ChartStyleError {
            throw ValidationError(e.description)
        } catch let e as ValidationError {
            throw e
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// "0,1" -> limits; either side must be a finite number, the lower first.
    static func limits(_ text: String, option: String) throws(ValidationError) -> AxisLimits {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let lo = Double(parts[0]), let hi = Double(parts[1]) else {
            throw ValidationError("\(option) '\(text)': give the lower and upper limit separated by a comma, e.g. \(option) 0,1")
        }
        do { return try AxisLimits(lower: lo, upper: hi) } catch {
            throw ValidationError("\(option) '\(text)': give two finite numbers, the lower first, e.g. \(option) 0,1")
        }
    }
}

/// `--palette`, `--xlim`, `--ylim`, `--log-x`, `--log-y`: plots with continuous axes and groups.
struct PlotAxisOptions: ParsableArguments {
    @Option(name: .long, help: "Group colours: okabe-ito (default), viridis or grey (black-and-white print; dashes and shapes tell groups apart).")
    var palette: NamedPalette = .okabeIto
    @Option(name: .long, help: "x axis limits 'lower,upper', e.g. 0,1 (a zoom: points outside are clipped, fits use every row; --xlim=-1,1 for a negative lower limit).")
    var xlim: String?
    @Option(name: .long, help: "y axis limits 'lower,upper'; write --ylim=-2.5,2.5 when the lower limit is negative.")
    var ylim: String?
    @Flag(name: .long, help: "Log10 x axis (ticks at powers of ten, or 1-2-5 over short ranges); the data must be positive.")
    var logX = false
    @Flag(name: .long, help: "Log10 y axis; the data must be positive.")
    var logY = false
}

extension ChartStyle {
    /// Refuses a log axis over non-positive data with a usage error (exit 64).
    func requirePositive(x: [Double], y: [Double], xName: String, yName: String) throws {
        do { try checkLogData(x: x, y: y, xName: xName, yName: yName) } catch {
            printError(error.description)
            throw ExitCode(64)
        }
    }
}
