import ArgumentParser
import EGovParadox

@main
struct EGov: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "egov",
        abstract: "Measure the e-government paradox: e-government scores versus governance outcomes.",
        subcommands: [DataCommand.self, DescribeCommand.self, CorrelateCommand.self, RegressCommand.self, ParadoxCommand.self,
                      PlotCommand.self, ReportCommand.self, TableCommand.self]
    )

    /// `egov plot <unknown kind>` is refused with the list of kinds before
    /// argument parsing (which would complain about the first option instead).
    static func main() {
        PlotKindCheck.rejectUnknownKind(Array(CommandLine.arguments.dropFirst()))
        main(nil)
    }
}
