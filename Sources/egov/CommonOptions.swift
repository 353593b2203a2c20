import ArgumentParser
import EGovParadox

extension OutputFormat: ExpressibleByArgument {}

/// `--format text|csv|json|markdown|latex`, shared by every command that prints a table.
struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: "|")).")
    var format: OutputFormat = .text
}
