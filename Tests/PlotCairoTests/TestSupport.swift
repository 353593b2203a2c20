import Foundation
import Testing

/// Small helpers shared by the PlotCairo tests.
enum TestSupport {
    /// A fresh empty folder under the system temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plotcairo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The first executable named `name` on PATH.
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs a program and returns its standard output.
    static func run(_ program: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = program
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let childOutputVariable = "EGOV_PLOTCAIRO_CHILD_OUTPUT"

    #if os(Linux)
    static let canRelaunchTestBinary = true
    #else
    static let canRelaunchTestBinary = false
    #endif

    /// Runs this test binary again, limited to tests matching `filter`.
    static func runSelf(filter: String, environment: [String: String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        p.arguments = ["--testing-library", "swift-testing", "--filter", filter]
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Big-endian UInt32 at `offset`.
    static func uint32(_ data: Data, at offset: Int) -> UInt32 {
        let b = [UInt8](data[data.startIndex + offset ..< data.startIndex + offset + 4])
        return b.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The two numbers after `prefix` in `text`, e.g. MediaBox or SVG width/height.
    static func numbers(after prefix: String, in text: String, count: Int) -> [Double]? {
        guard let r = text.range(of: prefix) else { return nil }
        let rest = text[r.upperBound...]
        var numbers: [Double] = []
        var current = ""
        for ch in rest {
            if ch.isNumber || ch == "." || ch == "-" { current.append(ch); continue }
            if !current.isEmpty, let v = Double(current) { numbers.append(v) }
            current = ""
            if numbers.count == count { break }
        }
        return numbers.count == count ? numbers : nil
    }

    /// DejaVu Sans table values written by scripts/reference/dejavu_metrics.py.
    struct DejaVuMetrics: Decodable {
        var unitsPerEm: Double
        var ascender: Double
        var descender: Double
        var advance: [String: Double]
    }

    static func dejaVuMetrics() throws -> DejaVuMetrics {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/dejavu-sans-metrics.json")
        return try JSONDecoder().decode(DejaVuMetrics.self, from: Data(contentsOf: url))
    }
}
