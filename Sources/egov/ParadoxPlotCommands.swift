// `egov plot paradox-scatter|rank-rank|trajectory|small-multiples|slopegraph|
// participation|coefficients|correlation-heatmap|paradox-index`: the paradox
// figures (recipes in Sources/Paradox/Figures), rendered with Cairo.

import ArgumentParser
import EGovParadox
import Foundation

/// Options shared by every paradox figure; each figure adds only the options
/// it uses (ParadoxFigureOptionGroups.swift), so its --help lists only those.
struct ParadoxFigureArguments: ParsableArguments {
    @OptionGroup var data: DataFileOption
    @Option(name: .long, help: "Output file; the extension chooses the format: .pdf, .svg or .png.")
    var out: String
    @Option(name: .long, help: "Figure width with a unit: 85mm (one column, the default; small-multiples: 175mm), 175mm (two), 3.35in, 240pt.")
    var width: String?
    @Option(name: .long, help: "Figure height with a unit (default: chosen for the figure and width).")
    var height: String?
    @Option(name: .long, help: "Resolution of PNG output in dots per inch (PNG only; default 300).")
    var dpi: Double?
    @Flag(name: .long, help: "Overwrite an existing file egov did not write (its own figures are replaced without --force).")
    var force = false
    @Flag(name: .long, help: "Also print the figure caption (data, edition, alignment, estimator, SE type, N) on stdout.")
    var printCaption = false
    @Flag(name: .long, help: "Keep EGDI values the UN computed on a missing or impossible component (egdi_flag); left out by default and listed in the notes, as in egov paradox and egov report.")
    var includeFlagged = false

    func validate() throws {
        if let width { _ = try PhysicalLength.parse(width, option: "--width") }
        if let height { _ = try PhysicalLength.parse(height, option: "--height") }
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

    /// The width and height asked for, completed by the kind's defaults.
    func size(_ kind: ParadoxFigureKind) -> FigureSize {
        // Validated in validate(); the fallbacks are never used.
        let w = width.flatMap { try? PhysicalLength.parse($0, option: "--width") }
        var s = kind.defaultSize(width: w)
        if let h = height.flatMap({ try? PhysicalLength.parse($0, option: "--height") }) { s.height = h }
        return s
    }

    func run(_ kind: ParadoxFigureKind, _ choices: ParadoxFigureChoices = ParadoxFigureChoices()) throws {
        let (edition, outcome, alignment, country, from, level) = (choices.edition, choices.outcome, choices.alignment,
                                                                   choices.country, choices.from, choices.level)
        try FigureOverwrite.check(out, force: force)
        let dataset = try data.load()
        let figure: ParadoxFigure
        do {
            let panel = try ParadoxPanel(dataset.table).includingFlagged(includeFlagged)
            let options = ParadoxFigureOptions(edition: edition, outcome: outcome, alignment: alignment, country: country.uppercased(),
                                               baseEdition: from, size: size(kind), level: level)
            figure = try kind.make(panel: panel, options: options)
        } catch let error as FigureError {
            switch error {
            case .unknownCountry, .unsupportedOutcome, .invalidOption,
                 .paradox(.unknownEdition), .paradox(.invalidWindow), .paradox(.unsupportedOutcome):
                // An argument the data cannot serve: a usage error (exit 64), listing the choices.
                throw ValidationError(error.description)
            default:
                printError(error.description)
                throw ExitCode(1)
            }
        } catch let error as ParadoxError {
            printError(error.description)
            throw ExitCode(1)
        }
        let bytes: Data
        do {
            let measurer = try PangoTextMeasurer.shared()
            let scene = figure.chart.build(measurer: measurer)
            for w in dataset.warnings + figure.warnings + scene.warnings { printWarning(w) }
            let ext = URL(fileURLWithPath: out).pathExtension
            let format = CairoRenderer.Format(fileExtension: ext, dpi: dpi ?? 300) ?? .pdf
            bytes = try CairoRenderer(format: format, textMeasurer: measurer).render(scene)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: out), overwrite: FigureOverwrite.policy(out, force: force))
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        print(out)
        if printCaption { print(figure.caption) }
    }
}

