import Foundation
import Testing
@testable import PanelData

@Suite struct UNEGovImporterTests {
    static let header = "Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n"

    /// Writes every edition file with `rows` for `special` editions and one row for the others.
    static func fixture(_ special: [Int: String], edition2024: String? = nil) throws -> RawFixture {
        let f = try RawFixture()
        for e in UNEGovImporter.editions where e != 2024 {
            try f.write(UNEGovImporter.path(edition: e), header + (special[e] ?? "\(e),\"Estonia \",10,0.50000,0.40000,0.30000,0.90000,0.20000\n"))
        }
        try f.write(UNEGovImporter.path(edition: 2024), edition2024 ?? """
            Survey Year,Country,Rank,E_Index,E_Participation,Online_Service,Human_Capital,Tele_Infra,Region\r
            2024,Estonia ,2,0.97270,0.90410,0.98000,0.94000,0.99000,Africa\r
            2024,Kazakhstan ,24,0.88000,0.80000,0.85000,0.88000,0.91000,Europe\r

            """)
        return f
    }

    @Test func trimsNamesAndQuotesAndMapsRenamed2024Headers() throws {
        let f = try Self.fixture([2003: "2003,\"Kazakhstan \",83,0.40000,0.10000,0.20000,0.90000,0.10000\n"])
        defer { f.remove() }
        let imp = try UNEGovImporter.importSource(root: f.root)
        #expect(imp.number("KAZ", 2003, "egdi_rank") == 83)
        #expect(imp.number("KAZ", 2003, "hci") == 0.9)
        #expect(imp.number("EST", 2024, "egdi_rank") == 2)
        #expect(imp.number("EST", 2024, "egdi") == 0.9727)
        #expect(imp.number("EST", 2024, "epi") == 0.9041)
        #expect(imp.number("EST", 2024, "osi") == 0.98)
        #expect(imp.number("EST", 2024, "hci") == 0.94)
        #expect(imp.number("EST", 2024, "tii") == 0.99)
        // The third-party Region column (Estonia in "Africa") is not imported anywhere.
        #expect(imp.values.values.allSatisfy { row in row.values.allSatisfy { $0 != .text("Africa") } })
        #expect(imp.files.contains("un_egov/thirdparty_2024/EGOV_DATA_2024.csv"))
    }

    @Test func egdiZeroMeansNotAssessedComponentsKeptAndFlagged() throws {
        let f = try Self.fixture([
            2003: "2003,\"Tajikistan \",174,0.00000,0.00000,0.00000,0.87000,0.01000\n2003,\"Montenegro \",,0.00000,0.00000,0.00000,0.00000,0.00000\n"
                + "2003,\"Serbia \",90,0.30000,0.20000,0.40000,0.00000,0.01000\n",
        ])
        defer { f.remove() }
        let imp = try UNEGovImporter.importSource(root: f.root)
        #expect(imp.has("TJK", 2003))  // listed by the source ...
        for v in ["egdi", "egdi_rank"] {
            #expect(imp.number("TJK", 2003, v) == nil)  // ... EGDI and rank not stored, not 0
            #expect(imp.number("MNE", 2003, v) == nil)
        }
        // Components the UN published beside EGDI = 0 are kept; a 0 there is the not-assessed code.
        #expect(imp.number("TJK", 2003, "hci") == 0.87)
        #expect(imp.number("TJK", 2003, "tii") == 0.01)
        #expect(imp.number("TJK", 2003, "osi") == nil)
        #expect(imp.number("TJK", 2003, "epi") == nil)
        #expect(imp.text("TJK", 2003, "egdi_flag") == "egdi_zero")
        for v in UNEGovImporter.variables { #expect(imp.number("MNE", 2003, v) == nil) }
        #expect(imp.text("MNE", 2003, "egdi_flag") == nil)
        // A published EGDI computed with HCI coded 0: EGDI as published, HCI missing, flagged.
        #expect(imp.number("SRB", 2003, "egdi") == 0.3)
        #expect(imp.number("SRB", 2003, "hci") == nil)
        #expect(imp.text("SRB", 2003, "egdi_flag") == "hci_zero")
        #expect(imp.notes.contains { $0.contains("2003: 2") && $0.contains("TJK 2003") })
        #expect(imp.notes.contains { $0.hasPrefix("egdi_flag = hci_zero") && $0.contains("SRB 2003") })
    }

    @Test func indexAboveOneIsMissingAndReported() throws {
        let f = try Self.fixture([2003: "2003,\"Micronesia (Federated States of) \",42,0.52648,0.01720,0.11790,1.42200,0.03955\n"])
        defer { f.remove() }
        let imp = try UNEGovImporter.importSource(root: f.root)
        #expect(imp.number("FSM", 2003, "hci") == nil)
        #expect(imp.number("FSM", 2003, "egdi") == 0.52648)
        #expect(imp.notes.contains { $0.contains("FSM 2003 hci = 1.422") })
    }

    @Test func duplicateCountryInOneEditionIsAnError() throws {
        let f = try Self.fixture([2010: "2010,Estonia,20,0.5,0.4,0.3,0.9,0.2\n2010,\"Estonia \",20,0.5,0.4,0.3,0.9,0.2\n"])
        defer { f.remove() }
        #expect(throws: ImportError.duplicate(file: UNEGovImporter.path(edition: 2010), line: 3, iso3: "EST", year: 2010, variable: nil)) {
            try UNEGovImporter.importSource(root: f.root)
        }
    }

