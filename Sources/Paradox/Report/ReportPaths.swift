// The paths `egov report` may act on, and the checks that keep every read, write and delete
// inside the output folder. `.egov-report.json` is a committed file anyone's commit can
// edit, so its entries are untrusted input: an entry is acted on only if it has the shape of
// a file the report writes, and a path is used only if no folder on the way is a symbolic
// link leading out of the output folder (checked on the real paths, `realpath(3)`).

import Foundation
import PanelData
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public enum ReportPaths {
    /// Extensions of the figure files (top level) and of the table files (`tables/`).
    static let figureExtensions: Set<String> = ["pdf", "svg", "png"]
    static let tableExtensions: Set<String> = ["csv", "md", "tex"]

    /// Why `path` is not a report output path, or nil if it is one: `report.md`,
    /// `report.html`, `<stem>.pdf|svg|png` at the top level or `tables/<stem>.csv|md|tex`, with
    /// a stem of ASCII letters, digits, `_`, `-` and `.` that does not start with `.`.
    /// Absolute paths, `..`, `.`, empty components, backslashes and control characters are refused.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") { return "it is an absolute path" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.contains("..") { return "it climbs out of the folder (..)" }
        if parts.contains(".") || parts.contains("") { return "it has an empty or '.' component" }
        if path == Report.markdownFile || path == Report.htmlFile { return nil }
        func stemOK(_ name: String, _ exts: Set<String>) -> Bool {
            guard let dot = name.lastIndex(of: "."), !name.hasPrefix(".") else { return false }
            let stem = name[..<dot], ext = name[name.index(after: dot)...]
            return !stem.isEmpty && exts.contains(String(ext))
                && stem.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ($0.value >= 48 && $0.value <= 57))) || "_-.".unicodeScalars.contains($0) }
        }
        switch parts.count {
        case 1 where stemOK(parts[0], figureExtensions): return nil
        case 2 where parts[0] == "tables" && stemOK(parts[1], tableExtensions): return nil
        default: return "egov report writes no such file (only report.md, report.html, figures *.pdf|svg|png and tables/*.csv|md|tex)"
        }
    }

    /// Whether `s` is a lower-case hexadecimal SHA-256.
    static func isSHA256(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }

    /// The canonical absolute path of an existing folder (symbolic links resolved), or nil.
    public static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Checks that writing or deleting `relative` under `folder` stays inside it: every
    /// existing folder on the way must be a directory whose real path lies inside the real
    /// path `realFolder` of the output folder (a symbolic link to a folder inside is fine, one
    /// leading out is refused). Returns nil if fine, or the reason.
    static func escape(of relative: String, in folder: URL, realFolder: String) -> String? {
        let parts = relative.split(separator: "/").map(String.init)
        var current = folder
        for part in parts.dropLast() {
            current = current.appendingPathComponent(part)
            switch FileKind.of(current.path) {
            case nil: return nil  // created later by the writer, as a real folder
            case .directory?: continue
            case .symbolicLink?:
                guard let real = realPath(current.path), FileKind.of(real) == .directory,
                      real == realFolder || real.hasPrefix(realFolder.hasSuffix("/") ? realFolder : realFolder + "/") else {
                    return "\(current.path) is a symbolic link leading out of the output folder"
                }
            case let kind?:
                return "\(current.path) is a \(kind.rawValue), not a folder"
            }
        }
        return nil
    }
}
