import Foundation
import Testing
@testable import PanelData

@Suite struct PanelMergeTests {
    /// A two-country, two-year panel in the embedded panel's layout.
    func panel() throws -> Table {
        try Table([
            .text(TextColumn(name: "iso3", ["KAZ", "KAZ", "SWE", "SWE"])),
            .text(TextColumn(name: "country", ["Kazakhstan", "Kazakhstan", "Sweden", "Sweden"])),
            .numeric(try NumericColumn(name: "year", [2021, 2022, 2021, 2022])),
            .numeric(try NumericColumn(name: "post_soviet", [1, 1, 0, 0])),
            .text(TextColumn(name: "subregion", ["Central Asia", "Central Asia", nil, nil])),
            .numeric(try NumericColumn(name: "egdi", [nil, 0.86, nil, 0.94])),
        ])
    }

    func csv(_ text: String) throws -> Table { try CSVReader.read(string: text, sourceName: "mine.csv") }

    @Test func fillsMatchedRowsByCodeAndKeepsEveryPanelRow() throws {
        let mine = try csv("iso3,year,score\nSWE,2022,7.5\nKAZ,2021,3\n")
        let (t, s) = try PanelMerge.merge(mine, into: panel(), source: "mine.csv")
        #expect(t.columnNames == ["iso3", "country", "year", "post_soviet", "subregion", "egdi", "score"])
        #expect(try t.numeric("score").optionalValues == [3, nil, nil, 7.5])
        #expect(try t.numeric("egdi").optionalValues == [nil, 0.86, nil, 0.94])   // untouched
        #expect(s == PanelMergeSummary(variables: ["score"], replaced: [], matchedRows: 2, appendedRows: 0, resolvedNames: []))
    }

    @Test func namesResolveThroughTheRegistryAndNewCountryYearsAreAppendedInOrder() throws {
        // "Kyrgyz Republic" is the World Bank's spelling of KGZ; 2023 is not in the panel.
        let mine = try csv("country,year,score,label\nKyrgyz Republic,2022,5,a\nKazakhstan,2023,4,b\nSweden,2021,9,c\n")
        let (t, s) = try PanelMerge.merge(mine, into: panel(), source: "mine.csv")
        #expect(try t.text("iso3").values == ["KAZ", "KAZ", "KAZ", "KGZ", "SWE", "SWE"])
        #expect(try t.numeric("year").optionalValues == [2021, 2022, 2023, 2022, 2021, 2022])
        #expect(try t.text("country").values == ["Kazakhstan", "Kazakhstan", "Kazakhstan", "Kyrgyzstan", "Sweden", "Sweden"])
        // Group membership of appended rows comes from the registry.
        #expect(try t.numeric("post_soviet").optionalValues == [1, 1, 1, 1, 0, 0])
        #expect(try t.text("subregion").values == ["Central Asia", "Central Asia", "Central Asia", "Central Asia", nil, nil])
        #expect(try t.numeric("egdi").optionalValues == [nil, 0.86, nil, nil, nil, 0.94])
        #expect(try t.numeric("score").optionalValues == [nil, nil, 4, 5, 9, nil])
        #expect(try t.text("label").values == [nil, nil, "b", "a", "c", nil])
        #expect(s.matchedRows == 1 && s.appendedRows == 2)
        #expect(s.resolvedNames == ["Kyrgyz Republic \u{2192} KGZ"])
    }

    @Test func aPanelVariableIsAClashUnlessReplaced() throws {
        let mine = try csv("iso3,year,egdi\nKAZ,2022,0.5\n")
        #expect(throws: PanelMergeError.variableClash(file: "mine.csv", variables: ["egdi"])) {
            try PanelMerge.merge(mine, into: panel(), source: "mine.csv")
        }
        let (t, s) = try PanelMerge.merge(mine, into: panel(), source: "mine.csv", replace: true)
        #expect(try t.numeric("egdi").optionalValues == [nil, 0.5, nil, nil])
        #expect(s.replaced == ["egdi"])
        #expect(t.columnNames.filter { $0 == "egdi" }.count == 1)
    }

    @Test func badInputSaysWhatAndWhere() throws {
        let p = try panel()
        #expect(throws: PanelMergeError.missingKey(file: "mine.csv", missing: "iso3 or country")) {
            try PanelMerge.merge(try csv("code,year,x\nKAZ,2022,1\n"), into: p, source: "mine.csv")
        }
        #expect(throws: PanelMergeError.missingKey(file: "mine.csv", missing: "year")) {
            try PanelMerge.merge(try csv("iso3,x\nKAZ,1\n"), into: p, source: "mine.csv")
        }
        #expect(throws: PanelMergeError.badYear(file: "mine.csv", row: 3, value: "2022.5")) {
            try PanelMerge.merge(try csv("iso3,year,x\nKAZ,2021,1\nKAZ,2022.5,2\n"), into: p, source: "mine.csv")
        }
        #expect(throws: PanelMergeError.duplicateCountryYear(file: "mine.csv", iso3: "KAZ", year: 2022, rows: [2, 3])) {
            try PanelMerge.merge(try csv("iso3,country,year,x\nKAZ,,2022,1\n,Kazakhstan,2022,2\n"), into: p, source: "mine.csv")
        }
        #expect(throws: PanelMergeError.nothingToAdd(file: "mine.csv")) {
            try PanelMerge.merge(try csv("iso3,year\nKAZ,2022\n"), into: p, source: "mine.csv")
        }
        do {
            _ = try PanelMerge.merge(try csv("country,year,x\nKazakstan,2022,1\nSweden,2022,2\n"), into: p, source: "mine.csv")
            Issue.record("an unknown name must stop the merge")
        } catch let error as PanelMergeError {
            guard case .unknownCountries(let file, let problems) = error else { Issue.record("\(error)"); return }
            #expect(file == "mine.csv" && problems.count == 1)
            #expect(problems[0].hasPrefix("row 2: unknown country name 'Kazakstan'"))
            #expect(problems[0].contains("Kazakhstan"))   // the suggestion
            #expect(error.description.contains("egov data validate --data mine.csv"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// The embedded panel survives a merge byte for byte: its columns come out unchanged.
    @Test func embeddedPanelIsUnchangedByAMerge() throws {
        let embedded = try PanelDataset.load().table
        let mine = try csv("iso3,year,score\nKAZ,2022,1\n")
        let (t, _) = try PanelMerge.merge(mine, into: embedded, source: "mine.csv")
        #expect(try t.removingColumns(["score"]) == embedded)
        #expect(t.rowCount == embedded.rowCount)
    }
}
