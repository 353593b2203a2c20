import Foundation
import Testing

/// `egov plot map` and `egov data boundaries` on the built binary.
@Suite struct PlotMapCommandTests {
    func map(_ dir: URL, out: String, _ extra: [String] = []) throws -> PlotCLI.Result {
        try PlotCLI.run(["plot", "map", "--data", dir.appendingPathComponent("panel.csv").path,
                         "--var", "wgi_cc", "--where", "year == 2020", "--out", dir.appendingPathComponent(out).path] + extra)
    }

    @Test func svgHasOneElementPerDrawnCountry() throws {
        let dir = try PlotCLI.scratch()
        let r = try map(dir, out: "m.svg")
        #expect(r.status == 0, "\(r.stderr)")
        let svg = String(decoding: try Data(contentsOf: dir.appendingPathComponent("m.svg")), as: UTF8.self)
        // The countries with data and those without (the whole world is drawn).
        for code in ["EST", "KAZ", "BRA", "IND", "FRA", "RUS", "USA", "XKX", "ZAF", "LSO"] {
            #expect(svg.contains("<g id=\"country-\(code)\""), "country-\(code)")
            #expect(svg.contains("<use xlink:href=\"#country-\(code)\"/>"), "use of country-\(code)")
        }
        #expect(!svg.contains("country-ATA"))
        #expect(!svg.contains("<use xlink:href=\"#surface"))
        // 175 mm wide by default.
        #expect(svg.contains("width=\"496.062992pt\""))
    }

    @Test func postSovietRegionWithLabelsAsPDFKeepsTextExtractable() throws {
        let dir = try PlotCLI.scratch()
        let r = try map(dir, out: "ps.pdf", ["--region", "post-soviet", "--labels"])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = try Data(contentsOf: dir.appendingPathComponent("ps.pdf"))
        #expect(pdf.count > 10_000)
        #expect(r.stdout == dir.appendingPathComponent("ps.pdf").path + "\n")
    }

    @Test func aConicOfTheWorldIsAUsageError() throws {
        let dir = try PlotCLI.scratch()
        let r = try map(dir, out: "m.pdf", ["--projection", "lambert-conic"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--projection lambert-conic cannot show the whole world"))
    }

    @Test func severalRowsPerCountryAreRefused() throws {
        let dir = try PlotCLI.scratch()
        let r = try PlotCLI.run(["plot", "map", "--data", dir.appendingPathComponent("panel.csv").path, "--var", "wgi_cc",
                                 "--out", dir.appendingPathComponent("m.pdf").path])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("a map shows one value per country"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.pdf").path))
    }

    @Test func anUnknownVariableIsNamed() throws {
        let dir = try PlotCLI.scratch()
        let r = try PlotCLI.run(["plot", "map", "--data", dir.appendingPathComponent("panel.csv").path, "--var", "wgi_xx",
                                 "--where", "year == 2020", "--out", dir.appendingPathComponent("m.pdf").path])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("wgi_xx"))
    }

    @Test func labelsOnAWorldMapAreAUsageError() throws {
        let dir = try PlotCLI.scratch()
        let r = try map(dir, out: "m.pdf", ["--labels"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--labels"))
    }

    @Test func anExistingFileIsNotReplacedWithoutForce() throws {
        let dir = try PlotCLI.scratch()
        try Data("mine".utf8).write(to: dir.appendingPathComponent("m.pdf"))
        let r = try map(dir, out: "m.pdf")
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(try Data(contentsOf: dir.appendingPathComponent("m.pdf")) == Data("mine".utf8))
    }

    @Test func dataBoundariesRefusesAMissingRawFolder() throws {
        let r = try PlotCLI.run(["data", "boundaries", "--raw", "/nonexistent-raw", "--out", "/tmp"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--raw /nonexistent-raw: no such folder"))
    }

    @Test func dataBoundariesRefusesAForeignFile() throws {
        let dir = try PlotCLI.scratch()
        try Data("not boundaries".utf8).write(to: dir.appendingPathComponent("boundaries.txt"))
        let r = try PlotCLI.run(["data", "boundaries", "--raw", dir.path, "--out", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("was not written by egov data boundaries"))
    }
}
