// The curated panel ships as a SwiftPM resource of this tiny target so that
// the library works with no network and no ../shared folder.
// `egov data build` rewrites panel.csv and manifest.json beside this file.
import Foundation

/// Locations of the committed, embedded country-year panel.
public enum EmbeddedPanel {
    /// Name of the resource bundle SwiftPM builds for this target.
    static let bundleName = "EGovParadox_EmbeddedPanel"

    /// URL of a file shipped with the package (`panel.csv`, `manifest.json`),
    /// or nil when it cannot be found.
    ///
    /// SwiftPM's generated `Bundle.module` traps when the bundle is missing
    /// (for example when the `egov` binary was copied away from its build
    /// folder), so the bundle is looked up by hand: next to the executable,
    /// then in the source checkout this file was compiled from.
    public static func url(forResource name: String) -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let exeDir = exe.deletingLastPathComponent()
        for dir in [Bundle.main.bundleURL, Bundle.main.resourceURL, exeDir].compactMap({ $0 }) {
            candidates.append(dir.appendingPathComponent("\(bundleName).resources").appendingPathComponent(name))
            candidates.append(dir.appendingPathComponent("\(bundleName).bundle").appendingPathComponent(name))
            candidates.append(dir.appendingPathComponent("\(bundleName).bundle/Contents/Resources").appendingPathComponent(name))
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(name))
        return candidates.first { fm.fileExists(atPath: $0.path) }
    }
}
