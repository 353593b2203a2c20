import Foundation
import PanelData
import Testing
import Paradox

// Expected values read from Datasets/panel.csv with pandas 2 (independent of this code):
//   d = pd.read_csv("Datasets/panel.csv")
//   d[(d.iso3 == "KAZ") & (d.year == 2023)][["wgi_va", "fh_status", "wb_region"]]   # -1.0038414001464844, NF, Europe & Central Asia
//   d[(d.iso3 == "KAZ") & (d.year == 2024)][["egdi", "tii"]]                         # 0.90093, 0.92353
//   flagged = d[d.egdi_flag.notna() & (d.egdi_flag != "egdi_zero")]                 # 42 rows, all with an egdi
//   len(d[d.egdi.notna()]) - 42                                                      # 2201 country-editions kept
@Suite struct ParadoxPanelEditionTableTests {
    @Test func oneRowPerAssessedCountryEditionWithPairedValues() throws {
        let panel = try #require(Shared.panel)
        let e = try panel.editionTable(variables: ["wgi_va", "fh_status", "wb_region"])
        #expect(e.editions == [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024])
        #expect(e.table.rowCount == 2201)
        #expect(e.flagged.count == 42)
        #expect(e.flagged.contains("CAF 2024 (tii_zero)"))
        let t = e.table
        let iso = try t.text("iso3"), year = try t.numeric("year"), paired = try t.numeric("paired_year"), wave = try t.numeric("wave")
        let r = try #require(iso.values.indices.first { iso[$0] == "KAZ" && year[$0] == 2024 })
        #expect(paired[r] == 2023)
        #expect(wave[r] == 12)
        #expect(try t.numeric("egdi")[r] == 0.90093)
        #expect(try t.numeric("tii")[r] == 0.92353)
        #expect(try t.numeric("wgi_va")[r] == -1.0038414001464844)
        #expect(try t.text("fh_status")[r] == "NF")
        #expect(try t.text("wb_region")[r] == "Europe & Central Asia")
        #expect(try t.numeric("post_soviet")[r] == 1)
        #expect(try t.text("subregion")[r] == "Central Asia")
        // 2024 is paired with 2023; the 2003 edition with 2002.
        #expect(e.notes.first?.contains("each edition Y paired with the other variables of year Y\u{2212}1") == true)
    }

    @Test func sameYearPairingAndMissingYearsStayMissing() throws {
        let panel = try #require(Shared.panel)
        let e = try panel.editionTable(variables: ["wgi_va"], alignment: .sameYear)
        let t = e.table
        let year = try t.numeric("year"), va = try t.numeric("wgi_va")
        // WGI ends with 2023: the 2024 edition paired with 2024 has no value, never 2023's.
        #expect(year.values.indices.filter { year[$0] == 2024 }.allSatisfy { va[$0] == nil })
        #expect(e.notes.contains { $0.contains("Edition 2024: no wgi_va in 2024") })
    }

    @Test func unknownVariableNamesTheNearest() throws {
        let panel = try #require(Shared.panel)
        #expect(throws: ParadoxError.self) { try panel.editionTable(variables: ["wgi_vaa"]) }
    }

    @Test func includingFlaggedKeepsThem() throws {
        let panel = try #require(Shared.panel)
        let e = try panel.includingFlagged(true).editionTable(variables: [])
        #expect(e.flagged.isEmpty)
        #expect(e.table.rowCount == 2243)
    }
}
