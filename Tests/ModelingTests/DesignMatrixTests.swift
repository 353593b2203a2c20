import Testing
@testable import Modeling

@Suite struct DesignMatrixTests {
    func build(_ formula: String, _ data: TestTable, _ options: DesignOptions = DesignOptions()) throws -> DesignMatrix {
        try DesignMatrix.build(formula: Formula.parse(formula), data: data, options: options)
    }

    func message(_ formula: String, _ data: TestTable, _ options: DesignOptions = DesignOptions()) throws -> String? {
        let f = try Formula.parse(formula)
        return errorText(ModelingError.self) { () throws(ModelingError) in try DesignMatrix.build(formula: f, data: data, options: options) }
    }

    /// Column names and values of `model.matrix(as.formula(f), d)` in R 4.x with
    /// `Sys.setlocale("LC_COLLATE", "C")`, from scripts/reference/modeling_model_matrix.R
    /// (fixtures model_matrix_data.csv and model_matrix_reference.tsv).
    @Test func matchesRModelMatrix() throws {
        let data = try Fixture.modelMatrixData()
        let rows = try Fixture.lines("model_matrix_reference.tsv")
        #expect(rows.count == 16)
        for row in rows {
            let m = try build(row[0], data)
            let names = row[1].split(separator: "|").map(String.init)
            #expect(m.columnNames == names, "\(row[0])")
            let reference = row[2].split(separator: " ").compactMap { Double($0) }
            #expect(reference.count == m.x.count, "\(row[0])")
            guard reference.count == m.x.count else { continue }
            for (a, b) in zip(m.x, reference) {
                #expect(abs(a - b) <= 1e-14 * max(1, abs(b)), "\(row[0]): \(a) vs \(b)")
            }
            #expect(m.rowCount == 12)
        }
    }

    @Test func assignAndTermsFollowR() throws {
        let data = try Fixture.modelMatrixData()
        let m = try build("y ~ a*b + log(x)", data)
        // R: attr(model.matrix(y ~ a*b + log(x), d), "assign") == c(0, 1, 1, 2, 3, 4, 4)
        #expect(m.assign == [0, 1, 1, 2, 3, 4, 4])
        #expect(m.termNames == ["a", "b", "log(x)", "a:b"])
        #expect(m.hasIntercept)
        #expect(m.responseName == "y")
        // Column "ab": a == "b" in rows 1, 5, 8, 11 (R: model.matrix(...)[, "ab"]).
        #expect(Array(m.column(1)) == [1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0])
    }

