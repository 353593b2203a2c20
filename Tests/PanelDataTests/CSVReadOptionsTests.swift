import Testing
@testable import PanelData

@Suite struct CSVReadOptionsTests {
    @Test func documentedDefaults() {
        let o = CSVReadOptions()
        #expect(o.delimiter == .comma && o.hasHeader && o.skipLines == 0 && o.columnTypes == .infer)
        #expect(!o.quotedFieldsCanBeMissing && o.textColumns.isEmpty && !o.dropEmptyUnnamedColumns)
        #expect(CSVReadOptions.defaultMissingTokens == ["", "NA", "N/A", "n/a", "#N/A", "NULL", ".", "..", "-"])
        #expect(!CSVReadOptions.defaultMissingTokens.contains("NaN"))  // NaN is an error, not missing
    }

    @Test func delimiterBytes() {
        #expect(CSVDelimiter.allCases.map(\.byte) == [0x2C, 0x3B, 0x09, 0x7C])
    }
}
