import Foundation

/// Runs the built `egov` binary (found in the build products folder beside the
/// test bundle) and captures its exit status, standard output and standard error.
enum EGovCLI {
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
        // Read both pipes before waiting, so a large output cannot block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}
