import Testing
import Paradox

@Suite struct DecouplingTests {
    // Reference: scripts/reference/paradox_metrics.py, window 2008 -> 2024, wgi_cc;
    // slope = sm.OLS(gov_pct, add_constant(egdi_pct)).fit().params[1] over the window's editions.
    @Test func matchesReference() throws {
        let panel = try #require(Shared.panel)
        // The reference (paradox_metrics.py) uses WGI's published percentiles.
        let d = try panel.decoupling(from: 2008, to: 2024, dimension: .wgiCC, percentiles: .published)
        #expect(d.editions == [2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024])
        for ref in ReferenceFixture.list("decoupling") {
            let iso = try #require(ref["iso3"] as? String)
            let r = try #require(d.rows.first { $0.iso3 == iso })
            #expect(close(r.gapChange, ref["gap_change"] as? Double), "\(iso)")
            #expect(close(r.egdiPercentileChange, ref["egdi_pct_change"] as? Double), "\(iso)")
            #expect(close(r.governancePercentileChange, ref["gov_pct_change"] as? Double), "\(iso)")
            #expect(close(r.slope, ref["slope"] as? Double), "\(iso)")
            #expect(r.slopeEditions == ref["slope_editions"] as? Int, "\(iso)")
            #expect(close(r.gapChange, r.egdiPercentileChange - r.governancePercentileChange, 1e-12))
        }
    }

    @Test func windowErrors() throws {
        let panel = try #require(Shared.panel)
        #expect(throws: ParadoxError.invalidWindow(from: 2024, to: 2008, available: panel.editions)) {
            try panel.decoupling(from: 2024, to: 2008)
        }
        #expect(throws: ParadoxError.unknownEdition(2009, available: panel.editions)) { try panel.decoupling(from: 2009) }
    }
}
