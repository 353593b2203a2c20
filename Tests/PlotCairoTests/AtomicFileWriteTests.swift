import Foundation
import Testing
@testable import PlotCairo

@Suite struct AtomicFileWriteTests {
    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.pdf")
        try writeAtomically(Data("first".utf8), to: url)
        try writeAtomically(Data("second".utf8), to: url)
        #expect(try Data(contentsOf: url) == Data("second".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.pdf"])
    }

    @Test func missingFolderIsAWriteError() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/figure.pdf")
        #expect {
            try writeAtomically(Data("x".utf8), to: url)
        } throws: { error in
            guard case let RenderError.writeFailed(path, _)? = error as? RenderError else { return false }
            return path == url.path
        }
    }
}
