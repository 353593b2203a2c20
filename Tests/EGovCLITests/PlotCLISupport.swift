import Foundation

/// Runs the built `egov` binary for the plot command tests and gives each test
/// its own scratch folder with a small panel CSV.
enum PlotCLI {
    /// The `egov` executable in the build products folder (beside the test bundle).
    static var binary: URL? {
        let fm = FileManager.default
        var dirs = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                    URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()]
        for b in Bundle.allBundles where b.bundlePath.hasSuffix(".xctest") { dirs.append(b.bundleURL.deletingLastPathComponent()) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        dirs.append(root.appendingPathComponent(".build/debug"))
        return dirs.map { $0.appendingPathComponent("egov") }.first { fm.isExecutableFile(atPath: $0.path) }
    }

    struct Result { let status: Int32; let stdout: String; let stderr: String }

    struct BinaryMissing: Error, CustomStringConvertible {
        var description: String { "egov binary not found next to the test bundle; run swift build first" }
    }

    static func run(_ args: [String]) throws -> Result {
        guard let bin = binary else { throw BinaryMissing() }
        let p = Process()
        p.executableURL = bin
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

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
