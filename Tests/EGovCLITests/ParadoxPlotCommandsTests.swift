import Foundation
import Testing

/// `egov plot <paradox kind>` on the embedded panel, checked on the built binary:
/// files written at the asked size, warnings and errors on stderr, exit codes.
@Suite struct ParadoxPlotCommandsTests {
    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-paradox-plot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// 85 mm × 300 dpi = 1003.94 -> 1004 px; the scatter's default height is 0.95 × 85 mm = 80.75 mm -> 953.74 -> 954 px.
    @Test func paradoxScatterPNGAtDefaultSize() throws {
        let dir = try scratch()
        let out = dir.appendingPathComponent("a.png").path
        let r = try PlotCLI.run(["plot", "paradox-scatter", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == out + "\n")
        #expect(r.stderr.isEmpty, "no warnings on the embedded panel with the defaults: \(r.stderr)")
        let png = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        try #require(png.count > 24)
        let be = { (o: Int) in png[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be(16) == 1004 && be(20) == 954)
    }

    /// 175 mm × 90 mm at 150 dpi: 1033.46 -> 1033 px, 531.50 -> 532 px (cairo rounds the surface up from .5).
    @Test func coefficientsPNGAtGivenSizeAndCaption() throws {
        let dir = try scratch()
        let out = dir.appendingPathComponent("g.png").path
        let r = try PlotCLI.run(["plot", "coefficients", "--width", "175mm", "--height", "90mm", "--dpi", "150", "--print-caption", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == out)
        #expect(lines.count == 2 && lines[1].contains("HC1") && lines[1].contains("CR1"))
        let png = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        try #require(png.count > 24)
        let be = { (o: Int) in png[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(abs(be(16) - 1033) <= 1 && abs(be(20) - 532) <= 1)
    }

    /// Edition 2005 has flagged EGDI values (SRB, LIE, MCO, AND, SMR: HCI coded 0): the figure
    /// leaves them out by default and `--include-flagged` keeps them (issue 14.3), so the two
    /// captions count different N.
    @Test func includeFlaggedKeepsFlaggedEditionValues() throws {
        let dir = try scratch()
        var captions: [String] = []
        for extra in [[], ["--include-flagged"]] {
            let out = dir.appendingPathComponent("a\(extra.count).svg").path
            let r = try PlotCLI.run(["plot", "paradox-scatter", "--edition", "2005", "--outcome", "wgi_cc", "--print-caption", "--out", out] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            captions.append(r.stdout)
        }
        #expect(captions[0] != captions[1], "the flagged rows change the sample")
        let n = captions.map { c in c.firstMatch(of: /N = ([0-9]+)/).flatMap { Int($0.1) } }
        if let without = n[0], let with = n[1] { #expect(with > without) } else { Issue.record("no N in the captions: \(captions)") }
    }

    @Test(arguments: ["rank-rank", "trajectory", "small-multiples", "slopegraph", "participation", "correlation-heatmap", "paradox-index"])
    func everyKindWritesAPDF(kind: String) throws {
        let dir = try scratch()
        let out = dir.appendingPathComponent("\(kind).pdf").path
        let r = try PlotCLI.run(["plot", kind, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "\(kind): \(r.stderr)")
        let head = try Data(contentsOf: URL(fileURLWithPath: out)).prefix(5)
        #expect(String(decoding: head, as: UTF8.self) == "%PDF-")
    }

    @Test func exitCodesAndMessages() throws {
        let dir = try scratch()
        let out = dir.appendingPathComponent("x.pdf").path
        // An outcome the figure cannot use: usage error 64, nothing on stdout, no file.
        var r = try PlotCLI.run(["plot", "paradox-index", "--outcome", "cpi", "--out", out])
        #expect(r.status == 64 && r.stdout.isEmpty)
        #expect(r.stderr.contains("the paradox-index figure cannot use outcome 'cpi'; use one of wgi_va"))
        #expect(!FileManager.default.fileExists(atPath: out))
        r = try PlotCLI.run(["plot", "trajectory", "--country", "KAX", "--out", out])
        #expect(r.status == 64 && r.stderr.contains("did you mean") && r.stderr.contains("KAZ"))
        r = try PlotCLI.run(["plot", "paradox-scatter", "--edition", "2019", "--out", out])
        #expect(r.status == 64 && r.stderr.contains("2019 is not a UN E-Government Survey edition"))
        r = try PlotCLI.run(["plot", "rank-rank", "--out", dir.appendingPathComponent("x.txt").path])
        #expect(r.status == 64 && r.stderr.contains("unknown file extension '.txt'"))
        // Data that cannot serve the request (CPI starts in 2012): runtime error 1.
        r = try PlotCLI.run(["plot", "paradox-scatter", "--edition", "2010", "--outcome", "cpi", "--out", out])
        #expect(r.status == 1 && r.stdout.isEmpty && r.stderr.hasPrefix("error: "))
        // Replaces a figure it wrote itself (its signature in the PDF's /Creator); never another file without --force.
        r = try PlotCLI.run(["plot", "rank-rank", "--out", out])
        #expect(r.status == 0)
        r = try PlotCLI.run(["plot", "rank-rank", "--out", out])
        #expect(r.status == 0)
        try Data("not egov's".utf8).write(to: URL(fileURLWithPath: out))
        r = try PlotCLI.run(["plot", "rank-rank", "--out", out])
        #expect(r.status == 1 && r.stderr.contains("exists"))
        r = try PlotCLI.run(["plot", "rank-rank", "--out", out, "--force"])
        #expect(r.status == 0)
    }
}
