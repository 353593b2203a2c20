// Replacing a figure: a file egov wrote itself (its signature in the file's
// metadata, see PlotCairo's OutputSignature) is replaced on a rerun; any
// other existing file needs --force.

import ArgumentParser
import EGovParadox
import Foundation

enum FigureOverwrite {
    /// True when `out` may be replaced: --force, or the file is a figure egov wrote.
    static func allowed(_ out: String, force: Bool) -> Bool {
        force || OutputSignature.isOwnOutput(at: URL(fileURLWithPath: out))
    }

    /// Fails early (exit 1) when `out` exists, is not egov's own figure and --force is absent.
    static func check(_ out: String, force: Bool) throws {
        if FileManager.default.fileExists(atPath: out), !allowed(out, force: force) {
            printError("\(out) exists; egov never overwrites a file unless you pass --force "
                       + "(a figure egov wrote itself is replaced without it)")
            throw ExitCode(1)
        }
    }

    /// The write policy: replace egov's own figure (or with --force), refuse any other existing file.
    static func policy(_ out: String, force: Bool) -> OverwritePolicy {
        allowed(out, force: force) ? .replace : .refuseExisting
    }
}
