import Foundation
import Testing

/// `egov plot`: physical sizes, formats, determinism, safe output and error
/// messages, checked on the built binary.
@Suite struct PlotCommandsTests {
    func scatter(_ dir: URL, out: String, _ extra: [String] = []) throws -> PlotCLI.Result {
        try PlotCLI.run(["plot", "scatter", "--data", dir.appendingPathComponent("panel.csv").path,
                         "--x", "egdi", "--y", "wgi_cc", "--where", "year == 2022", "--label", "iso3",
                         "--highlight", "post_soviet == 1", "--fit", "ols",
                         "--out", dir.appendingPathComponent(out).path] + extra)
    }

    /// 85 mm = 85/25.4·72 pt = 240.944882 pt; 70 mm = 198.425197 pt (cairo prints 6 decimals).
    @Test func pdfMediaBoxIsExact() throws {
        let dir = try PlotCLI.scratch()
        let r = try scatter(dir, out: "f.pdf", ["--width", "85mm", "--height", "70mm"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == dir.appendingPathComponent("f.pdf").path + "\n")
        let pdf = String(decoding: try Data(contentsOf: dir.appendingPathComponent("f.pdf")), as: UTF8.self)
        #expect(pdf.contains("/MediaBox [ 0 0 240.944882 198.425197 ]"))
    }

    /// 3.35 in × 300 dpi = 1005 px; 70 mm × 300 dpi = 826.77 -> 827 px (PNG IHDR, big-endian).
    @Test func pngPixelSizeIsSizeTimesDpi() throws {
        let dir = try PlotCLI.scratch()
        let r = try scatter(dir, out: "f.png", ["--width", "3.35in", "--height", "70mm", "--dpi", "300"])
        #expect(r.status == 0, "\(r.stderr)")
        let png = [UInt8](try Data(contentsOf: dir.appendingPathComponent("f.png")))
        try #require(png.count > 24)
        let be = { (o: Int) in png[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be(16) == 1005 && be(20) == 827)
    }

    /// 240 pt × 60 mm (= 170.07874 pt as cairo prints it) in the SVG root element.
    @Test func svgSizeAttributes() throws {
        let dir = try PlotCLI.scratch()
        let r = try scatter(dir, out: "f.svg", ["--width", "240pt", "--height", "60mm"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = String(decoding: try Data(contentsOf: dir.appendingPathComponent("f.svg")), as: UTF8.self)
        #expect(svg.contains("width=\"240pt\""))
        #expect(svg.contains("height=\"170.07874pt\""), "\(svg.prefix(300))")
        #expect(svg.contains("viewBox=\"0 0 240 170.07874\""))
    }

    @Test(arguments: ["pdf", "svg", "png"])
    func identicalBytesTwice(ext: String) throws {
        let dir = try PlotCLI.scratch()
        #expect(try scatter(dir, out: "a.\(ext)").status == 0)
        #expect(try scatter(dir, out: "b.\(ext)").status == 0)
        let a = try Data(contentsOf: dir.appendingPathComponent("a.\(ext)"))
        let b = try Data(contentsOf: dir.appendingPathComponent("b.\(ext)"))
        #expect(!a.isEmpty && a == b)
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let dir = try PlotCLI.scratch()
        let target = dir.appendingPathComponent("f.pdf")
        try Data("mine".utf8).write(to: target)
        let r = try scatter(dir, out: "f.pdf")
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("f.pdf exists; egov never overwrites a file unless you pass --force"))
        #expect(try Data(contentsOf: target) == Data("mine".utf8))
        let forced = try scatter(dir, out: "f.pdf", ["--force"])
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: target).starts(with: Data("%PDF".utf8)))
    }

    @Test func unwritableFolderIsAClearError() throws {
        let dir = try PlotCLI.scratch()
        let r = try scatter(dir, out: "no-such-folder/f.pdf")
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("no-such-folder") && r.stderr.contains("does not exist"))
    }

    @Test func badSizeString() throws {
        let dir = try PlotCLI.scratch()
        let r = try scatter(dir, out: "f.pdf", ["--width", "85"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--width '85': missing or unknown unit; write a number with a unit, e.g. 85mm, 8.5cm, 3.35in or 240pt"))
        let r2 = try scatter(dir, out: "f.pdf", ["--height", "abcmm"])
        #expect(r2.status == 64 && r2.stderr.contains("--height 'abcmm': 'abc' is not a number"))
    }

    @Test func unknownExtension() throws {
        let dir = try PlotCLI.scratch()
        let r = try scatter(dir, out: "f.jpg")
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("unknown file extension '.jpg'; end the file name with .pdf, .svg or .png"))
    }

    @Test func dpiOnlyForPNG() throws {
        let dir = try PlotCLI.scratch()
        let r = try scatter(dir, out: "f.pdf", ["--dpi", "300"])
        #expect(r.status == 64 && r.stdout.isEmpty)
        #expect(r.stderr.contains("--dpi applies only to PNG output"))
    }

    @Test func unknownColumnSuggestsTheNearest() throws {
        let dir = try PlotCLI.scratch()
        let r = try PlotCLI.run(["plot", "scatter", "--data", dir.appendingPathComponent("panel.csv").path,
                                 "--x", "egdx", "--y", "wgi_cc", "--out", dir.appendingPathComponent("f.pdf").path])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--x egdx: no column named 'egdx'"))
        #expect(r.stderr.contains("did you mean 'egdi'?"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("f.pdf").path))
    }

    /// GEO 2022 has no wgi_cc: dropped and named on stderr, never silently.
    @Test func listwiseDeletionIsReported() throws {
        let dir = try PlotCLI.scratch()
        let r = try scatter(dir, out: "f.pdf")
        #expect(r.status == 0)
        #expect(r.stderr.contains("listwise deletion: dropped 1 of 12 row(s) with missing egdi or wgi_cc: GEO 2022"))
    }

    @Test func lineAndHeatmapWrite() throws {
        let dir = try PlotCLI.scratch()
        let data = dir.appendingPathComponent("panel.csv").path
        let l = try PlotCLI.run(["plot", "line", "--data", data, "--x", "year", "--y", "egdi", "--group", "iso3",
                                 "--where", "post_soviet == 1", "--reverse-y", "--out", dir.appendingPathComponent("l.svg").path])
        #expect(l.status == 0, "\(l.stderr)")
        let h = try PlotCLI.run(["plot", "heatmap", "--data", data, "--vars", "egdi,wgi_cc,osi",
                                 "--out", dir.appendingPathComponent("h.svg").path])
        #expect(h.status == 0, "\(h.stderr)")
        let svg = String(decoding: try Data(contentsOf: dir.appendingPathComponent("h.svg")), as: UTF8.self)
        #expect(svg.contains("<svg"))
        let tooMany = try PlotCLI.run(["plot", "heatmap", "--data", data, "--vars", "egdi", "--out", dir.appendingPathComponent("x.svg").path])
        #expect(tooMany.status == 64 && tooMany.stderr.contains("--vars: give at least two columns"))
    }
}
