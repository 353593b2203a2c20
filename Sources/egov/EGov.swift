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

    /// Installs the standard-output check (`StandardOutputGuard`); `egov plot <unknown kind>`
    /// is refused with the list of kinds before argument parsing (which would complain about
    /// the first option instead); then runs as usual.
    static func main() {
        StandardOutputGuard.install()
        PlotKindCheck.rejectUnknownKind(Array(CommandLine.arguments.dropFirst()))
        main(nil)
    }
}
