import Testing
import Modeling
import Stats
@testable import Paradox

/// A small in-memory table.
struct RegressionTestTable: ColumnSource {
    var numeric: [String: [Double?]] = [:]
    var text: [String: [String?]] = [:]
    var columnNames: [String] = []
    init(numeric: [(String, [Double?])] = [], text: [(String, [String?])] = []) {
        for (k, v) in text { self.text[k] = v; columnNames.append(k) }
        for (k, v) in numeric { self.numeric[k] = v; columnNames.append(k) }
    }
    var rowCount: Int { numeric.values.first?.count ?? text.values.first?.count ?? 0 }
    func numericValues(_ name: String) -> [Double?]? { numeric[name] }
    func textValues(_ name: String) -> [String?]? { text[name] }
}

@Suite struct RegressionAnalysisTests {
    /// 4 countries × 4 years; `x` missing in one row; deterministic values.
    static var panel: RegressionTestTable {
        let iso = ["ARM", "EST", "KAZ", "UZB"]
        var codes: [String?] = [], years: [Double?] = [], x: [Double?] = [], z: [Double?] = [], y: [Double?] = [], w: [Double?] = []
        for (c, code) in iso.enumerated() {
            for t in 0..<4 {
                let i = Double(c * 4 + t)
                codes.append(code); years.append(Double(2016 + t))
                let xv = 0.5 + 0.1 * Double(c) + 0.3 * (i * 1.7).truncatingRemainder(dividingBy: 1)
                x.append(xv); z.append(1 + (i * 2.3).truncatingRemainder(dividingBy: 1))
                y.append(1 + 2 * xv - 0.5 * z[z.count - 1]! + 0.2 * ((i * 3.1).truncatingRemainder(dividingBy: 1) - 0.5) * (1 + Double(c)))
                w.append(1 + Double(t))
            }
        }
        x[5] = nil
        return RegressionTestTable(numeric: [("year", years), ("y", y), ("x", x), ("z", z), ("w", w)], text: [("iso3", codes)])
    }

    /// The analysis must give exactly what the library gives on the same rows
    /// (listwise deletion done by hand here): CR1 clustered by country, weighted.
    @Test func sameAsLinearModelOnTheUsedRows() throws {
        let data = Self.panel
        let spec = RegressionSpecification(formula: try Formula.parse("y ~ x + z"), covariance: .cluster("iso3"), weights: "w")
        let report = try RegressionAnalysis.run(spec, data: data)
        let rows = (0..<16).filter { $0 != 5 }
        func col(_ n: String) -> [Double] { rows.map { data.numeric[n]![$0]! } }
        let design = try #require(Matrix(columns: [rows.map { _ in 1 }, col("x"), col("z")]))
        let codes = rows.map { $0 / 4 }
        let direct = try LinearModel(design: design, response: col("y"), termNames: ["(Intercept)", "x", "z"], weights: col("w"), hasIntercept: true)
            .fit(covariance: .cluster(ClusterVariable(name: "iso3", codes: codes)))
        #expect(report.result.coefficients.map(\.estimate) == direct.coefficients.map(\.estimate))
        #expect(report.result.coefficients.map(\.standardError) == direct.coefficients.map(\.standardError))
        #expect(report.result.clusters.map(\.name) == ["iso3"])
        #expect(report.result.clusters.map(\.clusters) == [4])
        #expect(report.result.observations == 15)
        #expect(report.observationsDropped == 1)
        #expect(report.droppedRows == [RegressionDroppedRow(rowIndex: 5, label: "EST 2017", reason: .missing, variables: ["x"])])
    }

    /// Cluster and weights columns join the listwise deletion, reported as such.
    @Test func clusterAndWeightsColumnsDropRows() throws {
        var data = Self.panel
        data.text["iso3"]![9] = nil
        data.numeric["w"]![12] = nil
        let spec = RegressionSpecification(formula: try Formula.parse("y ~ x"), covariance: .cluster("iso3"), weights: "w")
        let report = try RegressionAnalysis.run(spec, data: data)
        #expect(report.droppedRows.map(\.rowIndex) == [5, 9, 12])
        #expect(report.droppedRows.map(\.variables) == [["x"], ["iso3"], ["w"]])
        #expect(report.droppedRows.map(\.label) == ["EST 2017", "row 10", "UZB 2016"])
        #expect(report.result.observations == 13)
    }

