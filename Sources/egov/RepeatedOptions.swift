// A repeated option (`--where a --where b`, `--formula` twice) used to keep only the last
// value silently (issue 18.4). Convention: egov refuses a repeated option (exit 64, with the
// subcommand's usage), except the options that are lists by design (--test, --lincom,
// --quantile). Two conditions are combined by writing them in one --where with &&.

import ArgumentParser
import Foundation

enum RepeatedOptions {
    /// Options that may be given several times, each adding an item.
    static let repeatable: Set<String> = ["--test", "--lincom", "--quantile"]

    /// The first option given more than once in `arguments` (without the program name), with
    /// a message saying what to do instead; nil when none is. Scanning stops at `--`.
    static func firstRepeat(in arguments: [String]) -> String? {
        var seen = Set<String>()
        for a in arguments {
            if a == "--" { break }
            guard a.hasPrefix("--"), a.count > 2 else { continue }
            let name = String(a.split(separator: "=", maxSplits: 1).first ?? "")
            if repeatable.contains(name) { continue }
            if !seen.insert(name).inserted {
                let how: String
                switch name {
                case "--where": how = "combine the conditions in one --where with && (e.g. --where \"year == 2022 && post_soviet == 1\")"
                case "--formula": how = "fit one model per call (save each with --format json --out FILE and compare them with `egov table`)"
                default: how = "give it once"
                }
                return "\(name) is given more than once; egov does not keep only the last one silently: \(how)"
            }
        }
        return nil
    }

    /// The subcommand the arguments name (`egov data show ...` -> DataShow), for its usage line.
    static func subcommand(for arguments: [String]) -> (ParsableCommand.Type, String) {
        var current: ParsableCommand.Type = EGov.self
        var path = ["egov"]
        for a in arguments {
            guard !a.hasPrefix("-"),
                  let next = current.configuration.subcommands.first(where: { $0.configuration.commandName == a }) else { break }
            current = next
            path.append(a)
        }
        return (current, path.joined(separator: " "))
    }
}

extension EGov {
    /// Refuses repeated options before parsing (ArgumentParser would keep the last): prints the
    /// message and the subcommand's usage on stderr and exits with status 64.
    static func rejectRepeatedOptions(_ arguments: [String]) {
        if let message = RepeatedOptions.firstRepeat(in: arguments) {
            let (command, path) = RepeatedOptions.subcommand(for: arguments)
            let usage = "Usage: " + EGov.usageString(for: command)
            FileHandle.standardError.write(Data(("error: " + message + "\n" + usage + "\n  See '\(path) --help' for more information.\n").utf8))
            Foundation.exit(64)
        }
    }
}
