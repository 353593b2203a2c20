import Foundation
import Testing
@testable import PanelData

/// The workbook reader on a small .xlsx written by scripts/reference/spreadsheet_fixture.py
/// (shared strings with rich text, entities and a phonetic run; inline strings; numbers; a
/// formula's cached value; gaps), and on Freedom House's real workbook when ../shared is present.
@Suite struct XLSXWorkbookTests {
    static func workbook() throws -> XLSXWorkbook {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("egov-xlsx-\(UUID().uuidString).xlsx")
        try #require(Data(base64Encoded: SpreadsheetFixtures.xlsx)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try XLSXWorkbook(contentsOf: url)
    }

    @Test func sheetsCellsAndStrings() throws {
        let wb = try Self.workbook()
        #expect(wb.sheetNames == ["INDEX", "Ratings, Statuses "])
        #expect(try wb.sheet(named: "INDEX").text(0, 0) == "index sheet")
        let s = try wb.sheet(named: "Ratings, Statuses ")
        #expect(s.cells.count == 4)
        #expect(s.text(0, 0) == "Country")
        #expect(s.text(0, 1) == "2010")
        #expect(s.text(0, 2) == nil)
        #expect(s.text(0, 3) == "2011")
        #expect(s.text(1, 0) == "Côte d'Ivoire ")
        #expect(s.text(1, 2) == "PF")
        #expect(s.text(2, 0) == nil)
        #expect(s.text(3, 0) == "Bosnia & Herzegovina")
        #expect(s.text(3, 2) == "<NF>")
        #expect(s.text(3, 26) == "-1.5E-3")
        #expect(s.text(99, 99) == nil)
    }

    @Test func unknownSheetListsTheSheets() throws {
        let wb = try Self.workbook()
        #expect(throws: XLSXError.missingSheet(file: wb.archive.source, sheet: "Ratings", found: ["INDEX", "Ratings, Statuses "])) {
            try wb.sheet(named: "Ratings")
        }
    }

    @Test func columnReferences() {
        #expect(XLSXWorkbook.columnIndex("A1") == 0)
        #expect(XLSXWorkbook.columnIndex("Z9") == 25)
        #expect(XLSXWorkbook.columnIndex("AA4") == 26)
        #expect(XLSXWorkbook.columnIndex("EX328") == 153)
        #expect(XLSXWorkbook.columnIndex("12") == nil)
    }

    @Test func freedomHouseWorkbookHeaders() throws {
        guard let raw = RawData.directory else { return }
        let wb = try XLSXWorkbook(contentsOf: raw.appendingPathComponent(FreedomHouseHistoryImporter.path))
        let s = try wb.sheet(named: FreedomHouseHistoryImporter.sheet)
        #expect(s.text(0, 0) == "Survey Edition")
        #expect(s.text(1, 0) == "Year(s) Under Review")
        #expect(s.text(2, 1) == "PR")
        #expect(s.text(3, 0) == "Afghanistan")
    }
}
