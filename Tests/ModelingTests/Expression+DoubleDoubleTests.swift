import Testing
@testable import Modeling

/// Double-double evaluation of computed regressors and the design's low parts.
/// References are exact integer arithmetic (Python: 3**40, (2**30+1)*(2**30+3)).
@Suite struct ExpressionDoubleDoubleTests {
    /// `hi + lo` as an exact integer (both parts are integral here).
    func exactInteger(_ hi: Double, _ lo: Double) -> UInt64? {
        guard let h = UInt64(exactly: hi), let l = Int64(exactly: lo) else { return nil }
        return l >= 0 ? h + UInt64(l) : h - UInt64(-l)
    }

    @Test func integerPowerIsExact() throws {
        let e = try Formula.parse("y ~ I(x^40)").terms[0].variables[0]
        guard case .expression(let ex) = e else { Issue.record("not an expression"); return }
        let dd = try #require(ex.evaluateDoubleDouble { $0 == "x" ? 3 : nil })
        #expect(exactInteger(dd.hi, dd.lo) == 12_157_665_459_056_928_801)
        #expect(dd.lo != 0, "3^40 is not a double: the low part must carry the rest")
    }

    @Test func designCarriesLowPartsOfPowersAndProducts() throws {
        let a = Double(1 << 30 + 1), b = Double(1 << 30 + 3)
        let data = TestTable(numeric: [("y", [1, 2, 3]), ("x", [3, 3, 2]), ("a", [a, a, 1]), ("b", [b, b, 1])])
        let d = try DesignMatrix.build(formula: try Formula.parse("y ~ I(x^40) + a:b"), data: data)
        #expect(d.columnNames == ["(Intercept)", "I(x^40)", "a:b"])
        let low = try #require(d.xLow)
        let n = d.rowCount
        // The double column is what R computes; the low part completes it exactly.
        #expect(d.x[n] == 12_157_665_459_056_928_801.0)
        #expect(exactInteger(d.x[n], low[n]) == 12_157_665_459_056_928_801)
        #expect(exactInteger(d.x[2 * n], low[2 * n]) == 1_152_921_508_901_814_275)
        #expect(d.x[2 * n] == a * b)
        // Exact entries have no low part: the intercept, 2^40, 1·1.
        #expect(low[0] == 0 && low[n + 2] == 0 && low[2 * n + 2] == 0)
    }

    @Test func bareColumnsHaveNoLowParts() throws {
        let data = TestTable(numeric: [("y", [1, 2, 3]), ("x", [0.1, 0.2, 0.3])])
        let d = try DesignMatrix.build(formula: try Formula.parse("y ~ x"), data: data)
        #expect(d.xLow == nil)
    }
}
