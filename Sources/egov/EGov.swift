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
    /// the first option instead); repeated options are refused (`rejectRepeatedOptions`); then
    /// runs as usual.
    static func main() {
        StandardOutputGuard.install()
        let arguments = Array(CommandLine.arguments.dropFirst())
        PlotKindCheck.rejectUnknownKind(arguments)
        rejectRepeatedOptions(arguments)
        main(nil)
    }
}
