import Testing
import PanelData
import Modeling
@testable import Paradox

/// Issue 18.3/18.4 in the library: the metrics refuse repeated country-years and years or
/// ranks outside the validator's rules; rank axes stay short; a constant response and a
/// leverage-one row are named.
@Suite struct ParadoxPanelInputCheckTests {
    static func table(_ text: String) throws -> Table {
        try CSVReader.read(bytes: Array(text.utf8), options: CSVReadOptions(textColumnsIfPresent: ["iso3"]))
    }

    @Test func repeatedCountryYearsNoLongerLetTheLastRowWin() throws {
        let t = try Self.table("iso3,year,egdi\nKAZ,2022,0.8\nKAZ,2022,0.9\n")
        do { _ = try ParadoxPanel(t); Issue.record("expected an error") } catch {
            guard case .input(.duplicated(let d, let total)) = error else { Issue.record("\(error)"); return }
            #expect(total == 1 && d.first?.rows == [1, 2])
        }
    }

    @Test func yearsAndRanksOutsideTheirRulesAreRefused() throws {
        for text in ["iso3,year,egdi\nKAZ,1e20,0.8\n", "iso3,year,egdi_rank\nKAZ,2022,1e9\n", "iso3,year,egdi_rank\nKAZ,2022,12.5\n"] {
            #expect(throws: ParadoxError.self) { try ParadoxPanel(try Self.table(text)) }
        }
        #expect((try? ParadoxPanel(try Self.table("iso3,year,egdi_rank\nKAZ,2022,29\n"))) != nil)
    }

    @Test func rankAxesStayShortForAnyRank() {
        #expect(RankRankFigure.rankBreaks(193) == [1, 50, 100, 150])
        #expect(RankRankFigure.rankBreaks(1e9).count <= 14)
        #expect(RankRankFigure.rankBreaks(.infinity) == [1])
    }

    @Test func aConstantResponseIsRefused() throws {
        let t = try Self.table("iso3,year,y,x\nKAZ,2020,3,1\nEST,2020,3,2\nRUS,2020,3,4\n")
        let spec = RegressionSpecification(formula: try Formula.parse("y ~ x"))
        #expect(throws: RegressionAnalysisError.constantResponse(name: "y", value: 3, rows: 3)) { try RegressionAnalysis.run(spec, data: t) }
    }

    @Test func aLeverageOneRowIsNamedByItsCountryYear() throws {
        // d is 1 on EST 2021 only: that row alone determines d's coefficient (leverage 1), so HC3 is undefined.
        let t = try Self.table("iso3,year,y,x,d\nKAZ,2020,1,1,0\nKAZ,2021,2,2,0\nEST,2020,2,3,0\nEST,2021,5,4,1\nRUS,2020,3,5,0\nRUS,2021,5,6,0\n")
        let spec = RegressionSpecification(formula: try Formula.parse("y ~ x + d"), covariance: .hc3)
        do { _ = try RegressionAnalysis.run(spec, data: t); Issue.record("expected an error") } catch {
            #expect(error == .leverageOne(label: "EST 2021", estimator: "HC3"))
            #expect(error.description.hasPrefix("observation EST 2021 has leverage 1"))
        }
    }
}
