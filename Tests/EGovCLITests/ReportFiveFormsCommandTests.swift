import Foundation
import Testing

/// `egov report --petty-corruption` (issue 22): the five-forms section measures the third form
/// from a user column merged with `egov data merge` (the invented example values), and a
/// variable the data lack is a usage error before anything is computed or written.
@Suite(.serialized) struct ReportFiveFormsCommandTests {
    typealias CLI = DataCommandsTests
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples")

    @Test func unknownPettyCorruptionVariableIsAUsageError() throws {
        let dir = ReportCommandTests.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.egov(["report", "--out", dir.path, "--petty-corruption", "bribery_rate"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--petty-corruption: no variable 'bribery_rate' in the data"))
        #expect(r.stderr.contains("egov data merge mine.csv --out merged.csv"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("report.md").path))
    }

    @Test func mergedBriberyColumnIsMeasuredInTheReport() throws {
        let dir = ReportCommandTests.tempFolder()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let merged = dir.appendingPathComponent("merged.csv").path
        let m = try CLI.egov(["data", "merge", Self.examples.appendingPathComponent("illustrative-bribery.csv").path, "--out", merged])
        #expect(m.status == 0, "\(m.stderr)")
        let out = dir.appendingPathComponent("report")
        let r = try CLI.egov(["report", "--out", out.path, "--data", merged, "--petty-corruption", "bribery_rate_invented"]
                             + ReportCommandTests.fast)
        #expect(r.status == 0, "\(r.stderr)")
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(md.contains("From the user variable `bribery_rate_invented`"))
        #expect(!md.contains("**Not measured without user data.**"))
        let table = try String(contentsOf: out.appendingPathComponent("tables/five_forms_post_soviet.csv"), encoding: .utf8)
        #expect(table.split(separator: "\n").first?.contains("petty_minus_grand,agrees_petty_vs_grand_corruption") == true)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("figure_five_forms.png").path))
    }
}
