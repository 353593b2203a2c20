import Testing
import PanelData
import Stats
@testable import Paradox

@Suite struct PanelCorrelationTests {
    /// Complete pairs after `year == 2022`: x = (0.86, 0.94, 0.87, 0.88, 0.75, 0.74, 0.70),
    /// y = (-0.26, 1.5, 0.72, 0.82, 0.66, 0.05, -0.83); the test must equal the Stats
    /// function on those pairs, and the dropped row must be named.
    @Test func selectsDropsAndTests() throws {
        let data = try scriptingDataset()
        let xs = [0.86, 0.94, 0.87, 0.88, 0.75, 0.74, 0.70], ys = [-0.26, 1.5, 0.72, 0.82, 0.66, 0.05, -0.83]
        for method in CorrelationMethod.allCases {
            let c = try data.correlate("x", "y", method: method, where: "year == 2022")
            let expected: CorrelationTest
            switch method {
            case .pearson: expected = try Correlation.pearson(x: xs, y: ys)
            case .spearman: expected = try Correlation.spearman(x: xs, y: ys)
            case .kendall: expected = try Correlation.kendall(x: xs, y: ys)
            }
            #expect(c.test == expected)
            #expect(c.test.n == 7)
            #expect(c.rowsConsidered == 8)
            #expect(c.droppedRows == ["KGZ 2022"])
            #expect(c.description.contains("1 of 8 rows dropped for missing values"))
        }
    }

    /// Reference: R, cor.test(1:5, c(2, 1, 4, 3, 5)) -> r = 0.8, t = 2.3094010767585,
    /// p = 0.10408803866183; method = "spearman": rho = 0.8, S = 4, p = 0.13333333333333 (exact).
    @Test func matchesRCorTest() throws {
        let table = try Table([.numeric(try NumericColumn(name: "a", [1, 2, 3, 4, 5, nil])),
                               .numeric(try NumericColumn(name: "b", [2, 1, 4, 3, 5, 9]))])
        let data = PanelDataset(table: table)
        let p = try data.correlate("a", "b")
        #expect(abs(p.test.estimate - 0.8) < 1e-14)
        #expect(abs(p.test.statistic - 2.3094010767585) < 1e-12)
        #expect(abs(p.test.pValue - 0.10408803866183) < 1e-12)
        #expect(p.droppedRows == ["row 6"])
        let s = try data.correlate("a", "b", method: .spearman)
        #expect(abs(s.test.statistic - 4) < 1e-12)
        #expect(abs(s.test.pValue - 0.13333333333333) < 1e-12)
        #expect(s.test.pValueMethod == .exact)
        #expect(s.description.hasPrefix("Spearman's rank correlation rho of a and b: 0.8 (S = 4, p = 0.133, exact"))
    }

    @Test func errors() throws {
        let data = try scriptingDataset()
        #expect(throws: PanelCorrelationError.self) { try data.correlate("x", "nope") }
        #expect(throws: PanelCorrelationError.self) { try data.correlate("iso3", "y") }
        #expect(throws: PanelCorrelationError.self) { try data.correlate("x", "y", where: "year =") }
        // Too few pairs: only the 2021 row.
        #expect(throws: PanelCorrelationError.correlation(.tooFewObservations(needed: 3, got: 1))) {
            try data.correlate("x", "y", where: "year == 2021")
        }
        // A constant variable is named by its column, not "x"/"y".
        do {
            _ = try data.correlate("year", "y", where: "year == 2022")
            Issue.record("a constant year within the selection must throw")
        } catch {
            #expect(error == .correlation(.zeroVariance(variable: "year")))
        }
    }
}