struct PlotParadoxScatter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ParadoxFigureKind.paradoxScatter.rawValue,
        abstract: "EGDI vs a governance outcome; the 15 post-Soviet states highlighted and labelled; OLS fit with its 95% band.",
        discussion: "Example: egov plot paradox-scatter --edition 2024 --outcome wgi_cc --out fig-a.pdf")
    @OptionGroup var args: ParadoxFigureArguments
    @OptionGroup var editionOption: EditionOption
    @OptionGroup var outcomeOption: OutcomeOption
    @OptionGroup var alignmentOption: AlignmentOption
    @OptionGroup var levelOption: LevelOption
    func run() throws { try args.run(.paradoxScatter, ParadoxFigureChoices(edition: editionOption.edition, outcome: outcomeOption.outcome, alignment: alignmentOption.alignment, level: levelOption.level)) }
}

struct PlotRankRank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ParadoxFigureKind.rankRank.rawValue,
        abstract: "EGDI world rank vs governance rank (rank 1 top/right) with the parity diagonal.",
        discussion: "Example: egov plot rank-rank --outcome wgi_ge --out fig-b.pdf")
    @OptionGroup var args: ParadoxFigureArguments
    @OptionGroup var editionOption: EditionOption
    @OptionGroup var outcomeOption: OutcomeOption
    @OptionGroup var alignmentOption: AlignmentOption
    func run() throws { try args.run(.rankRank, ParadoxFigureChoices(edition: editionOption.edition, outcome: outcomeOption.outcome, alignment: alignmentOption.alignment)) }
}

struct PlotTrajectory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ParadoxFigureKind.trajectory.rawValue,
        abstract: "One country's EGDI rank and WGI percentiles (outcome and Voice and Accountability) across the editions.",
        discussion: "Example: egov plot trajectory --country KAZ --out fig-c.pdf --width 175mm")
    @OptionGroup var args: ParadoxFigureArguments
    @OptionGroup var countryOption: CountryOption
    @OptionGroup var outcomeOption: OutcomeOption
    func run() throws { try args.run(.trajectory, ParadoxFigureChoices(outcome: outcomeOption.outcome, country: countryOption.country)) }
}

struct PlotSmallMultiples: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ParadoxFigureKind.smallMultiples.rawValue,
        abstract: "EGDI and governance percentiles over time, one panel per post-Soviet state (5 × 3).",
        discussion: "Example: egov plot small-multiples --outcome wgi_cc --out fig-d.pdf")
    @OptionGroup var args: ParadoxFigureArguments
    @OptionGroup var outcomeOption: OutcomeOption
    func run() throws { try args.run(.smallMultiples, ParadoxFigureChoices(outcome: outcomeOption.outcome)) }
}

struct PlotSlopegraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ParadoxFigureKind.slopegraph.rawValue,
        abstract: "EGDI and governance percentiles of the post-Soviet states at two editions (default 2008 and the latest).",
        discussion: "Example: egov plot slopegraph --from 2008 --edition 2024 --out fig-e.pdf")
    @OptionGroup var args: ParadoxFigureArguments
    @OptionGroup var editionOption: EditionOption
    @OptionGroup var fromOption: FromOption
    @OptionGroup var outcomeOption: OutcomeOption
    @OptionGroup var alignmentOption: AlignmentOption
    func run() throws { try args.run(.slopegraph, ParadoxFigureChoices(edition: editionOption.edition, outcome: outcomeOption.outcome, alignment: alignmentOption.alignment, from: fromOption.from)) }
}

struct PlotParticipation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ParadoxFigureKind.participation.rawValue,
        abstract: "E-Participation Index vs Voice and Accountability percentile; post-Soviet states highlighted.",
        discussion: "Example: egov plot participation --edition 2022 --out fig-f.pdf")
    @OptionGroup var args: ParadoxFigureArguments
    @OptionGroup var editionOption: EditionOption
    @OptionGroup var alignmentOption: AlignmentOption
    @OptionGroup var levelOption: LevelOption
    func run() throws { try args.run(.participation, ParadoxFigureChoices(edition: editionOption.edition, alignment: alignmentOption.alignment, level: levelOption.level)) }
}

