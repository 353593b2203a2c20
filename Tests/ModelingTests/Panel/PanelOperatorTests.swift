import Testing
@testable import Modeling

/// `l()`, `f()`, `d()`: parsing, labels, and values looked up by time value
/// on a small panel with a gap (unit A has 2000, 2001, 2003; rows out of order).
@Suite struct PanelOperatorTests {
    static let data = TestTable(
        numeric: [("year", [2001, 2000, 2003, 2000, 2001, 2002]), ("x", [20, 10, 40, 1, nil, 3])],
        text: [("id", ["A", "A", "A", "B", "B", "B"])])

    static func column(_ formula: String) throws -> [Double?] {
        let f = try Formula.parse(formula)
        let p = try PanelStructure.resolve(unit: "id", time: "year", data: data)
        let c = try PanelOperatorColumns(formula: f, data: data, panel: p)
        let name = try #require(f.panelOperators.last?.rDescription)
        return try #require(c.numericValues(name))
    }

    @Test func parsesWithFixestNamesAndDefaultOrder() throws {
        let f = try Formula.parse("y ~ l(x) + f(x, 2) + d(log(x), 1) + log(l(x, 3)) + l(x, 1):z")
        #expect(f.terms.map(\.description) == ["l(x, 1)", "f(x, 2)", "d(log(x), 1)", "log(l(x, 3))", "l(x, 1):z"])
        #expect(try Formula.parse(f.description) == f)
        #expect(f.panelOperators.map(\.rDescription) == ["l(x, 1)", "f(x, 2)", "d(log(x), 1)", "l(x, 3)"])
    }

    @Test func orderMustBeAWholeNumberFromOne() {
        for bad in ["y ~ l(x, 0)", "y ~ l(x, 1.5)", "y ~ f(x, -1)", "y ~ d(x, k)", "y ~ l(x, 1, 2)"] {
            #expect(throws: FormulaError.self, "\(bad)") { try Formula.parse(bad) }
        }
    }

    @Test func lagLooksUpTimeValueNotPreviousRow() throws {
        // A 2003 has no 2002 row: missing, not A 2001's 20.
        #expect(try Self.column("y ~ l(x)") == [10, nil, nil, nil, 1, nil])
        #expect(try Self.column("y ~ l(x, 2)") == [nil, nil, 20, nil, nil, 1])
    }

    @Test func leadAndDifference() throws {
        #expect(try Self.column("y ~ f(x)") == [nil, 20, nil, nil, 3, nil])
        #expect(try Self.column("y ~ d(x)") == [10, nil, nil, nil, nil, nil])
        #expect(try Self.column("y ~ d(x, 2)") == [nil, nil, 20, nil, nil, 2])
    }

    @Test func nestedOperatorsAndFunctions() throws {
        #expect(try Self.column("y ~ l(d(x), 1)") == [nil, nil, nil, nil, nil, nil])
        let v = try Self.column("y ~ l(x * 2, 1)")
        #expect(v == [20, nil, nil, nil, 2, nil])
    }

    @Test func duplicatesAreNamed() {
        let dup = TestTable(numeric: [("year", [2000, 2000, 2001, 2001, 2001])], text: [("id", ["A", "A", "B", "B", "B"])])
        #expect(throws: PanelError.duplicateUnitTime(
            unit: "id", time: "year",
            examples: [.init(unit: "A", time: 2000, firstRow: 0, row: 1), .init(unit: "B", time: 2001, firstRow: 2, row: 3),
                       .init(unit: "B", time: 2001, firstRow: 2, row: 4)], count: 3)) {
            try PanelStructure.resolve(unit: "id", time: "year", data: dup)
        }
    }

    @Test func timeMustBeWholeNumbers() {
        let t = TestTable(numeric: [("year", [2000, 2000.5])], text: [("id", ["A", "A"])])
        #expect(throws: PanelError.nonIntegerTime(column: "year", row: 1, value: 2000.5)) {
            try PanelStructure.resolve(unit: "id", time: "year", data: t)
        }
    }

    @Test func codesOfRows() throws {
        let p = try PanelStructure.resolve(unit: "id", time: "year", data: Self.data)
        #expect(p.unitLevels == ["A", "B"])
        let c = try #require(p.codes(rows: [2, 3]))
        #expect(c.units == [0, 1])
        #expect(c.times == [2003, 2000])
    }
}
