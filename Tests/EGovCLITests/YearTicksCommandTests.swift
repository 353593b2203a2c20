import Foundation
import Testing

/// `egov plot line --x year`: the year axis is labelled with whole years, read
/// back from the PDF with `pdftotext -bbox` (poppler-utils; skipped when absent).
@Suite struct YearTicksCommandTests {
    static let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The words of a PDF with their boxes, from pdftotext -bbox.
    static func words(_ pdf: URL) throws -> [(text: String, yMin: Double)] {
        guard let tool = pdftotext else { return [] }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["-bbox", pdf.path, "-"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let html = String(decoding: data, as: UTF8.self)
        var out: [(String, Double)] = []
        for line in html.split(separator: "\n") where line.contains("<word") {
            guard let yr = line.range(of: "yMin=\""), let close = line[yr.upperBound...].firstIndex(of: "\""),
                  let y = Double(line[yr.upperBound..<close]),
                  let gt = line.firstIndex(of: ">"), let end = line.range(of: "</word>") else { continue }
            out.append((String(line[line.index(after: gt)..<end.lowerBound]), y))
        }
        return out
    }

    @Test func yearAxisLabelsAreWholeYears() throws {
        guard Self.pdftotext != nil else { print("pdftotext absent: skipped"); return }
        let dir = try PlotCLI.scratch()
        var csv = "iso3,year,egdi\n"
        for c in ["KAZ", "UZB"] { for y in 2012...2024 { csv += "\(c),\(y),\(0.5 + Double(y - 2012) / 40)\n" } }
        try csv.write(to: dir.appendingPathComponent("years.csv"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("l.pdf")
        let r = try PlotCLI.run(["plot", "line", "--data", dir.appendingPathComponent("years.csv").path,
                                 "--x", "year", "--y", "egdi", "--group", "iso3", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let words = try Self.words(out)
        // The x tick labels: the lowest row of numbers (largest yMin) that look like years.
        let years = words.filter { $0.text.count >= 4 && $0.text.hasPrefix("20") }
        #expect(years.count >= 3, "\(words.map(\.text))")
        for w in years { #expect(Int(w.text) != nil, "year tick label \(w.text) is not a whole year") }
    }
}