struct PlotCoefficients: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ParadoxFigureKind.coefficients.rawValue,
        abstract: "Coefficient plot of saved fits (models dodged side by side); without fits, the report's figure (g).",
        discussion: """
        With saved fits: egov plot coefficients m1.json m2.json --terms egdi,log(gdppc_ppp) --out coef.pdf         (intervals from each fit's own covariance matrix and reference distribution, at --level).         Without: the EGDI slope on five outcomes, cross-section (HC1) vs two-way fixed effects (clustered by country, CR1):         egov plot coefficients --edition 2024 --out fig-g.pdf
        """)
    @OptionGroup var args: ParadoxFigureArguments
    @OptionGroup var editionOption: EditionOption
    @OptionGroup var alignmentOption: AlignmentOption
    @OptionGroup var levelOption: LevelOption
    @Argument(help: "Saved fits (egov regress ... --format json --out m1.json).")
    var fits: [String] = []
    @Option(name: .long, help: "With fits: the terms to draw, comma-separated, in order (default: all but the intercept).")
    var terms: String?
    @Option(name: .long, help: "With fits: term labels, e.g. \"egdi=EGDI,log(gdppc_ppp)=Log GDP pc\" (default: the panel's labels).")
    var labels: String?
    @Option(name: .long, help: "With fits: model names for the legend, comma-separated (default (1),(2),...).")
    var titles: String?

    func validate() throws {
        if fits.isEmpty, terms != nil || labels != nil || titles != nil {
            throw ValidationError("--terms, --labels and --titles apply to saved fits: egov plot coefficients m1.json m2.json --terms egdi --out fig.pdf")
        }
        _ = try TableCommand.parseLabels(labels)
        if let titles, TableCommand.split(titles).count != fits.count {
            throw ValidationError("--titles gives \(TableCommand.split(titles).count) names for \(fits.count) fits; give one per fit")
        }
    }

    func run() throws {
        if fits.isEmpty {
            try args.run(.coefficients, ParadoxFigureChoices(edition: editionOption.edition, alignment: alignmentOption.alignment,
                                                             level: levelOption.level))
        } else { try runFits() }
    }
}

struct PlotCorrelationHeatmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ParadoxFigureKind.correlationHeatmap.rawValue,
        abstract: "Correlations of the EGDI components with the governance outcomes, all countries vs post-Soviet states.",
        discussion: "Example: egov plot correlation-heatmap --edition 2024 --out fig-h.pdf --width 175mm")
    @OptionGroup var args: ParadoxFigureArguments
    @OptionGroup var editionOption: EditionOption
    @OptionGroup var alignmentOption: AlignmentOption
    func run() throws { try args.run(.correlationHeatmap, ParadoxFigureChoices(edition: editionOption.edition, alignment: alignmentOption.alignment)) }
}

struct PlotParadoxIndex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ParadoxFigureKind.paradoxIndex.rawValue,
        abstract: "Rank gap (EGDI percentile − WGI percentile) per post-Soviet state with the interval from WGI's 90% band.",
        discussion: "Example: egov plot paradox-index --outcome wgi_cc --out fig-i.pdf")
    @OptionGroup var args: ParadoxFigureArguments
    @OptionGroup var editionOption: EditionOption
    @OptionGroup var outcomeOption: OutcomeOption
    @OptionGroup var alignmentOption: AlignmentOption
    func run() throws { try args.run(.paradoxIndex, ParadoxFigureChoices(edition: editionOption.edition, outcome: outcomeOption.outcome, alignment: alignmentOption.alignment)) }
}

/// The paradox figure subcommands, in the order of issue 6.
let paradoxPlotSubcommands: [ParsableCommand.Type] = [
    PlotParadoxScatter.self, PlotRankRank.self, PlotTrajectory.self, PlotSmallMultiples.self, PlotSlopegraph.self,
    PlotParticipation.self, PlotCoefficients.self, PlotCorrelationHeatmap.self, PlotParadoxIndex.self,
]
