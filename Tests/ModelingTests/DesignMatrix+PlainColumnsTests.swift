import Foundation
import PanelData
import Testing
@testable import Modeling

/// The one-pass design of bare numeric columns against the general path, bit for bit,
/// on tables with missing values, row selections, auxiliary variables and both
/// intercept settings; and the cases it must leave to the general path.
@Suite struct DesignMatrixPlainColumnsTests {
    /// A deterministic table: y, x1, x2, x3 with some missing cells, a text cluster
    /// column with some missing cells, a numeric weight column.
    func table(rows n: Int, seed: UInt64, missingRate: Double) throws -> Table {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        func column(_ name: String, scale: Double) throws -> Column {
            let values: [Double?] = (0..<n).map { i in
                if next() < missingRate { return nil }
                let u = next()
                // Signed zeros, subnormals and large magnitudes appear too.
                switch i % 37 {
                case 3: return -0.0
                case 5: return 4.9e-324
                case 7: return -1.5e300
                default: return (u - 0.5) * scale
                }
            }
            return .numeric(try NumericColumn(name: name, values))
        }
        let cluster: [String?] = (0..<n).map { _ in next() < missingRate ? nil : ["a", "b", "c"][Int(next() * 3) % 3] }
        return try Table([
            column("y", scale: 10), column("x1", scale: 1), column("x2", scale: 1e6), column("x3", scale: 1e-6),
            column("w", scale: 2), .text(TextColumn(name: "g", cluster)),
        ])
    }

    func expectSame(_ a: DesignMatrix, _ b: DesignMatrix, _ what: String) {
        #expect(a.columnNames == b.columnNames, "\(what)")
        #expect(a.termNames == b.termNames, "\(what)")
        #expect(a.assign == b.assign, "\(what)")
        #expect(a.hasIntercept == b.hasIntercept, "\(what)")
        #expect(a.rowCount == b.rowCount, "\(what)")
        #expect(a.x.map(\.bitPattern) == b.x.map(\.bitPattern), "\(what): X differs")
        #expect(a.y.map(\.bitPattern) == b.y.map(\.bitPattern), "\(what): y differs")
        #expect(a.xLow == b.xLow, "\(what)")
        #expect(a.usedRows == b.usedRows, "\(what)")
        #expect(a.droppedRows == b.droppedRows, "\(what)")
        #expect(a.fixedEffects == b.fixedEffects, "\(what)")
        #expect(a == b, "\(what)")
    }

    @Test(arguments: [0.0, 0.05, 0.4])
    func sameAsGeneralPath(missingRate: Double) throws {
        let data = try table(rows: 997, seed: 7 + UInt64(missingRate * 100), missingRate: missingRate)
        var selection = [Bool](repeating: true, count: 997)
        for i in stride(from: 0, to: 997, by: 5) { selection[i] = false }
        let formulas = ["y ~ x1 + x2 + x3", "y ~ x3 + x1", "y ~ x1 - 1", "y ~ 1", "x2 ~ y + x1 + x3 + w"]
        let optionSets: [DesignOptions] = [
            DesignOptions(),
            DesignOptions(rowSelection: selection),
            DesignOptions(auxiliaryVariables: [AuxiliaryVariable(name: "g", role: .cluster)]),
            DesignOptions(auxiliaryVariables: [AuxiliaryVariable(name: "w", role: .weights), AuxiliaryVariable(name: "g", role: .cluster)],
                          rowSelection: selection),
        ]
        for text in formulas {
            let f = try Formula.parse(text)
            for (o, options) in optionSets.enumerated() {
                let plain = try #require(DesignMatrix.buildPlainColumns(formula: f, data: data, options: options), "\(text) options \(o)")
                let general = try DesignMatrix.buildGeneral(formula: f, data: data, options: options)
                expectSame(plain, general, "\(text) options \(o)")
                // The public entry gives the same too.
                expectSame(try DesignMatrix.build(formula: f, data: data, options: options), general, "\(text) options \(o) via build")
            }
        }
    }

    /// A source without a fast storage (the default unpacking of `numericValues`), with
    /// NaN cells (missing, as R's complete.cases).
    @Test func defaultStorageTreatsNaNAsMissing() throws {
        let data = TestTable(numeric: [("y", [1, 2, .nan, 4, 5, nil]), ("x", [0.5, nil, 3, -0.0, 1e-310, 6])])
        let f = try Formula.parse("y ~ x")
        let plain = try #require(DesignMatrix.buildPlainColumns(formula: f, data: data, options: DesignOptions()))
        let general = try DesignMatrix.buildGeneral(formula: f, data: data, options: DesignOptions())
        expectSame(plain, general, "NaN source")
        #expect(plain.usedRows == [0, 3, 4])
        #expect(plain.droppedRows.map(\.missingVariables) == [["x"], ["y"], ["y"]])
    }

    /// What the one pass does not handle goes to the general path, which gives its result
    /// or its error unchanged.
    @Test func leavesOtherFormulasAndErrorsToTheGeneralPath() throws {
        let data = try table(rows: 50, seed: 3, missingRate: 0.1)
        for text in ["y ~ log(abs(x1) + 1)", "y ~ x1:x2", "y ~ factor(g)", "y ~ g", "y ~ x1 | g", "y ~ nope", "g ~ x1"] {
            let f = try Formula.parse(text)
            #expect(DesignMatrix.buildPlainColumns(formula: f, data: data, options: DesignOptions()) == nil, "\(text)")
        }
        // Unknown auxiliary variable, nothing selected, every row dropped: the general path's errors.
        let f = try Formula.parse("y ~ x1")
        let unknown = DesignOptions(auxiliaryVariables: [AuxiliaryVariable(name: "clu", role: .cluster)])
        #expect(DesignMatrix.buildPlainColumns(formula: f, data: data, options: unknown) == nil)
        #expect(throws: ModelingError.self) { try DesignMatrix.build(formula: f, data: data, options: unknown) }
        let none = DesignOptions(rowSelection: [Bool](repeating: false, count: 50))
        #expect(DesignMatrix.buildPlainColumns(formula: f, data: data, options: none) == nil)
        #expect(throws: ModelingError.noRowsSelected(total: 50)) { try DesignMatrix.build(formula: f, data: data, options: none) }
        let empty = TestTable(numeric: [("y", [1, nil]), ("x", [nil, 2])])
        #expect(DesignMatrix.buildPlainColumns(formula: f, data: empty, options: DesignOptions()) == nil)
        let g = try Formula.parse("y ~ x")
        let a = errorText(ModelingError.self) { () throws(ModelingError) in try DesignMatrix.build(formula: g, data: empty) }
        let b = errorText(ModelingError.self) { () throws(ModelingError) in try DesignMatrix.buildGeneral(formula: g, data: empty, options: DesignOptions()) }
        #expect(a != nil && a == b)
        // Infinite values (possible in a source other than Table): the general path names the row.
        let inf = TestTable(numeric: [("y", [1, 2, 3]), ("x", [1, .infinity, 3])])
        #expect(DesignMatrix.buildPlainColumns(formula: g, data: inf, options: DesignOptions()) == nil)
        #expect(throws: ModelingError.nonFiniteValue(variable: "x", rowIndex: 1)) { try DesignMatrix.build(formula: g, data: inf) }
    }
}