    @Test func listwiseDeletionIsReported() throws {
        let data = TestTable(
            numeric: [("y", [1, 2, nil, 4, 5, 6]), ("x", [1, .nan, 3, 4, nil, 6]), ("w", [1, 1, 1, nil, 1, 1])],
            text: [("country", ["A", "B", "C", "D", nil, "A"])]
        )
        let options = DesignOptions(auxiliaryVariables: [AuxiliaryVariable(name: "w", role: .weights)])
        let m = try build("y ~ x | country", data, options)
        #expect(m.usedRows == [0, 5])
        #expect(m.droppedRows == [
            DroppedRow(rowIndex: 1, missingVariables: ["x"]),
            DroppedRow(rowIndex: 2, missingVariables: ["y"]),
            DroppedRow(rowIndex: 3, missingVariables: ["w"]),
            DroppedRow(rowIndex: 4, missingVariables: ["x", "country"]),
        ])
        #expect(m.y == [1, 6])
        // With fixed effects the intercept column is absorbed (fixest).
        #expect(m.columnNames == ["x"])
        #expect(m.fixedEffects == [FixedEffectCodes(name: "country", levels: ["A"], codes: [0, 0])])
    }

    @Test func rowSelectionIsNotReportedAsDropped() throws {
        let data = TestTable(numeric: [("y", [1, 2, nil, 4]), ("x", [1, 2, 3, 4])])
        let m = try build("y ~ x", data, DesignOptions(rowSelection: [false, true, true, true]))
        #expect(m.usedRows == [1, 3])
        #expect(m.droppedRows == [DroppedRow(rowIndex: 2, missingVariables: ["y"])])
    }

    @Test func fixedEffectsKeepFactorReferenceLevel() throws {
        // fixest builds the matrix with an intercept, then removes the (Intercept) column.
        let data = TestTable(
            numeric: [("y", [1, 2, 3, 4, 5, 6]), ("year", [2018, 2020, 2018, 2020, 2018, 2020])],
            text: [("region", ["E", "A", "C", "E", "A", "C"]), ("iso3", ["X", "Y", "Z", "X", "Y", "Z"])]
        )
        let m = try build("y ~ region | iso3 + year", data)
        #expect(m.columnNames == ["regionC", "regionE"])
        #expect(!m.hasIntercept)
        #expect(m.fixedEffects.map(\.name) == ["iso3", "year"])
        #expect(m.fixedEffects[0].codes == [0, 1, 2, 0, 1, 2])
        #expect(m.fixedEffects[1] == FixedEffectCodes(name: "year", levels: ["2018", "2020"], codes: [0, 1, 0, 1, 0, 1]))
    }

    @Test func domainErrors() throws {
        var gdp: [Double?] = Array(repeating: 5, count: 14)
        gdp[11] = -3
        let data = TestTable(numeric: [("y", Array(repeating: 1, count: 14)), ("gdppc_ppp", gdp), ("z", Array(repeating: 0, count: 14))])
        #expect(try message("y ~ log(gdppc_ppp)", data) == "log(gdppc_ppp) is undefined at row 12 (value -3): the variable must be positive")
        #expect(try message("y ~ sqrt(gdppc_ppp)", data) == "sqrt(gdppc_ppp) is undefined at row 12 (value -3): the variable must not be negative")
        #expect(try message("y ~ log(gdppc_ppp + 2)", data) == "log(gdppc_ppp + 2) is undefined at row 12 (value -1): the argument must be positive")
        #expect(try message("y ~ I(gdppc_ppp/z)", data) == "I(gdppc_ppp/z) is not finite at row 1 (division by zero or overflow)")
        #expect(try message("log(z) ~ gdppc_ppp", data) == "log(z) is undefined at row 1 (value 0): the variable must be positive")
    }

    @Test func variableErrors() throws {
        let data = TestTable(
            numeric: [("y", [1, 2, 3]), ("gdppc_ppp", [1, 2, 3]), ("cpi", [nil, nil, nil]), ("gtmi", [nil, nil, 1]), ("egdi", [nil, 2, nil])],
            text: [("region", ["a", "b", "c"]), ("one", ["k", "k", "k"])]
        )
        #expect(try message("y ~ gdppc", data) == "unknown variable 'gdppc' in formula; did you mean 'gdppc_ppp'?")
        #expect(try message("y ~ population", data) == "unknown variable 'population' in formula")
        #expect(try message("y ~ gdppc_ppp", data, DesignOptions(auxiliaryVariables: [AuxiliaryVariable(name: "regio", role: .cluster)]))
            == "unknown cluster variable 'regio'; did you mean 'region'?")
        #expect(try message("y ~ I(region^2)", data)
            == "'region' is a text column and cannot be used in arithmetic in I(region^2); only numeric columns can be transformed (a text column on its own is used as a factor)")
        #expect(try message("region ~ y", data) == "the response 'region' is a text column; the response must be numeric")
        #expect(try message("y ~ one", data)
            == "the factor 'one' has only one level (\"k\") in the rows used; a factor needs at least two levels, so remove it from the formula")
        #expect(try message("y ~ cpi + gtmi + egdi", data)
            == "all 3 rows have a missing value in a variable the model uses; most missing: cpi (3 rows), gtmi (2 rows), egdi (2 rows)")
        #expect(try message("y ~ gdppc_ppp", data, DesignOptions(rowSelection: [false, false, false])) == "the row selection kept none of the 3 rows")
        #expect(try message("y ~ gdppc_ppp", data, DesignOptions(rowSelection: [true])) == "the row selection has 1 values but the data has 3 rows")
    }

    @Test func noInterceptGivesFirstFactorAllLevels() throws {
        let data = TestTable(numeric: [("y", [1, 2, 3, 4]), ("x", [1, 2, 3, 5])], text: [("r", ["b", "a", "b", "c"]), ("s", ["u", "v", "v", "u"])])
        #expect(try build("y ~ 0 + r + s + x", data).columnNames == ["ra", "rb", "rc", "sv", "x"])
        #expect(try build("y ~ x + r", data).columnNames == ["(Intercept)", "x", "rb", "rc"])
    }
}
