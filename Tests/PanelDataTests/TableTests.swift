import Testing
@testable import PanelData

@Suite struct TableTests {
    func sample() throws -> Table {
        try Table([
            .text(TextColumn(name: "iso3", ["EST", "LVA", "LTU"])),
            .numeric(try NumericColumn(name: "egdi", [0.94, nil, 0.89])),
            .numeric(try NumericColumn(name: "year", [2022, 2022, 2022])),
        ], sourceName: "panel.csv")
    }

    @Test func basics() throws {
        let t = try sample()
        #expect(t.rowCount == 3)
        #expect(t.columnCount == 3)
        #expect(t.columnNames == ["iso3", "egdi", "year"])
        #expect(t.hasColumn("egdi") && !t.hasColumn("EGDI"))
        #expect(try t.numeric("egdi")[1] == nil)
        #expect(try t.text("iso3").values == ["EST", "LVA", "LTU"])
        #expect(try Table([]).rowCount == 0)
    }

    @Test func constructionErrors() throws {
        let a = Column.numeric(try NumericColumn(name: "a", [1, 2]))
        #expect(throws: TableError.duplicateColumnName("a")) { try Table([a, a]) }
        let b = Column.text(TextColumn(name: "b", ["x"]))
        #expect(throws: TableError.unequalLengths(column: "b", count: 1, expected: 2, firstColumn: "a")) {
            try Table([a, b])
        }
    }

    @Test func unknownColumnMessage() throws {
        let t = try sample()
        do {
            _ = try t.column(named: "egid")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "no column named 'egid' in panel.csv; did you mean 'egdi'?")
        }
        do {
            _ = try Table([]).column(named: "zzz")
        } catch {
            #expect(error.description == "no column named 'zzz' in the table")
        }
    }

    @Test func notNumericMessages() throws {
        let t = try sample()
        #expect(throws: TableError.notNumeric(column: "iso3", origin: .constructed)) { try t.numeric("iso3") }
        #expect(TableError.notNumeric(column: "gdp", origin: .inferred(value: "1,5", line: 17, field: 3)).description
                == "column 'gdp' is text, not numeric: line 17 has \"1,5\" (decimal comma? write 1.5)")
        #expect(throws: TableError.notText(column: "egdi")) { try t.text("egdi") }
    }

    @Test func filterSelectSet() throws {
        let t = try sample()
        let f = try t.filter(rows: [true, false, true])
        #expect(try f.text("iso3").values == ["EST", "LTU"])
        #expect(try f.numeric("egdi").optionalValues == [0.94, 0.89])
        #expect(throws: TableError.maskLength(expected: 3, found: 2)) { try t.filter(rows: [true, false]) }

        let s = try t.selecting(["year", "iso3"])
        #expect(s.columnNames == ["year", "iso3"])
        #expect(throws: TableError.self) { try t.selecting(["iso3", "iso3"]) }

        var m = t
        try m.setColumn(.numeric(try NumericColumn(name: "egdi", [1, 2, 3])))  // replace in place
        #expect(m.columnNames == ["iso3", "egdi", "year"])
        #expect(try m.numeric("egdi").values == [1, 2, 3])
        try m.setColumn(.text(TextColumn(name: "note", ["a", "b", "c"])))     // append
        #expect(m.columnNames.last == "note")
        #expect(throws: TableError.self) { try m.setColumn(.text(TextColumn(name: "z", ["a"]))) }
        #expect(try m.removingColumns(["note", "year"]).columnNames == ["iso3", "egdi"])
        #expect(try t.settingColumn(.text(TextColumn(name: "n", ["", "", ""]))).columnCount == 4)
        #expect(t.columnCount == 3)  // value semantics
    }

    @Test func equalityIgnoresSourceName() throws {
        var t = try sample()
        let u = t
        t.sourceName = nil
        #expect(t == u)
    }
}
