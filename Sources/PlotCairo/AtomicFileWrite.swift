import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `data` to `url` so that readers never see a half-written file: the
/// bytes go to a temporary file in the same folder (same file system, so the
/// rename cannot turn into a copy), which `rename(2)` then moves over the
/// destination in one step.
func writeAtomically(_ data: Data, to url: URL) throws(RenderError) {
    let path = url.path
    let folder = url.deletingLastPathComponent()
    let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
        try data.write(to: temp)
    } catch {
        throw .writeFailed(path: path, reason: "cannot create a temporary file in \(folder.path) (\(error.localizedDescription))")
    }
    if rename(temp.path, path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temp)
        throw .writeFailed(path: path, reason: reason)
    }
}
