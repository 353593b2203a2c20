import Foundation
import Testing
@testable import Modeling

/// Comparisons inside I(): parsing, canonical text, evaluation (R's `as.numeric(a == b)`), errors.
@Suite struct FormulaComparisonTests {
    let data = TestTable(
        numeric: [("x", [0.2, 0.7, nil, 0.5, 0.9]), ("z", [1, 2, 3, 4, 5])],
        text: [("fh_status", ["F", "NF", "PF", nil, "F"])])

    @Test func parsesAndRoundTrips() throws {
        let f = try Formula.parse("I(fh_status == \"F\") ~ x + I(x > 0.5) + I((z >= 3) * x)")
        #expect(f.description == "I(fh_status == \"F\") ~ x + I(x > 0.5) + I((z >= 3) * x)")
        #expect(try Formula.parse(f.description) == f)
        #expect(f.columns == ["fh_status", "x", "z"])
        let g = try Formula.parse("I('F' != fh_status) ~ z")
        #expect(g.response.rDescription == "I(\"F\" != fh_status)")
    }

    @Test func evaluatesTextAndNumbersMissingStaysMissing() throws {
        let d = try DesignMatrix.build(formula: try Formula.parse("I(fh_status == \"F\") ~ I(x > 0.5) + I((z >= 3) * x)"), data: data)
        // Row 3 (x missing) and row 4 (fh_status missing) are dropped by listwise deletion.
        #expect(d.usedRows == [0, 1, 4])
        #expect(d.droppedRows.map(\.missingVariables) == [["x"], ["fh_status"]])
        #expect(d.y == [1, 0, 1])
        #expect(Array(d.column(1)) == [0, 1, 1])
        #expect(Array(d.column(2)) == [0, 0, 0.9])
        #expect(d.columnNames == ["(Intercept)", "I(x > 0.5)", "I((z >= 3) * x)"])
    }

    @Test func textOrderIsByCodePoint() throws {
        let d = try DesignMatrix.build(formula: try Formula.parse("I(fh_status < \"NF\") ~ z"), data: data)
        // Rows 0, 1, 2, 4 (row 3 misses fh_status): "F" < "NF", "NF" and "PF" are not, "F".
        #expect(d.y == [1, 0, 0, 1])
    }

    @Test func typeMismatchIsAnError() throws {
        #expect(throws: ModelingError.invalidComparison("cannot compare the text column 'fh_status' with a number in fh_status == 1: write the value in quotes, as in fh_status == \"1\"")) {
            try DesignMatrix.build(formula: try Formula.parse("I(fh_status == 1) ~ z"), data: data)
        }
        #expect(throws: ModelingError.invalidComparison("cannot compare the numeric column 'z' with the text \"3\" in z == \"3\": remove the quotes, as in z == 3")) {
            try DesignMatrix.build(formula: try Formula.parse("I(z == \"3\") ~ x"), data: data)
        }
        // A text column in arithmetic is still refused.
        #expect(throws: ModelingError.self) { try DesignMatrix.build(formula: try Formula.parse("I(fh_status * 2 > 1) ~ x"), data: data) }
    }

    @Test func syntaxErrors() {
        func message(_ s: String) -> String {
            do { _ = try Formula.parse(s); return "" } catch { return error.description }
        }
        #expect(message("I(x > 0.5 > 0.2) ~ z").contains("comparisons cannot be chained"))
        #expect(message("I(x = 1) ~ z").contains("'=' is not a comparison"))
        #expect(message("I(\"F\") ~ z").contains("can only be compared"))
        #expect(message("I(\"F\" == \"F\") ~ z").contains("both sides of the comparison are quoted text"))
        #expect(message("y ~ x > 1").contains("unexpected '>'"))
    }
}
