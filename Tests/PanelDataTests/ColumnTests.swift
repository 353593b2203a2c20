import Testing
@testable import PanelData

@Suite struct ColumnTests {
    @Test func numericKeepsMissingOutOfTheValues() throws {
        let c = try NumericColumn(name: "x", [1.5, nil, -2])
        #expect(c.values == [1.5, 0, -2])          // 0, not NaN, under the mask
        #expect(c.isMissing == [false, true, false])
        #expect(c[1] == nil)
        #expect(c[2] == -2)
        #expect(c.optionalValues == [1.5, nil, -2])
        #expect(c.presentValues == [1.5, -2])
        #expect(c.missingCount == 1)
        #expect(!c.values.contains { $0.isNaN })
    }

    @Test func numericRejectsNonFinite() {
        #expect(throws: TableError.nonFiniteValue(column: "x", row: 2, value: .infinity)) {
            try NumericColumn(name: "x", [1, .infinity])
        }
        #expect(throws: TableError.self) { try NumericColumn(name: "x", values: [.nan], isMissing: [false]) }
        #expect(throws: TableError.maskLength(expected: 2, found: 1)) {
            try NumericColumn(name: "x", values: [1, 2], isMissing: [false])
        }
    }

    @Test func fastPathNormalisesMaskedSlots() throws {
        // A NaN under the mask is allowed in (it is missing) but is not stored.
        let c = try NumericColumn(name: "x", values: [.nan, 3], isMissing: [true, false])
        #expect(c.values == [0, 3])
        #expect(c == (try NumericColumn(name: "x", [nil, 3])))
    }

    @Test func textColumnEqualityIgnoresOrigin() {
        let a = TextColumn(name: "t", ["a", nil])
        let b = TextColumn(name: "t", ["a", nil], origin: .inferred(value: "a", line: 2, field: 1))
        #expect(a == b)
        #expect(a != TextColumn(name: "t", ["a", ""]))
    }

    @Test func columnHelpers() throws {
        let n = Column.numeric(try NumericColumn(name: "year", [2018, 2.5, nil, -0.0]))
        #expect(n.name == "year" && n.count == 4 && n.isNumeric)
        #expect(n.textValues == ["2018", "2.5", nil, "-0"])
        #expect(n.renamed("y").name == "y")
        #expect(n.isMissing == [false, false, true, false])
        #expect(n.filtered([true, false, true, false]) == .numeric(try NumericColumn(name: "year", [2018, nil])))
    }

    @Test func formatting() {
        #expect(shortestDecimalText(2018) == "2018")
        #expect(shortestDecimalText(0.1) == "0.1")
        #expect(shortestDecimalText(1e20) == "1e+20")
        #expect(shortestDecimalText(1e-5) == "1e-05")
        #expect(shortestDecimalText(-0.0) == "-0")
        #expect(shortestDecimalText(1.0 / 3) == "0.3333333333333333")
    }
}
