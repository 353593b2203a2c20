import Testing
@testable import PanelData

@Suite struct TableErrorTests {
    @Test func messages() {
        #expect(TableError.duplicateColumnName("year").description
                == "duplicate column name 'year'; every column needs its own name")
        #expect(TableError.unequalLengths(column: "b", count: 1, expected: 2, firstColumn: "a").description
                == "column 'b' has 1 rows but 'a' has 2; all columns must have the same length")
        #expect(TableError.unknownColumn("wgi_c", suggestions: ["wgi_cc", "wgi_va"], source: "panel.csv").description
                == "no column named 'wgi_c' in panel.csv; did you mean 'wgi_cc' or 'wgi_va'?")
        #expect(TableError.notNumeric(column: "gdp", origin: .inferred(value: "n.a.", line: 4, field: 2)).description
                == "column 'gdp' is text, not numeric: line 4 has \"n.a.\"")
        #expect(TableError.notNumeric(column: "pct", origin: .inferred(value: "12%", line: 2, field: 1)).description
                == "column 'pct' is text, not numeric: line 2 has \"12%\" (percent sign? write 12)")
        #expect(TableError.notNumeric(column: "code", origin: .forcedByOption).description
                == "column 'code' is text, not numeric: it was read as text on request (the textColumns option)")
        #expect(TableError.nonFiniteValue(column: "x", row: 3, value: .nan).description
                == "column 'x', row 3: nan is not a finite number; use nil for a missing value")
        #expect(TableError.maskLength(expected: 3, found: 2).description
                == "row mask has 2 entries but the table has 3 rows")
    }
}
