import Foundation
import Testing

/// `egov data merge`: the bad-input cases through the CLI (the merge itself is tested in
/// PanelDataTests/PanelMergeTests; the documented success path in BringYourOwnDataTests).
@Suite struct DataMergeTests {
    func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("egov-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func refusalsSayWhatAndHowToFix() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, _ text: String) throws -> String {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let out = folder.appendingPathComponent("merged.csv").path

        // A panel variable's name: refused unless --replace.
        let clash = try file("clash.csv", "iso3,year,egdi\nKAZ,2024,0.5\n")
        let r1 = try EGovCLI.run(["data", "merge", clash, "--out", out])
        #expect(r1.status == 1 && r1.stdout.isEmpty)
        #expect(r1.stderr.contains("the panel already has egdi; rename your column(s), or pass --replace"))
        #expect(!FileManager.default.fileExists(atPath: out))

        // An unknown country: named with the nearest known spelling.
        let typo = try file("typo.csv", "country,year,score\nKazakstan,2022,1\n")
        let r2 = try EGovCLI.run(["data", "merge", typo, "--out", out])
        #expect(r2.status == 1)
        #expect(r2.stderr.contains("row 2: unknown country name 'Kazakstan'") && r2.stderr.contains("Kazakhstan"))

        // Two rows for one country-year.
        let dup = try file("dup.csv", "iso3,year,score\nKAZ,2022,1\nKAZ,2022,2\n")
        let r3 = try EGovCLI.run(["data", "merge", dup, "--out", out])
        #expect(r3.status == 1 && r3.stderr.contains("KAZ 2022 appears in rows 2, 3; keep one row per country and year"))

        // Success, then --out exists: refused without --force, replaced with it.
        let good = try file("good.csv", "iso3,year,score\nKAZ,2022,1\n")
        let r4 = try EGovCLI.run(["data", "merge", good, "--out", out])
        #expect(r4.status == 0, "\(r4.stderr)")
        #expect(r4.stdout.contains("your rows: 1 matched a panel country-year, 0 appended"))
        let r5 = try EGovCLI.run(["data", "merge", good, "--out", out])
        #expect(r5.status == 1 && r5.stderr.contains("exists; egov never overwrites a file it did not create: pass --force"))
        let r6 = try EGovCLI.run(["data", "merge", good, "--out", out, "--force"])
        #expect(r6.status == 0)

        // --replace: the user's column instead of the panel's.
        let r7 = try EGovCLI.run(["data", "merge", clash, "--out", out, "--replace", "--force"])
        #expect(r7.status == 0 && r7.stdout.contains("added: egdi (replacing the panel's egdi)"))

        // A missing file.
        let r8 = try EGovCLI.run(["data", "merge", folder.appendingPathComponent("none.csv").path, "--out", out])
        #expect(r8.status == 1 && !r8.stderr.isEmpty && r8.stdout.isEmpty)
    }
}
