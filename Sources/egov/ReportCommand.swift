// `egov report`: the whole paradox report on the embedded panel, into one folder.

import ArgumentParser
import EGovParadox
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the paradox report: every metric and regression table, every figure, report.md and report.html.",
        discussion: """
        Runs on the embedded panel (or on --data FILE, a CSV with the panel's variable names) and writes into --out (default Figures): tables/*.csv|md|tex, \
        figures as PDF, SVG and PNG, report.md and report.html (open it in a browser), and \
        .egov-report.json, the list of files this report wrote with their SHA-256. A rerun replaces \
        only files listed there and unchanged since; any other existing file stops the run before \
        anything is written, unless --force. Output is byte-identical from run to run. Nothing outside --out is \
        read, written or removed (manifest entries that are not report files, and folders linked out of --out, are \
        refused). Files are staged in .egov-report.staging and renamed into place, the manifest last: after a \
        killed run or a full disk, a plain rerun finishes the job. One run per folder at a time (.egov-report.lock).
          egov report
          egov report --out /tmp/report --alignment same-year
        """)

    @OptionGroup var dataFile: DataFileOption
    @Option(name: .long, help: "Output folder (created if missing).")
    var out: String = "Figures"
    @Flag(name: .long, help: "Overwrite files in the output folder that the previous report did not write (or that were edited).")
    var force = false
    @Option(name: .long, help: "Year alignment: data-year (edition Y with data of Y-1, default) or same-year.")
    var alignment: YearAlignment = .dataYear
    @Flag(name: .long, help: "Keep EGDI values the UN computed on a missing or impossible component (egdi_flag); left out by default and listed in the notes.")
    var includeFlagged = false
    /// Test-only, hidden from --help: fewer wild-bootstrap replications so the CLI tests can
    /// run the whole report in debug builds in seconds, not minutes. The report states B in
    /// every caption, so a report made with it can never pass for the real one; it is not
    /// part of the CLI contract and may change.
    @Option(name: .customLong("test-bootstrap-replications"), help: ArgumentHelp(visibility: .hidden))
    var testBootstrapReplications: Int?
    @Option(name: .long, help: "Five forms: a variable of petty-bribery experience (higher = more bribery) merged with egov data merge; without it that form is reported as not measured.")
    var pettyCorruption: String?

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out '': give the output folder's name, e.g. --out Figures (an empty name is not the current folder)") }
        if let b = testBootstrapReplications, b < 1 {
            throw ValidationError("--test-bootstrap-replications \(b): use a positive number of replications.")
        }
    }

    func run() throws {
        let showProgress = isatty(STDERR_FILENO) == 1
        func progress(_ step: String) {
            if showProgress { FileHandle.standardError.write(Data("egov report: \(step)\n".utf8)) }
        }
        // An unwritable --out is an error now, not after a minute of computing.
        do {
            try AtomicFile.checkWritable(directory: URL(fileURLWithPath: out))
        } catch {
            printError("--out \(out): \(error.description)")
            throw ExitCode(1)
        }
        // One run per folder (a lock held until the end; a second run is refused at once).
        let lock: ReportLock
        do {
            lock = try ReportLock.acquire(URL(fileURLWithPath: out))
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        defer { lock.release() }
        // The two documents are always written: a foreign report.md stops the run now; the
        // full check of every file runs again when writing.
        do {
            try ReportWriter.checkSubfolders(in: URL(fileURLWithPath: out))
            try ReportWriter.checkOverwrite([Report.htmlFile, Report.markdownFile], in: URL(fileURLWithPath: out), force: force)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        let dataset = try dataFile.load()
        for w in dataset.warnings { printWarning(w) }
        if let v = pettyCorruption, !dataset.table.hasColumn(v) {
            let s = nearestNames(to: v, in: dataset.table.columnNames)
            throw ValidationError("--petty-corruption: no variable '\(v)' in the data" + (s.isEmpty ? "" : "; did you mean \(s.joined(separator: ", "))?")
                                  + " Merge your bribery measure first: egov data merge mine.csv --out merged.csv, then --data merged.csv.")
        }
        let panel: ParadoxPanel
        do {
            panel = try ParadoxPanel(dataset.table).includingFlagged(includeFlagged)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        let report: Report
        do {
            var options = ReportOptions(alignment: alignment)
            if let b = testBootstrapReplications { options.bootstrapReplications = b }
            options.pettyCorruption = pettyCorruption
            report = try panel.report(options: options, manifest: dataFile.data == nil ? dataset.manifest : nil,
                                      figures: ReportFigures.slots(panel: panel, alignment: alignment), progress: progress)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        for step in report.skipped { printWarning("not computed: \(step)") }
        var files = report.textFiles()
        progress("figures")
        do {
            files += try ReportFigures.render(report.figures, warning: { printWarning($0) })
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        progress("writing \(files.count) files")
        let folder = URL(fileURLWithPath: out)
        do {
            try ReportWriter.write(files, to: folder, force: force, lock: lock, warning: { printWarning($0) },
                                   afterEachFile: ReportTestHooks.killSwitch())
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        print(folder.appendingPathComponent(Report.htmlFile).relativePath)
        print(folder.appendingPathComponent(Report.markdownFile).relativePath)
    }
}

/// The figures of the report: the slots (titles, captions, sizes) and their rendering.
enum ReportFigures {
    /// PNG resolution of the report's figures.
    static let dpi = 300.0

    /// The report's figures (`ParadoxPanel.reportFigures`); a figure the recipes could not
    /// build is reported as a warning and shown as a slot in the document.
    static func slots(panel: ParadoxPanel, alignment: YearAlignment) -> [ReportFigure] {
        let figures = panel.reportFigures(alignment: alignment) + panel.reportMaps(alignment: alignment)
        for f in figures {
            if !f.isDrawn { printWarning("\(f.stem): \(f.caption)") }
            for w in f.warnings { printWarning("\(f.stem): \(w)") }
        }
        return figures
    }

    /// PDF, SVG and PNG of every figure with a chart, in order.
    static func render(_ figures: [ReportFigure], warning: (String) -> Void) throws(RenderError) -> [ReportFile] {
        var out: [ReportFile] = []
        let drawable = figures.filter { $0.isDrawn }
        if drawable.isEmpty { return out }
        let measurer = try PangoTextMeasurer.shared()
        for f in drawable {
            let scene: Scene
            if let chart = f.chart {
                scene = chart.build(measurer: measurer)
            } else if var map = f.map {
                map.size.height = .pt(map.naturalHeight(measurer: measurer))
                scene = map.build(measurer: measurer)
            } else { continue }
            for w in scene.warnings { warning("\(f.stem): \(w)") }
            for format in [CairoRenderer.Format.pdf, .svg, .png(dpi: dpi)] {
                let data = try CairoRenderer(format: format, textMeasurer: measurer).render(scene)
                out.append(ReportFile(path: f.stem + "." + format.fileExtension, data: data))
            }
        }
        return out
    }
}
