// `egov data boundaries`: rebuild the embedded country boundaries from Natural Earth.

import ArgumentParser
import EGovParadox
import Foundation

struct DataBoundaries: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boundaries",
        abstract: "Build boundaries.txt (the maps' country outlines) from the Natural Earth files.",
        discussion: """
        Reads naturalearth/ne_50m_admin_0_countries.geojson and ne_50m_admin_0_tiny_countries.geojson under --raw, \
        resolves Natural Earth's codes to the panel's ISO3 codes, simplifies the outlines (Douglas-Peucker, \
        --tolerance degrees) and writes --out/boundaries.txt. Deterministic: a rebuild gives the same bytes.
        """
    )

    @Option(name: .long, help: "Folder with the raw sources (see SOURCES.md there), e.g. ../shared/data/raw.")
    var raw: String
    @Option(name: .long, help: "Output folder (default: Datasets).")
    var out: String = "Datasets"
    @Option(name: .long, help: "Simplification tolerance in degrees (default 0.05; the embedded file uses the default).")
    var tolerance: Double = NaturalEarthImporter.defaultTolerance
    @Flag(name: .long, help: "Replace --out/boundaries.txt even when egov did not write it.")
    var force = false

    func validate() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: raw, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("--raw \(raw): no such folder.")
        }
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("--out \(out): no such folder; create it first.")
        }
        guard tolerance.isFinite, tolerance >= 0, tolerance <= 1 else {
            throw ValidationError("--tolerance \(tolerance): use a value between 0 (no simplification) and 1 degree, e.g. 0.05.")
        }
    }

    func run() throws {
        let target = URL(fileURLWithPath: out).appendingPathComponent(CountryBoundaries.resourceName)
        if !force, let existing = FileManager.default.contents(atPath: target.path), (try? CountryBoundaries.decode(existing)) == nil {
            printError("\(target.path) exists and was not written by egov data boundaries; egov never overwrites a file it did not create: "
                       + "pass --force to replace it, or choose another --out")
            throw ExitCode(1)
        }
        do {
            let result = try NaturalEarthImporter.build(directory: URL(fileURLWithPath: raw).appendingPathComponent("naturalearth"),
                                                        tolerance: tolerance)
            try AtomicFile.write(result.encoded(), to: target)
            for line in result.provenance where line.contains("vertices") { print(line) }
            print(target.path)
        } catch let e as ImportError {
            printError(e.description)
            throw ExitCode(1)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }
}
