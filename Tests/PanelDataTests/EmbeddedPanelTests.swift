import Foundation
import Testing
@testable import PanelData

/// Checks on the committed Datasets/panel.csv (loaded like a user of the library does).
@Suite struct EmbeddedPanelTests {
    static func value(_ p: PanelDataset, _ iso: String, _ year: Int, _ v: String) throws -> Double? {
        let iso3 = try p.table.text("iso3"), years = try p.table.numeric("year"), col = try p.table.numeric(v)
        for i in 0..<p.table.rowCount where iso3[i] == iso && years[i] == Double(year) { return col[i] }
        Issue.record("no row \(iso) \(year)")
        return nil
    }

    // Reference: UN E-Government Survey editions 2003-2024, Kazakhstan's published rank.
    @Test func kazakhstanEGDIRankByEdition() throws {
        let p = try PanelDataset.load()
        let expected = [2003: 83, 2004: 69, 2005: 65, 2008: 81, 2010: 46, 2012: 38, 2014: 28, 2016: 33, 2018: 39, 2020: 29, 2022: 28, 2024: 24]
        for (year, rank) in expected { #expect(try Self.value(p, "KAZ", year, "egdi_rank") == Double(rank), "\(year)") }
        #expect(try Self.value(p, "EST", 2024, "egdi_rank") == 2)
    }

    @Test func kazakhstanControlOfCorruption2018KeepsFullPrecision() throws {
        let p = try PanelDataset.load()
        #expect(try Self.value(p, "KAZ", 2018, "wgi_cc") == -0.4922124445438385)
    }

    @Test func allPostSovietStatesHaveAllSixWGIEstimatesInAll25Years() throws {
        let p = try PanelDataset.load()
        let wgiYears = [1996, 1998, 2000] + Array(2002...2023)
        #expect(wgiYears.count == 25)
        #expect(CountryGroups.postSoviet.count == 15)
        for iso in CountryGroups.postSoviet {
            for y in wgiYears {
                for d in WGIImporter.dimensions { #expect(try Self.value(p, iso, y, "wgi_\(d)") != nil, "\(iso) \(y) \(d)") }
            }
        }
    }

    @Test func notAssessedEditionsAreMissingNotZero() throws {
        let p = try PanelDataset.load()
        // EGDI and rank are missing where the UN published EGDI = 0; the components it did
        // publish there are kept (never a 0: a 0 in such a row is the not-assessed code).
        for (iso, year) in [("TJK", 2003), ("TJK", 2004), ("UZB", 2003), ("TKM", 2005)] {
            for v in ["egdi", "egdi_rank"] { #expect(try Self.value(p, iso, year, v) == nil, "\(iso) \(year) \(v)") }
            for v in ["osi", "tii", "hci", "epi"] {
                if let x = try Self.value(p, iso, year, v) { #expect(x > 0, "\(iso) \(year) \(v)") }
            }
        }
        #expect(try p.table.numeric("egdi").presentValues.allSatisfy { $0 > 0 })
    }

    @Test func identifiersAndOrder() throws {
        let p = try PanelDataset.load()
        #expect(p.table.columnNames == PanelVariables.all.map(\.name))
        let iso3 = try p.table.text("iso3"), years = try p.table.numeric("year")
        for i in 1..<p.table.rowCount {
            let a = (iso3[i - 1] ?? "", years[i - 1] ?? 0), b = (iso3[i] ?? "", years[i] ?? 0)
            #expect(a < b)
        }
        let sub = try p.table.text("subregion"), ps = try p.table.numeric("post_soviet")
        for i in 0..<p.table.rowCount where iso3[i] == "GEO" { #expect(sub[i] == "South Caucasus" && ps[i] == 1) }
        for i in 0..<p.table.rowCount where iso3[i] == "FIN" { #expect(sub[i] == nil && ps[i] == 0) }
        #expect(PanelValidator.validate(p.table).filter { $0.severity == .error }.isEmpty)
        #expect(p.manifest?.rows == p.table.rowCount)
    }
}
