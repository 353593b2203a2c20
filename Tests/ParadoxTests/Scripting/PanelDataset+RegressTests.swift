import Foundation
import Testing
import Modeling
import PanelData
import Stats
@testable import Paradox

/// Eight 2022 rows (one with x missing) and one 2021 row, as a script's own data.
func scriptingDataset() throws -> PanelDataset {
    let iso: [String?] = ["KAZ", "EST", "LVA", "LTU", "GEO", "ARM", "UZB", "KGZ", "KAZ"]
    let year: [Double?] = [2022, 2022, 2022, 2022, 2022, 2022, 2022, 2022, 2021]
    let x: [Double?] = [0.86, 0.94, 0.87, 0.88, 0.75, 0.74, 0.70, nil, 0.8]
    let y: [Double?] = [-0.26, 1.5, 0.72, 0.82, 0.66, 0.05, -0.83, -1.1, -0.3]
    let table = try Table([
        .text(TextColumn(name: "iso3", iso)), .numeric(try NumericColumn(name: "year", year)),
        .numeric(try NumericColumn(name: "x", x)), .numeric(try NumericColumn(name: "y", y)),
    ], sourceName: "script.csv")
    return PanelDataset(table: table)
}

@Suite struct PanelDatasetRegressTests {
    /// Reference: R 4.x, sandwich —
    /// d <- data.frame(iso3 = c("KAZ","EST","LVA","LTU","GEO","ARM","UZB","KGZ","KAZ"),
    ///   year = c(rep(2022, 8), 2021), x = c(0.86,0.94,0.87,0.88,0.75,0.74,0.70,NA,0.8),
    ///   y = c(-0.26,1.5,0.72,0.82,0.66,0.05,-0.83,-1.1,-0.3))
    /// m <- lm(y ~ x, data = subset(d, year == 2022)); coef(m); sqrt(diag(vcovHC(m, type = "HC1")))
    @Test func matchesRWithHC1() throws {
        let fit = try scriptingDataset().regress("y ~ x", where: "year == 2022", vcov: .hc1)
        let a = try #require(fit.result.coefficient("(Intercept)")), b = try #require(fit.result.coefficient("x"))
        #expect(abs(a.estimate - -4.8384937238493819) < 1e-12)
        #expect(abs(b.estimate - 6.3640167364016866) < 1e-12)
        #expect(abs(a.standardError - 1.9422137444566283) < 1e-12)
        #expect(abs(b.standardError - 2.3187551549439434) < 1e-12)
        // Listwise deletion is reported, not silent: 8 rows selected, KGZ 2022 dropped.
        #expect(fit.rowsConsidered == 8)
        #expect(fit.droppedRows.map(\.label) == ["KGZ 2022"])
        #expect(fit.specification.effectiveCovariance == .hc1)
        #expect(fit.text().contains("HC1"))
    }

    /// The convenience gives exactly what the specification path gives.
    @Test func sameAsRegressionAnalysis() throws {
        let data = try scriptingDataset()
        let spec = RegressionSpecification(formula: try Formula.parse("y ~ x"), covariance: .cluster("iso3"),
                                           filter: nil, level: 0.9)
        let direct = try RegressionAnalysis.run(spec, data: data.table, dataSource: "script.csv")
        #expect(try data.regress("y ~ x", vcov: .cluster("iso3"), level: 0.9) == direct)
    }

    @Test func errorsNameTheProblem() throws {
        let data = try scriptingDataset()
        #expect(throws: RegressionAnalysisError.self) { try data.regress("y ~ ") }
        do {
            _ = try data.regress("y ~ xx")
            Issue.record("an unknown variable must throw")
        } catch {
            guard case .modeling = error else { Issue.record("expected .modeling, got \(error)"); return }
            #expect(error.description.contains("xx"))
            #expect(error.description.contains("x"))
        }
        do {
            _ = try data.regress("y ~ x", where: "year ==")
            Issue.record("a bad condition must throw")
        } catch {
            guard case .filter = error else { Issue.record("expected .filter, got \(error)"); return }
        }
        #expect(throws: RegressionAnalysisError.invalidLevel(1.5)) { try data.regress("y ~ x", level: 1.5) }
    }
}
