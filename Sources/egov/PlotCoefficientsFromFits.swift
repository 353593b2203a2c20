// `egov plot coefficients FIT...`: the figure from saved fits, rendered as every other figure.

import ArgumentParser
import EGovParadox
import Foundation

extension PlotCoefficients {
    func runFits() throws {
        let out = args.out
        try FigureOverwrite.check(out, force: args.force)
        var loaded: [SavedFit] = []
        for path in fits {
            do { loaded.append(try SavedFit(contentsOf: URL(fileURLWithPath: path))) } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }
        let figure: ParadoxFigure
        do {
            // A width alone keeps the figure's own height rule; a height alone keeps 85 mm.
            var size: FigureSize? = nil
            if args.width != nil || args.height != nil { size = args.size(.coefficients) }
            figure = try CoefficientFigure.make(
                fits: loaded, names: titles.map(TableCommand.split),
                terms: terms.map { TableCommand.split($0).filter { !$0.isEmpty } },
                labels: try TableCommand.parseLabels(labels), level: levelOption.level, size: size)
        } catch let error as FigureError {
            if case .invalidOption = error { throw ValidationError(error.description) }
            printError(error.description)
            throw ExitCode(1)
        }
        let bytes: Data
        do {
            let measurer = try PangoTextMeasurer.shared()
            let scene = figure.chart.build(measurer: measurer)
            for w in figure.warnings + scene.warnings { printWarning(w) }
            let format = CairoRenderer.Format(fileExtension: URL(fileURLWithPath: out).pathExtension, dpi: args.dpi ?? 300) ?? .pdf
            bytes = try CairoRenderer(format: format, textMeasurer: measurer).render(scene)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: out), overwrite: FigureOverwrite.policy(out, force: args.force))
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        print(out)
        if args.printCaption { print(figure.caption) }
    }
}
