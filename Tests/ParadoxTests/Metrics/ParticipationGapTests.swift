import Testing
import Paradox

@Suite struct ParticipationGapTests {
    // Reference: scripts/reference/paradox_metrics.py (EPI percentile across assessed countries;
    // V-Dem / Freedom House percentiles across every country with a value at Y−1).
    @Test func matchesReference() throws {
        let panel = try #require(Shared.panel)
        let measures = ["wgi_va_pct": ParticipationMeasure.wgiVoice, "vdem_partipdem": .vdemParticipatory, "fh_total": .freedomHouse]
        for ref in ReferenceFixture.list("participation_gap") {
            let edition = try #require(ref["edition"] as? Int)
            let measure = try #require(measures[ref["measure"] as? String ?? ""])
            let iso = try #require(ref["iso3"] as? String)
            let r = try #require(try panel.participationGap(edition: edition, measure: measure).rows.first { $0.iso3 == iso })
            #expect(close(r.epiPercentile, ref["epi_pct"] as? Double), "\(iso) \(edition) \(measure)")
            #expect(close(r.measurePercentile, ref["measure_pct"] as? Double), "\(iso) \(edition) \(measure)")
            #expect(close(r.gap, ref["gap"] as? Double), "\(iso) \(edition) \(measure)")
        }
    }

    // UN E-Government Survey 2010: Kazakhstan's E-Participation Index (0.55714) is above Sweden's (0.48571).
    @Test func kazakhstanAboveSwedenIn2010() throws {
        let panel = try #require(Shared.panel)
        let g = try panel.participationGap(edition: 2010)
        let kaz = try #require(g.rows.first { $0.iso3 == "KAZ" })
        let swe = try #require(g.rows.first { $0.iso3 == "SWE" })
        #expect(kaz.epi > swe.epi)
        #expect(kaz.epiPercentile > swe.epiPercentile)
        #expect(kaz.gap > swe.gap)
    }

    @Test func fhHasNoInterval() throws {
        let panel = try #require(Shared.panel)
        let g = try panel.participationGap(edition: 2020, measure: .freedomHouse)
        #expect(g.rows.allSatisfy { $0.measureLow == nil && !$0.flagged })
        #expect(g.notes.first?.contains("Freedom House 2019") == true)
    }
}
