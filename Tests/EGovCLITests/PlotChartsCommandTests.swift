import Foundation
import Testing

/// `egov plot histogram`, facets and style options on scatter and line, legends
/// in label order, unknown kinds, per-figure --help and replacing egov's own
/// figures: run on the built binary, texts read back with `pdftotext -bbox`.
@Suite struct PlotChartsCommandTests {
    static let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The words of a PDF with their boxes (poppler's pdftotext -bbox).
    static func words(_ pdf: String) throws -> [(text: String, x: Double, y: Double)] {
        guard let tool = pdftotext else {
            Issue.record("pdftotext not found: install poppler-utils")
            return []
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["-bbox", pdf, "-"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        func attr(_ line: Substring, _ name: String) -> Double? {
            guard let r = line.range(of: name + "=\""), let close = line[r.upperBound...].firstIndex(of: "\"") else { return nil }
            return Double(line[r.upperBound..<close])
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard line.contains("<word"), let x = attr(line, "xMin"), let y = attr(line, "yMin"),
                  let gt = line.firstIndex(of: ">"), let end = line.range(of: "</word>") else { return nil }
            return (String(line[line.index(after: gt)..<end.lowerBound]), x, y)
        }
    }

    /// A panel with country names, subregions and positive and negative values.
    static func scratch() throws -> (dir: URL, csv: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let rows: [(String, String, String)] = [
            ("LTU", "Lithuania", "Baltic"), ("LVA", "Latvia", "Baltic"), ("EST", "Estonia", "Baltic"),
            ("ARM", "Armenia", "South Caucasus"), ("AZE", "Azerbaijan", "South Caucasus"), ("GEO", "Georgia", "South Caucasus"),
            ("KAZ", "Kazakhstan", "Central Asia"), ("KGZ", "Kyrgyzstan", "Central Asia"), ("UZB", "Uzbekistan", "Central Asia"),
        ]
        var csv = "iso3,country,subregion,year,egdi,wgi_cc,gdppc\n"
        for (i, r) in rows.enumerated() {
            for year in [2016, 2018, 2020, 2022] {
                let egdi = 0.45 + 0.05 * Double(i) + 0.01 * Double(year - 2016) / 2
                let cc = -1.0 + 0.25 * Double(i) + (i % 2 == 0 ? 0.2 : -0.2) + 0.02 * Double(year - 2016)
                let gdp = 3000.0 * Double(i + 1) + 100 * Double(year - 2016)
                csv += "\(r.0),\(r.1),\(r.2),\(year),\(egdi),\(cc),\(gdp)\n"
            }
        }
        let path = dir.appendingPathComponent("panel.csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        return (dir, path)
    }

    func run(_ args: [String]) throws -> PlotCLI.Result { try PlotCLI.run(args) }

    // MARK: histogram

    @Test func histogramWithDensityWritesAFigure() throws {
        let (dir, csv) = try Self.scratch()
        let out = dir.appendingPathComponent("h.pdf").path
        let r = try run(["plot", "histogram", "--data", csv, "--var", "egdi", "--kde", "--scale", "density", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == out + "\n" && r.stderr.isEmpty)
        let w = try Self.words(out).map(\.text)
        #expect(w.contains("Density") && w.contains("egdi"))
        // Count axis: whole-number ticks only.
        let out2 = dir.appendingPathComponent("h2.pdf").path
        let r2 = try run(["plot", "histogram", "--data", csv, "--var", "egdi", "--bins", "6", "--by", "subregion", "--out", out2])
        #expect(r2.status == 0, "\(r2.stderr)")
        let w2 = try Self.words(out2)
        #expect(w2.map(\.text).contains("Count"))
        #expect(w2.contains { $0.text == "Baltic" } && w2.contains { $0.text == "Central" })
        let numbers = w2.compactMap { Double($0.text) }.filter { $0 >= 1 && $0 < 100 }
        #expect(numbers.allSatisfy { $0 == $0.rounded() })
    }

    @Test func histogramFacetsFreeYAndBinwidth() throws {
        let (dir, csv) = try Self.scratch()
        let out = dir.appendingPathComponent("f.png").path
        let r = try run(["plot", "histogram", "--data", csv, "--var", "wgi_cc", "--facet", "subregion", "--free-y",
                         "--binwidth", "0.25", "--width", "175mm", "--dpi", "100", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = dir.appendingPathComponent("f.pdf").path
        let r2 = try run(["plot", "histogram", "--data", csv, "--var", "wgi_cc", "--facet", "subregion", "--out", svg])
        #expect(r2.status == 0)
        let titles = try Self.words(svg).filter { ["Baltic", "Central", "South"].contains($0.text) }
        // Strips in label order: Baltic, Central Asia, South Caucasus, left to right.
        #expect(titles.map(\.text) == ["Baltic", "Central", "South"] || titles.sorted { $0.x < $1.x }.map(\.text) == ["Baltic", "Central", "South"])
    }

    @Test(arguments: [
        (["--bins", "5", "--binwidth", "0.1"], "--bins and --binwidth both choose the bins"),
        (["--binwidth=-1"], "--binwidth -1.0: give a positive width"),
        (["--bins", "zero"], "--bins"),
        (["--bandwidth", "nrd"], "--bandwidth sets the density curve's kernel; add --kde"),
        (["--kde", "--bandwidth", "wide"], "--bandwidth"),
        (["--free-y"], "--free-y applies to facets; add --facet VAR"),
        (["--log-x"], "bin a log-transformed variable instead"),
        (["--by", "subregion", "--facet", "subregion"], "--by and --facet name the same column"),
        (["--binwidth", "0.00000001"], "bins over the data's range"),
    ])
    func histogramUsageErrors(extra: [String], message: String) throws {
        let (dir, csv) = try Self.scratch()
        let out = dir.appendingPathComponent("e.pdf").path
        let r = try run(["plot", "histogram", "--data", csv, "--var", "egdi", "--out", out] + extra)
        #expect(r.status == 64, "\(extra): \(r.status) \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func histogramOfANonNumericColumnIsAUsageError() throws {
        let (dir, csv) = try Self.scratch()
        let r = try run(["plot", "histogram", "--data", csv, "--var", "country", "--out", dir.appendingPathComponent("e.pdf").path])
        #expect(r.status == 64 && r.stdout.isEmpty && r.stderr.contains("--var country"))
        let none = try run(["plot", "histogram", "--data", csv, "--var", "egdi", "--where", "year == 1990",
                            "--out", dir.appendingPathComponent("n.pdf").path])
        #expect(none.status == 64 && none.stdout.isEmpty && none.stderr.contains("keeps no rows"))
    }

    // MARK: facets and style on scatter and line

    @Test func scatterFacetsLogAxisAndNoAnnotation() throws {
        let (dir, csv) = try Self.scratch()
        let out = dir.appendingPathComponent("s.pdf").path
        let r = try run(["plot", "scatter", "--data", csv, "--x", "gdppc", "--y", "egdi", "--where", "year == 2022", "--fit", "ols",
                         "--facet", "subregion", "--log-x", "--font-size", "7", "--palette", "grey", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let w = try Self.words(out).map(\.text)
        #expect(w.contains("Baltic") && w.contains("Central") && w.contains("South"))
        #expect(w.contains("10000"))   // a log tick at a power of ten
        #expect(w.contains("r"))       // r = …, n = … in each panel
        let quiet = dir.appendingPathComponent("q.pdf").path
        let r2 = try run(["plot", "scatter", "--data", csv, "--x", "gdppc", "--y", "egdi", "--where", "year == 2022", "--fit", "ols",
                          "--annotate", "none", "--out", quiet])
        #expect(r2.status == 0)
        #expect(!(try Self.words(quiet).map(\.text).contains("r")))
    }

    @Test func limitsZoomTheAxes() throws {
        let (dir, csv) = try Self.scratch()
        let out = dir.appendingPathComponent("z.pdf").path
        let r = try run(["plot", "scatter", "--data", csv, "--x", "egdi", "--y", "wgi_cc", "--where", "year == 2022",
                         "--xlim", "0,1", "--ylim=-2,2", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let w = try Self.words(out).map(\.text)
        #expect(w.contains("0.00") && w.contains("1.00") && w.contains("\u{2212}2") && w.contains("2"))
    }

    @Test(arguments: [
        (["--log-y"], 64, "--log-y: wgi_cc has"),
        (["--xlim", "1"], 64, "--xlim '1': give the lower and upper limit separated by a comma"),
        (["--ylim", "2,1"], 64, "--ylim '2,1': give two finite numbers, the lower first"),
        (["--log-x", "--xlim", "0,1"], 64, "--xlim starts at 0.0 but --log-x needs limits above 0"),
        (["--font-size", "40"], 64, "--font-size 40.0: give a size in points between 5 and 14"),
        (["--font", ""], 64, "--font '': give a font family name"),
        (["--palette", "rainbow"], 64, "--palette"),
        (["--annotate", "some"], 64, "--annotate"),
        (["--free-y"], 64, "--free-y applies to facets"),
        (["--facet", "nope"], 64, "--facet nope"),
    ])
    func scatterStyleErrors(extra: [String], status: Int32, message: String) throws {
        let (dir, csv) = try Self.scratch()
        let out = dir.appendingPathComponent("e.pdf").path
        let r = try run(["plot", "scatter", "--data", csv, "--x", "egdi", "--y", "wgi_cc", "--where", "year == 2022", "--out", out] + extra)
        #expect(r.status == status, "\(extra): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(message), "\(extra): \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func lineLegendIsInLabelOrderAndFacetsWork() throws {
        let (dir, csv) = try Self.scratch()
        let out = dir.appendingPathComponent("l.pdf").path
        let r = try run(["plot", "line", "--data", csv, "--x", "year", "--y", "egdi", "--group", "country",
                         "--where", "subregion == 'Baltic'", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let w = try Self.words(out)
        let names = w.filter { ["Estonia", "Latvia", "Lithuania"].contains($0.text) }.sorted { $0.y < $1.y }.map(\.text)
        #expect(names == ["Estonia", "Latvia", "Lithuania"])
        let f = dir.appendingPathComponent("lf.pdf").path
        let r2 = try run(["plot", "line", "--data", csv, "--x", "year", "--y", "wgi_cc", "--group", "country", "--facet", "subregion",
                          "--free-y", "--width", "175mm", "--out", f])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(try Self.words(f).map(\.text).filter { $0 == "2016" }.count >= 2)   // x labels on the bottom panel of each column
        let bad = try run(["plot", "line", "--data", csv, "--x", "year", "--y", "wgi_cc", "--group", "country", "--log-y",
                           "--out", dir.appendingPathComponent("b.pdf").path])
        #expect(bad.status == 64 && bad.stdout.isEmpty && bad.stderr.contains("--log-y: wgi_cc has"))
    }

    @Test func heatmapTakesFontOptions() throws {
        let (dir, csv) = try Self.scratch()
        let out = dir.appendingPathComponent("h.pdf").path
        let r = try run(["plot", "heatmap", "--data", csv, "--vars", "egdi,wgi_cc,gdppc", "--font-size", "9", "--font", "DejaVu Serif", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let help = try run(["plot", "heatmap", "--help"])
        #expect(!help.stdout.contains("--log-x"))
    }

    // MARK: frictions

    @Test func unknownPlotKindListsTheKinds() throws {
        let r = try run(["plot", "mapp", "--var", "wgi_cc", "--out", "x.pdf"])
        #expect(r.status == 64 && r.stdout.isEmpty)
        #expect(r.stderr.contains("unknown plot kind 'mapp'; did you mean map"), "\(r.stderr)")
        #expect(r.stderr.contains("scatter, line, heatmap, map,") && r.stderr.contains("histogram"))
        let opt = try run(["plot", "--out", "x.pdf"])
        #expect(opt.status == 64 && opt.stderr.contains("give the kind of plot before its options"))
        let bare = try run(["plot"])
        #expect(bare.status == 0 && bare.stdout.contains("SUBCOMMANDS"))
        #expect(try run(["plot", "scatter", "--help"]).status == 0)
    }

    @Test func eachParadoxFigureListsOnlyItsOptions() throws {
        let expected: [String: [String]] = [
            "coefficients": ["--edition", "--alignment", "--level"],
            "trajectory": ["--country", "--outcome"],
            "slopegraph": ["--edition", "--from", "--outcome", "--alignment"],
            "small-multiples": ["--outcome"],
            "participation": ["--edition", "--alignment", "--level"],
            "rank-rank": ["--edition", "--outcome", "--alignment"],
        ]
        let all = ["--edition", "--outcome", "--alignment", "--level", "--country", "--from"]
        for (kind, own) in expected {
            let h = try run(["plot", kind, "--help"]).stdout
            for o in all {
                #expect(h.contains(o + " ") == own.contains(o), "plot \(kind) --help and \(o)")
            }
        }
        let r = try run(["plot", "coefficients", "--country", "KAZ", "--out", "x.pdf"])
        #expect(r.status == 64 && r.stderr.contains("--country"))
    }

    @Test func ownFigureIsReplacedForeignFileIsNot() throws {
        let (dir, csv) = try Self.scratch()
        for ext in ["pdf", "svg", "png"] {
            let out = dir.appendingPathComponent("own.\(ext)").path
            let args = ["plot", "histogram", "--data", csv, "--var", "egdi", "--out", out]
            #expect(try run(args).status == 0)
            let first = try Data(contentsOf: URL(fileURLWithPath: out))
            let again = try run(args + ["--bins", "7"])
            #expect(again.status == 0, "\(ext): \(again.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) != first)
            let back = try run(args)
            let backData = try Data(contentsOf: URL(fileURLWithPath: out))
            #expect(back.status == 0 && backData == first)   // deterministic
        }
        let foreign = dir.appendingPathComponent("foreign.pdf").path
        try Data("%PDF-1.5\n/Creator (R)\n".utf8).write(to: URL(fileURLWithPath: foreign))
        let r = try run(["plot", "histogram", "--data", csv, "--var", "egdi", "--out", foreign])
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(r.stderr.contains("exists; egov never overwrites a file unless you pass --force"))
        #expect(try String(contentsOfFile: foreign, encoding: .utf8) == "%PDF-1.5\n/Creator (R)\n")
        // Paradox figures and maps use the same rule.
        let fig = dir.appendingPathComponent("fig.pdf").path
        #expect(try run(["plot", "small-multiples", "--out", fig]).status == 0)
        #expect(try run(["plot", "small-multiples", "--out", fig]).status == 0)
    }
}
