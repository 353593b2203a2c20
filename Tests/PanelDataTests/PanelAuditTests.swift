import Foundation
import Testing
@testable import PanelData

/// Issue 14 on the committed panel, against values read from the raw files by an independent
/// Python reader (scripts/reference/panel_audit_fixture.py -> Fixtures/panel_audit.json):
/// Freedom House 1996-2011 cell by cell, the World Bank classification of every economy, the
/// EGDI flags, the entity rule, and the manifest's counts. (PanelBuilderTests checks that the
/// committed panel is exactly what the importers build from the raw files.)
@Suite struct PanelAuditTests {
    struct Fixture: Decodable {
        let freedom_house: [[FHCell]]
        let fh_territories: [String]
        let wdi_classification: [String: [String?]]
        let egdi_flags: [[FHCell]]
    }

    /// A JSON scalar of the fixture's mixed arrays.
    enum FHCell: Decodable, Equatable {
        case text(String), number(Int), null
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null } else if let i = try? c.decode(Int.self) { self = .number(i) } else { self = .text(try c.decode(String.self)) }
        }
        var text: String? { if case .text(let s) = self { return s } else { return nil } }
        var int: Int? { if case .number(let i) = self { return i } else { return nil } }
    }

    static let fixture: Fixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/panel_audit.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(Fixture.self, from: $0) }
    }()

    /// The panel as lookup tables: text and numeric values by (iso3, year, variable).
    struct Panel {
        let table: Table
        var rowOf: [String: Int] = [:]
        init() throws {
            table = try PanelDataset.load().table
            let iso = try table.text("iso3"), years = try table.numeric("year")
            for i in 0..<table.rowCount { if let c = iso[i], let y = years[i] { rowOf["\(c) \(Int(y))"] = i } }
        }
        func number(_ iso: String, _ year: Int, _ v: String) -> Double? {
            guard let r = rowOf["\(iso) \(year)"] else { return nil }
            return (try? table.numeric(v))?[r]
        }
        func text(_ iso: String, _ year: Int, _ v: String) -> String? {
            guard let r = rowOf["\(iso) \(year)"] else { return nil }
            return (try? table.text(v))?[r]
        }
    }

    /// The panel row a source name lands in: the registry's code, or the continuator of a
    /// predecessor state; nil for an entity without a row (territories, aggregates).
    static func code(_ name: String) -> String? {
        guard let c = try? CountryRegistry.standard.resolve(name: name) else { return nil }
        if let s = EntityContinuity.continuator(of: c, registry: .standard) { return s.iso3 }
        return EntityRule.exclusionReason(c) == nil ? c.iso3 : nil
    }

    @Test func freedomHouse1996to2011CellByCell() throws {
        let f = try #require(Self.fixture)
        let p = try Panel()
        let territories = Set(f.fh_territories.compactMap { try? CountryRegistry.standard.resolve(name: $0).iso3 })
        #expect(territories.contains("HKG"))
        var kept = 0
        for row in f.freedom_house {
            guard let name = row[0].text, let year = row[1].int else { Issue.record("bad fixture row \(row)"); continue }
            guard let iso = Self.code(name), !territories.contains(iso) else { continue }
            kept += 1
            #expect(p.number(iso, year, "fh_pr") == row[2].int.map(Double.init), "\(name) \(year) PR")
            #expect(p.number(iso, year, "fh_cl") == row[3].int.map(Double.init), "\(name) \(year) CL")
            #expect(p.text(iso, year, "fh_status") == row[4].text, "\(name) \(year) status")
        }
        // Every rated country-year of the panel in 1996-2011 is one of the fixture's.
        let rated = (1996...2011).reduce(0) { n, y in n + p.rowOf.keys.filter { $0.hasSuffix(" \(y)") }.filter {
            let iso = String($0.prefix(3)); return p.text(iso, y, "fh_status") != nil || p.number(iso, y, "fh_pr") != nil } .count }
        #expect(rated == kept)
        #expect(kept > 3000)
        // The 15 post-Soviet states are rated in all 16 years.
        for iso in CountryGroups.postSoviet { for y in 1996...2011 { #expect(p.text(iso, y, "fh_status") != nil, "\(iso) \(y)") } }
        // fh_total stays 2012+.
        #expect(p.number("KAZ", 2011, "fh_total") == nil)
        #expect(p.number("KAZ", 2012, "fh_total") != nil)
    }

    @Test func worldBankRegionAndIncomeOfEveryEconomy() throws {
        let f = try #require(Self.fixture)
        let p = try Panel()
        var checked = 0
        for (code, entry) in f.wdi_classification {
            guard let c = try? CountryRegistry.standard.resolve(code: code), EntityRule.exclusionReason(c) == nil else { continue }
            for y in [1996, 2010, 2025] {
                #expect(p.text(c.iso3, y, "wb_region") == entry[0] ?? nil, "\(code) \(y)")
                #expect(p.text(c.iso3, y, "wb_income") == entry[1] ?? nil, "\(code) \(y)")
            }
            checked += 1
        }
        #expect(checked > 200)
        #expect(p.text("KAZ", 2022, "wb_region") == "Europe & Central Asia")
        #expect(p.text("KAZ", 2022, "wb_income") == "Upper middle income")
    }

    @Test func egdiFlagsAsTheRawFilesImply() throws {
        let f = try #require(Self.fixture)
        let p = try Panel()
        var expected: [String: String] = [:]
        for row in f.egdi_flags {
            guard let name = row[0].text, let year = row[1].int, let flag = row[2].text, let iso = Self.code(name) else { continue }
            expected["\(iso) \(year)"] = flag
        }
        var found: [String: String] = [:]
        for (key, r) in p.rowOf { if let flag = (try? p.table.text("egdi_flag"))?[r] { found[key] = flag } }
        #expect(found == expected)
        // The issue's examples: 27 country-editions of 2003-2005 rest on an HCI or TII coded 0.
        #expect(found.filter { ["2003", "2004", "2005"].contains($0.key.suffix(4)) && $0.value.contains("zero") && $0.value != "egdi_zero" }.count == 27)
        #expect(found["SRB 2005"] == "hci_zero")
        #expect(p.number("SRB", 2005, "egdi") == 0.19596)
        #expect(p.number("SRB", 2005, "hci") == nil)
        #expect(found["FSM 2003"] == "hci_above_1")
        // Components the UN published beside EGDI = 0 are kept (UZB 2003: HCI 0.91), EGDI missing.
        #expect(found["UZB 2003"] == "egdi_zero")
        #expect(p.number("UZB", 2003, "egdi") == nil)
        #expect(p.number("UZB", 2003, "hci") != nil)
    }

    @Test func oneEntityRule() throws {
        let p = try Panel()
        for y in 1996...2005 { #expect(p.text("SRB", y, "entity_flag") == "fry_scg", "SRB \(y)") }
        #expect(p.text("SRB", 2006, "entity_flag") == nil)
        // Freedom House's "Yugoslavia" (1996-2002) and "Serbia and Montenegro" (2003-2005) rows land in SRB.
        #expect(p.text("SRB", 1999, "fh_status") != nil)
        #expect(p.text("SRB", 2004, "fh_status") != nil)
        #expect(p.text("SDN", 2010, "entity_flag") == "sdn_unified")
        #expect(p.text("SDN", 2011, "entity_flag") == nil)
        #expect(p.text("SSD", 2005, "entity_flag") == "ssd_backcast")
        #expect(p.text("PSE", 2020, "entity_flag") == "pse_west_bank")
        #expect(p.text("CHI", 2020, "entity_flag") == "chi_overlaps_jey")
        #expect(p.text("KAZ", 2020, "entity_flag") == nil)
    }

    @Test func manifestCountsAreTrue() throws {
        let p = try PanelDataset.load()
        let m = try #require(p.manifest)
        for v in m.variables {
            let column = try p.table.column(named: v.name)
            let present: Int
            switch column {
            case .numeric(let c): present = c.optionalValues.filter { $0 != nil }.count
            case .text(let c): present = c.values.filter { $0 != nil && $0 != "" }.count
            }
            #expect(v.nonMissing == present, "\(v.name)")
        }
        #expect(m.variables.first { $0.name == "subregion" }?.nonMissing == 450)
    }
}
