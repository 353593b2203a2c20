// `egov plot mapp ...`: say that the kind is unknown and list the kinds,
// instead of complaining about the first option that follows it.

import ArgumentParser
import EGovParadox

enum PlotKindCheck {
    /// The plot kinds (subcommand names of `egov plot`).
    static var kinds: [String] { PlotCommand.configuration.subcommands.map { $0._commandName } }

    /// The usage error for `arguments` (the command line after `egov`) when
    /// they name `plot` and then neither a kind nor help; nil otherwise.
    static func message(_ arguments: [String]) -> String? {
        guard arguments.count >= 2, arguments[0] == "plot" else { return nil }
        let first = arguments[1]
        let kinds = Self.kinds
        if kinds.contains(first) || ["-h", "--help", "help", "--version"].contains(first) || first.hasPrefix("--generate-")
            || first.hasPrefix("--experimental") {
            return nil
        }
        let list = kinds.joined(separator: ", ")
        if first.hasPrefix("-") {
            return "egov plot: give the kind of plot before its options, e.g. egov plot scatter \(first) …; the kinds are: \(list)"
        }
        let near = nearestNames(to: first, in: kinds, limit: 3)
        return "egov plot: unknown plot kind '\(first)'" + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?")
            + " The kinds are: \(list)"
    }

    /// Prints the message and exits with status 64 when `message` finds one.
    static func rejectUnknownKind(_ arguments: [String]) {
        guard let m = message(arguments) else { return }
        printError(m)
        EGov.exit(withError: ExitCode(64))
    }
}
