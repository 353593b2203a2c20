// `egov paradox`: the e-government paradox metrics from the command line.

import ArgumentParser
import EGovParadox

/// The metrics `egov paradox --metric` computes.
enum ParadoxMetric: String, CaseIterable, ExpressibleByArgument {
    case residual
    case rankGap = "rank-gap"
    case participationGap = "participation-gap"
    case decoupling
    case rankCorrelation = "rank-correlation"
    case slopes
    case groupSlope = "group-slope"
    case fiveForms = "five-forms"
}

extension YearAlignment: ExpressibleByArgument {}
extension GovernanceOutcome: ExpressibleByArgument {}
extension ParticipationMeasure: ExpressibleByArgument {}
extension RankGapPercentiles: ExpressibleByArgument {}

struct ParadoxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paradox",
        abstract: "E-government paradox metrics: governance residual, rank gap, participation gap, decoupling, correlation trend, pooled/between/within slopes.",
        discussion: """
        A UN survey edition Y is paired with governance data of year Y-1 by default (--alignment data-year); \
        every output states the pairing. Examples:
          egov paradox --metric residual --edition 2024 --outcome wgi_cc --post-soviet-only
          egov paradox --metric rank-gap --outcome wgi_va --format json
          egov paradox --metric decoupling --from 2008 --edition 2024
          egov paradox --metric five-forms --country KAZ --from 2008 --to 2024
        """)

    @Option(name: .long, help: "Metric: \(ParadoxMetric.allCases.map(\.rawValue).joined(separator: "|")).")
    var metric: ParadoxMetric = .residual
    @Option(name: .long, help: "UN survey edition (default: the latest); for decoupling, the last edition of the window.")
    var edition: Int?
    @Option(name: .long, help: "First edition of the decoupling window (default 2008).")
    var from: Int = 2008
    @Option(name: .long, help: "Governance outcome: \(GovernanceOutcome.allCases.map(\.rawValue).joined(separator: "|")) (default wgi_cc; rank-correlation: wgi_cc, wgi_ge, wgi_rl, wgi_va and cpi unless given).")
    var outcome: GovernanceOutcome?
    @Option(name: .long, help: "Participation-gap comparison: \(ParticipationMeasure.allCases.map(\.rawValue).joined(separator: "|")).")
    var participation: ParticipationMeasure = .wgiVoice
    @Option(name: .long, help: "Year alignment: data-year (edition Y with data of Y-1, default) or same-year.")
    var alignment: YearAlignment = .dataYear
    @Flag(name: .long, help: "Show only the 15 post-Soviet states (models are still fitted on all countries).")
    var postSovietOnly = false
    @Option(name: .long, help: "Rank-gap percentiles: common (both among the countries with both values, default) or published (EGDI among the assessed, WGI's published percentile).")
    var percentiles: RankGapPercentiles = .common
    @Flag(name: .long, help: "Keep EGDI values the UN computed on a missing or impossible component (egdi_flag); left out by default and listed in the notes.")
    var includeFlagged = false
    @Option(name: .long, help: "five-forms: the last edition of the span (same as --edition).")
    var to: Int?
    @Option(name: .long, help: "five-forms: countries to show (codes, names or groups such as \"Central Asia\"); default all.")
    var country: String?
    @Option(name: .long, help: "five-forms: a variable of petty-bribery experience (higher = more bribery) merged with egov data merge; without it that form is not measured.")
    var pettyCorruption: String?
    @OptionGroup var dataFile: DataFileOption
    @OptionGroup var format: FormatOption
    @OptionGroup var output: TableOutputOption
    @Option(name: .long, parsing: .unconditional, help: "group-slope: wild bootstrap replications B (default 9999; all 2^G sign vectors when 2^G <= B).")
    var reps: Int = GroupSlopeTest.defaultReplications
    @Option(name: .long, help: "group-slope: seed of the wild bootstrap's Xoshiro256** generator (default 20240917).")
    var seed: UInt64 = GroupSlopeTest.defaultSeed
    @Option(name: .long, help: "group-slope: wild bootstrap weights rademacher|webb|mammen (default rademacher).")
    var weights: WildBootstrapWeights = .rademacher

    func validate() throws {
        if reps < 1 {
            throw ValidationError("--reps \(reps): the number of bootstrap replications must be at least 1 (9999 is usual for publication).")
        }
        try Self.checkMemory(reps, option: "--reps", bytesEach: 5 * MemoryLayout<Double>.size)
        if metric == .rankGap || metric == .decoupling, outcome == .cpi {
            throw ValidationError("--outcome cpi: the \(metric.rawValue) metric needs WGI percentile ranks; use one of "
                                  + GovernanceOutcome.wgiDimensions.map(\.rawValue).joined(separator: ", ") + ".")
        }
    }

    func run() throws {
        try output.checkBeforeWork()
        let dataset = try dataFile.load()
        let table: ResultTable
        do {
            let panel = try ParadoxPanel(dataset.table).includingFlagged(includeFlagged)
            guard let latest = panel.latestEdition else {
                printError("the panel has no egdi values, so no UN survey edition to analyse.")
                throw ExitCode(1)
            }
            let year = to ?? edition ?? latest
            switch metric {
            case .residual:
                table = try panel.governanceResidual(edition: year, outcome: outcome ?? .wgiCC, alignment: alignment)
                    .table(postSovietOnly: postSovietOnly)
            case .rankGap:
                table = try panel.rankGap(edition: year, dimension: outcome ?? .wgiCC, alignment: alignment, percentiles: percentiles)
                    .table(postSovietOnly: postSovietOnly)
            case .participationGap:
                table = try panel.participationGap(edition: year, measure: participation, alignment: alignment)
                    .table(postSovietOnly: postSovietOnly)
            case .decoupling:
                table = try panel.decoupling(from: from, to: year, dimension: outcome ?? .wgiCC, alignment: alignment)
                    .table(postSovietOnly: postSovietOnly)
            case .rankCorrelation:
                table = try panel.rankCorrelationTrend(outcomes: outcome.map { [$0] } ?? GovernanceOutcome.residualDefaults,
                                                       editions: edition.map { [$0] }, alignment: alignment)
                    .table(postSovietOnly: postSovietOnly)
            case .slopes:
                table = try panel.slopeDecomposition(outcome: outcome ?? .wgiCC, alignment: alignment,
                                                     postSovietOnly: postSovietOnly).table()
            case .groupSlope:
                table = try panel.groupSlopeTest(outcome: outcome ?? .wgiCC, alignment: alignment,
                                                 replications: reps, seed: seed, weights: weights).table()
            case .fiveForms:
                var codes: [String]? = nil
                if let country {
                    do { codes = try CountrySelection(country, table: dataset.table).codes } catch {
                        throw ValidationError("--country: \(error.description)")
                    }
                }
                if let v = pettyCorruption, !dataset.table.hasColumn(v) {
                    let s = nearestNames(to: v, in: dataset.table.columnNames)
                    throw ValidationError("--petty-corruption: no variable '\(v)' in the data" + (s.isEmpty ? "" : "; did you mean \(s.joined(separator: ", "))?")
                                          + " Merge your bribery measure first: egov data merge mine.csv --out merged.csv, then --data merged.csv.")
                }
                table = try panel.fiveForms(from: from, to: year, countries: codes, pettyCorruption: pettyCorruption, alignment: alignment)
                    .table(postSovietOnly: postSovietOnly)
            }
        } catch let error as ParadoxError {
            switch error {
            case .unknownEdition, .invalidWindow, .unsupportedOutcome:
                // An argument the data cannot serve: a usage error (exit 64), listing the choices.
                throw ValidationError(error.description)
            default:
                printError(error.description)
                throw ExitCode(1)
            }
        }
        try output.emit(table.rendered(as: format.format))
    }
}