    @Test func rowLabelsWithoutCountryYear() throws {
        var data = Self.panel
        data.text["iso3"] = nil
        data.columnNames.removeAll { $0 == "iso3" }
        let report = try RegressionAnalysis.run(RegressionSpecification(formula: try Formula.parse("y ~ x")), data: data)
        #expect(report.droppedRows.map(\.label) == ["row 6"])
    }

    @Test func filterCountsOnlySelectedRows() throws {
        let spec = RegressionSpecification(formula: try Formula.parse("y ~ x"), filter: try RowFilter.parse("year >= 2017"))
        let report = try RegressionAnalysis.run(spec, data: Self.panel)
        #expect(report.rowsConsidered == 12)
        #expect(report.result.observations == 11)
        if case .object(let members) = report.json() {
            #expect(members.first { $0.0 == "nobs_dropped" }?.1 == .integer(1))
        } else {
            Issue.record("JSON is not an object")
        }
    }

    @Test func singletonsAreReportedByCountryYear() throws {
        var data = Self.panel
        // UZB keeps a single year: a singleton of the iso3 fixed effect.
        for i in 13..<16 { data.numeric["y"]![i] = nil }
        let report = try RegressionAnalysis.run(RegressionSpecification(formula: try Formula.parse("y ~ x + z | iso3")), data: data)
        #expect(report.droppedRows.filter { $0.reason == .singleton }.map(\.label) == ["UZB 2016"])
        #expect(report.result.observations == 11)
        #expect(report.observationsDropped == 5)
        #expect(report.text().contains("UZB 2016 (singleton)"))
    }

    @Test func collinearTermDroppedOrRefused() throws {
        var data = Self.panel
        data.numeric["x2"] = data.numeric["x"]!.map { $0.map { 2 * $0 } }
        data.columnNames.append("x2")
        let dropped = try RegressionAnalysis.run(RegressionSpecification(formula: try Formula.parse("y ~ x + x2")), data: data)
        #expect(dropped.result.droppedTerms == ["x2"])
        let text = dropped.text()
        #expect(text.contains("(1 not defined because of singularities: x2)"))
        #expect(text.contains("\nx2                NA         NA      NA       NA"))
        #expect(throws: RegressionAnalysisError.collinearTerms(["x2"])) {
            try RegressionAnalysis.run(RegressionSpecification(formula: try Formula.parse("y ~ x + x2"), onCollinear: .error), data: data)
        }
    }

    @Test func badWeights() throws {
        var data = Self.panel
        data.numeric["w"]![3] = -1
        #expect(throws: RegressionAnalysisError.invalidWeight(column: "w", row: 4, value: -1)) {
            try RegressionAnalysis.run(RegressionSpecification(formula: try Formula.parse("y ~ x"), weights: "w"), data: data)
        }
        #expect(throws: RegressionAnalysisError.textWeights(column: "iso3")) {
            try RegressionAnalysis.run(RegressionSpecification(formula: try Formula.parse("y ~ x"), weights: "iso3"), data: Self.panel)
        }
    }

    @Test func unknownVariableIsAUsageError() throws {
        let spec = RegressionSpecification(formula: try Formula.parse("y ~ xx"))
        do throws(RegressionAnalysisError) {
            _ = try RegressionAnalysis.run(spec, data: Self.panel)
            Issue.record("expected an error")
        } catch {
            #expect(error.isUsageError)
            #expect(error.description == "unknown variable 'xx' in formula; did you mean 'x', 'y' or 'z'?")
        }
    }

    @Test func levelOutOfRange() throws {
        #expect(throws: RegressionAnalysisError.invalidLevel(1.5)) {
            try RegressionAnalysis.run(RegressionSpecification(formula: try Formula.parse("y ~ x"), level: 1.5), data: Self.panel)
        }
    }

    /// R 4.2.2: `quantile(c(3, 1, 4, 1, 5, 9, 2, 6), type = 7)` = 1, 1.75, 3.5, 5.25, 9.
    @Test func residualQuantilesAreRType7() {
        #expect(RegressionAnalysis.quantiles([3, 1, 4, 1, 5, 9, 2, 6], [0, 0.25, 0.5, 0.75, 1]) == [1, 1.75, 3.5, 5.25, 9])
    }
}
