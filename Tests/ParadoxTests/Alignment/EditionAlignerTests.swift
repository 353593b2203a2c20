import Testing
import Paradox

@Suite struct EditionAlignerTests {
    // Edition 2024 is paired with WGI 2023 by default; KAZ wgi_va_pct 2023 = 21.568628311157227 (WGI 2024 update).
    @Test func edition2024PairsWithWGI2023() throws {
        let panel = try #require(Shared.panel)
        let a = try panel.aligned(edition: 2024, variables: ["wgi_va_pct", "gdppc_ppp"])
        #expect(a.pairedYear == 2023)
        #expect(a.caption == "EGDI edition 2024 paired with WGI 2023, WDI 2023 (edition Y with data year Y\u{2212}1).")
        // 193 assessed; CAF (TII coded 0) and SOM (HCI coded 0) left out by default (egdi_flag).
        #expect(a.rows.count == 191)
        #expect(a.notes.contains { $0.contains("CAF (tii_zero), SOM (hci_zero)") && $0.contains("--include-flagged") })
        #expect(try panel.includingFlagged(true).aligned(edition: 2024, variables: ["wgi_va_pct"]).rows.count == 193)
        let kaz = try #require(a.row("KAZ"))
        #expect(kaz.survey["egdi_rank"] == 24)
        #expect(kaz.paired["wgi_va_pct"] == 21.568628311157227)
        #expect(a.unavailable.isEmpty)
    }

    @Test func sameYear2024HasNoWGI() throws {
        let panel = try #require(Shared.panel)
        let a = try panel.aligned(edition: 2024, alignment: .sameYear, variables: ["wgi_cc", "cpi"])
        #expect(a.pairedYear == 2024)
        #expect(a.unavailable == ["wgi_cc"])
        #expect(a.notes.contains { $0.contains("wgi_cc has no data for 2024") && $0.contains("ends with 2023") })
        #expect(a.row("KAZ")?.paired["cpi"] == 40)
    }

    // The 2012 edition under data-year is paired with 2011, where only cpi_legacy (0-10) exists:
    // cpi must be missing with a note, never filled from the legacy scale.
    @Test func cpiFor2012EditionIsMissingNotLegacy() throws {
        let panel = try #require(Shared.panel)
        let a = try panel.aligned(edition: 2012, variables: ["cpi"])
        #expect(a.pairedYear == 2011)
        #expect(a.unavailable == ["cpi"])
        #expect(a.rows.allSatisfy { $0.paired["cpi"] == nil })
        #expect(a.notes.contains { $0.contains("cpi_legacy") && $0.contains("never substituted") })
        #expect(throws: ParadoxError.self) { try panel.governanceResidual(edition: 2012, outcome: .cpi) }
    }

    @Test func unknownEdition() throws {
        let panel = try #require(Shared.panel)
        #expect(throws: ParadoxError.unknownEdition(2023, available: panel.editions)) {
            try panel.aligned(edition: 2023, variables: ["wgi_cc"])
        }
    }
}