    @Test func surveyYearMustMatchTheFileEdition() throws {
        let f = try Self.fixture([2012: "2014,Estonia,20,0.5,0.4,0.3,0.9,0.2\n"])
        defer { f.remove() }
        #expect(throws: ImportError.self) { try UNEGovImporter.importSource(root: f.root) }
    }

    @Test func unknownNameIsAnErrorWithSuggestion() throws {
        let f = try Self.fixture([2008: "2008,Kazakstan,81,0.5,0.4,0.3,0.9,0.2\n"])
        defer { f.remove() }
        do {
            _ = try UNEGovImporter.importSource(root: f.root)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("Kazakhstan"))
            #expect(error.description.contains("EGOV_DATA_2008.csv, line 2"))
        }
    }

    @Test func crossCheckAgainstMergedCopy() throws {
        let f = try Self.fixture([:])
        defer { f.remove() }
        // Wide merged copy: values in the order of UNEGovImporter.headers (egdi, rank, osi, tii,
        // hci, epi); ranks written as floats as in the real file.
        var cols = ["Country Name"]
        var estonia = ["Estonia "]
        for e in UNEGovImporter.editions where e >= 2005 {
            cols += UNEGovImporter.headers.map { "\($0.original) \(e)" }
            estonia += e == 2024 ? ["0.9727", "2.0", "0.98", "0.99", "0.94", "0.9041"] : ["0.5", "10.0", "0.3", "0.2", "0.9", "0.4"]
        }
        try f.write(UNEGovImporter.mergedPath, cols.joined(separator: ",") + "\n" + estonia.joined(separator: ",") + "\n")
        #expect(try UNEGovImporter.crossCheckMerged(root: f.root) == 6 * 10)  // 10 editions 2005-2024
        estonia[1] = "0.51"
        try f.write(UNEGovImporter.mergedPath, cols.joined(separator: ",") + "\n" + estonia.joined(separator: ",") + "\n")
        #expect(throws: ImportError.self) { try UNEGovImporter.crossCheckMerged(root: f.root) }
    }

    @Test func missingFileSaysWhere() throws {
        let f = try RawFixture()
        defer { f.remove() }
        #expect(throws: ImportError.missingFile(f.root.appendingPathComponent(UNEGovImporter.path(edition: 2003)).path)) {
            try UNEGovImporter.importSource(root: f.root)
        }
    }
}
