import Foundation
import Testing

/// `egov paradox`, run on the built binary (see DataCommandsTests for how it is found).
@Suite struct ParadoxCommandTests {
    typealias CLI = DataCommandsTests

    @Test func residualJSONStatesTheAlignment() throws {
        let r = try CLI.egov(["paradox", "--metric", "residual", "--edition", "2024", "--outcome", "wgi_cc",
                              "--post-soviet-only", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 15)
        #expect(rows.allSatisfy { $0["post_soviet"] as? Int == 1 })
        let scores = rows.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        let notes = try #require(object["notes"] as? [String])
        #expect(notes.first == "EGDI edition 2024 paired with WGI 2023, WDI 2023 (edition Y with data year Y\u{2212}1).")
    }

    @Test func rankGapTextShowsKazakhstan() throws {
        let r = try CLI.egov(["paradox", "--metric", "rank-gap", "--outcome", "wgi_va", "--post-soviet-only"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Rank gap: EGDI edition 2024 percentile vs WGI Voice and Accountability percentile 2023"))
        #expect(r.stdout.contains("KAZ   Kazakhstan"))
        #expect(r.stdout.contains("Note: EGDI edition 2024 paired with WGI 2023 (edition Y with data year Y\u{2212}1)."))
    }

    @Test func otherMetricsRun() throws {
        for args in [["--metric", "participation-gap", "--edition", "2010", "--participation", "vdem"],
                     ["--metric", "decoupling", "--from", "2008", "--format", "csv"],
                     ["--metric", "rank-correlation", "--outcome", "cpi", "--format", "markdown"],
                     ["--metric", "residual", "--alignment", "same-year", "--edition", "2022"],
                     ["--metric", "slopes", "--outcome", "wgi_va", "--post-soviet-only", "--format", "latex"]] {
            let r = try CLI.egov(["paradox"] + args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(!r.stdout.isEmpty && r.stderr.isEmpty, "\(args)")
        }
    }

    @Test func unknownEditionListsEditions() throws {
        let r = try CLI.egov(["paradox", "--edition", "2023"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("2023 is not a UN E-Government Survey edition in the data; editions: 2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024."))
    }

    @Test func unavailableOutcomeIsAnError() throws {
        let r = try CLI.egov(["paradox", "--metric", "residual", "--edition", "2012", "--outcome", "cpi"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("cpi has no data for 2011 (paired with edition 2012)"))
        #expect(r.stderr.contains("cpi_legacy"))
    }

    @Test func badArguments() throws {
        let cpi = try CLI.egov(["paradox", "--metric", "rank-gap", "--outcome", "cpi"])
        #expect(cpi.status == 64)
        #expect(cpi.stderr.contains("--outcome cpi: the rank-gap metric needs WGI percentile ranks"))
        let metric = try CLI.egov(["paradox", "--metric", "gap"])
        #expect(metric.status == 64)
        #expect(metric.stderr.contains("rank-gap"))
        let window = try CLI.egov(["paradox", "--metric", "decoupling", "--from", "2024", "--edition", "2008"])
        #expect(window.status == 64)
        #expect(window.stderr.contains("window 2024 -> 2008"))
    }
}
