// What every command does with a user's --data file right after loading it (issue 18.3, 18.4):
// the loader's warnings (unknown countries) and the code normalisation go to stderr, in every
// format; values of the guarded columns outside the `egov data validate` rules and duplicated
// country-years stop the command (exit 1) with the country-years named.

import ArgumentParser
import EGovParadox

extension DataFileOption {
    /// `dataset` after ``PanelInputCheck/check(_:registry:)``: warnings printed to stderr
    /// (never into the output, which may be a CSV or JSON), problems exit 1.
    static func checked(_ dataset: PanelDataset, isEmbedded: Bool) throws -> PanelDataset {
        var out = dataset
        for w in dataset.warnings { printWarning(w) }
        out.warnings = []
        // The embedded panel is validated when it is built (and by its tests).
        guard !isEmbedded else { return out }
        do {
            let (table, warnings) = try PanelInputCheck.check(dataset.table)
            for w in warnings { printWarning(w) }
            out.table = table
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        return out
    }
}

extension DataFileOption {
    /// `--data ''` is a usage error (exit 64), never "file not found" or the current folder.
    func validate() throws {
        if let data, data.allSatisfy({ $0 == " " || $0 == "\t" }) {
            throw ValidationError("--data '\(data)': give a file name (a panel CSV, or a manifest .json beside its CSV); leave --data out to use the embedded panel")
        }
    }
}
