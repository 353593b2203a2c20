import Foundation

/// Runs the built `egov` binary for the plot command tests and gives each test
/// its own scratch folder with a small panel CSV.
enum PlotCLI {
    static var binary: URL? { EGovCLI.binary }
    typealias Result = EGovCLI.Result

    static func run(_ args: [String]) throws -> Result { try EGovCLI.run(args) }

    /// A fresh folder holding `panel.csv`: 12 countries, two years, one row
    /// with a missing y (GEO 2022) and a highlight flag.
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-plot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var csv = "iso3,year,egdi,wgi_cc,osi,post_soviet\n"
        let codes = ["EST", "LVA", "LTU", "GEO", "ARM", "AZE", "KAZ", "FIN", "DEU", "FRA", "BRA", "IND"]
        for (i, c) in codes.enumerated() {
            for year in [2020, 2022] {
                let egdi = 0.5 + 0.04 * Double(i) + (year == 2022 ? 0.01 : 0)
                let cc = (c == "GEO" && year == 2022) ? "" : String(-1 + 0.2 * Double(i) + (i % 3 == 0 ? 0.3 : -0.1))
                let osi = 0.4 + 0.05 * Double((i * 5) % 12)
                csv += "\(c),\(year),\(egdi),\(cc),\(osi),\(i < 7 ? 1 : 0)\n"
            }
        }
        try csv.write(to: dir.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        return dir
    }
}
