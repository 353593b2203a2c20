import Testing
@testable import PanelData

@Suite struct CSVErrorTests {
    @Test func placeIsSourceLineColumn() {
        #expect(CSVError(.emptyFile(skippedLines: 0), source: "<input>").description
                == "<input>: the file is empty; expected a header line")
        #expect(CSVError(.raggedRow(expected: 3, found: 2), source: "a.csv", line: 9).description
                == "a.csv, line 9: expected 3 fields, found 2; quote fields that contain the delimiter, or fix the row")
        #expect(CSVError(.strayQuote, source: "a.csv", line: 2, column: 4).description.hasPrefix("a.csv, line 2, column 4: stray"))
    }

    @Test func everyKindSaysHowToFix() {
        let kinds: [CSVError.Kind] = [
            .cannotRead(reason: "no such file"), .emptyFile(skippedLines: 4), .invalidUTF8(byteOffset: 1),
            .nulByte(byteOffset: 1), .unterminatedQuote, .strayQuote, .textAfterClosingQuote,
            .raggedRow(expected: 2, found: 3), .emptyColumnName, .duplicateColumnName("a", firstColumn: 1),
            .nonFiniteNumber(value: "NaN", columnName: "x"), .numberOverflow(value: "1e999", columnName: "x"),
            .unknownTextColumn("a", suggestions: []),
        ]
        for k in kinds {
            let m = CSVError(k, source: "f.csv").description
            #expect(m.hasPrefix("f.csv: "))
            #expect(m.contains(";"), "\(m)")  // what; how to fix
        }
        #expect(CSVError(.cannotRead(reason: "no such file"), source: "/x/y.csv").description
                == "/x/y.csv: cannot read the file (no such file); check the path and its permissions")
    }
}
