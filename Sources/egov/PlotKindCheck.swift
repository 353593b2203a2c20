// `egov plot mapp ...`: say that the kind is unknown and list the kinds,
// instead of complaining about the first option that follows it.

import ArgumentParser
import EGovParadox

enum PlotKindCheck {
    /// Throws the usage error (exit 64) for `arguments` that follow `plot`
    /// without naming a kind; with no arguments at all, shows the help.
    static func reject(_ arguments: [String], kinds: [String]) throws {
        guard let first = arguments.first else { throw CleanExit.helpRequest(PlotCommand.self) }
        let list = kinds.joined(separator: ", ")
        if first.hasPrefix("-") {
            printError("egov plot: give the kind of plot before its options, e.g. egov plot scatter \(first) …; the kinds are: \(list)")
        } else {
            let near = nearestNames(to: first, in: kinds, limit: 3)
            printError("egov plot: unknown plot kind '\(first)'" + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?")
                       + " The kinds are: \(list)")
        }
        throw ExitCode(64)
    }
}
