import Foundation
import Testing

/// Runs the built `egov` binary (found in the build products folder beside the test bundle).
@Suite struct DataCommandsTests {
    static var binary: URL? { EGovCLI.binary }
    typealias Run = EGovCLI.Result

    static func egov(_ args: [String]) throws -> Run { try EGovCLI.run(args) }

    @Test func binaryIsFound() {
        #expect(Self.binary != nil, "build the egov product first (swift build)")
    }

    // Reference: UN E-Government Survey ranks of Kazakhstan by edition; WGI 2024 update.
    @Test func showPrintsKazakhstanRanks() throws {
        let r = try Self.egov(["data", "show", "--country", "KAZ,EST", "--vars", "egdi_rank,wgi_cc_pct", "--years", "2003-2024", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = Set(r.stdout.split(separator: "\n").map(String.init))
        let expected = [2003: 83, 2004: 69, 2005: 65, 2008: 81, 2010: 46, 2012: 38, 2014: 28, 2016: 33, 2018: 39, 2020: 29, 2022: 28, 2024: 24]
        for (year, rank) in expected {
            #expect(lines.contains { $0.hasPrefix("KAZ,Kazakhstan,\(year),\(rank),") }, "\(year)")
        }
        #expect(lines.contains("EST,Estonia,2024,2,"))
        // WGI 2024 workbook, row KAZcc2018, pctrank.
        #expect(lines.contains { $0.hasPrefix("KAZ,Kazakhstan,2018,39,37.619049072265625") })
    }

    @Test func validateEmbeddedPanelPasses() throws {
        let r = try Self.egov(["data", "validate"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("0 errors"))
    }

    @Test func validateBrokenFileFails() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.csv")
        try Data("iso3,year,egdi,cpi\nKAZ,2020,1.5,40\nKAZ,2020,0.5,40\n".utf8).write(to: file)
        let r = try Self.egov(["data", "validate", file.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("validation failed: 2 errors"))
        #expect(r.stdout.contains("outside [0, 1]"))
        #expect(r.stdout.contains("duplicated country-year"))
    }

    @Test func unknownVariableSuggestsAndPrintsNothingOnStdout() throws {
        let r = try Self.egov(["data", "show", "--country", "KAZ", "--vars", "egdi_rnk"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("unknown variable 'egdi_rnk'"))
        #expect(r.stderr.contains("egdi_rank"))
    }

    @Test func unknownCountrySuggests() throws {
        let r = try Self.egov(["data", "show", "--country", "Kazakstan", "--vars", "egdi"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("Kazakhstan"))
    }

    @Test func listShowsCoverageAsJSON() throws {
        let r = try Self.egov(["data", "list", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"egdi_rank\""))
        #expect(r.stdout.contains("2003-2024 (12)"))
    }
}
