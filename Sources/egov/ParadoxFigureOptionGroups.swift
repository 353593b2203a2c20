// The options of the paradox figures, one group per option, so that each
// figure subcommand declares (and its --help lists) only the ones it uses.

import ArgumentParser
import EGovParadox

/// The figure-specific choices, with the defaults of the options a figure does not take.
struct ParadoxFigureChoices {
    var edition: Int? = nil
    var outcome: GovernanceOutcome = .wgiCC
    var alignment: YearAlignment = .dataYear
    var country: String = "KAZ"
    var from: Int? = nil
    var level: Double = 0.95
}

struct EditionOption: ParsableArguments {
    @Option(name: .long, help: "UN survey edition (default: the latest).")
    var edition: Int?
}

struct OutcomeOption: ParsableArguments {
    @Option(name: .long, help: "Governance outcome: \(GovernanceOutcome.allCases.map(\.rawValue).joined(separator: "|")) (default wgi_cc).")
    var outcome: GovernanceOutcome = .wgiCC
}

struct AlignmentOption: ParsableArguments {
    @Option(name: .long, help: "Year alignment: data-year (edition Y with data of Y-1, default) or same-year.")
    var alignment: YearAlignment = .dataYear
}

struct LevelOption: ParsableArguments {
    @Option(name: .long, help: "Confidence level of fit bands and intervals (default 0.95).")
    var level: Double = 0.95

    func validate() throws {
        guard level > 0, level < 1 else {
            throw ValidationError("--level \(level): give a confidence level between 0 and 1, e.g. 0.95")
        }
    }
}

struct CountryOption: ParsableArguments {
    @Option(name: .long, help: "Country (ISO3, default KAZ).")
    var country: String = "KAZ"

    func validate() throws {
        guard country.count == 3, country.allSatisfy({ $0.isLetter }) else {
            throw ValidationError("--country \(country): give an ISO3 code such as KAZ")
        }
    }
}

struct FromOption: ParsableArguments {
    @Option(name: .long, help: "First edition of the slopegraph (default 2008).")
    var from: Int?
}
