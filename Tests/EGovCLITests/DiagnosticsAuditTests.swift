import Foundation
import Testing

/// Issue 14, items 7 and 8, through the CLI on the embedded panel. References: R 4.2.2 car::vif,
/// lmtest::dwtest and a hand Bonett–Wright interval (scripts/reference/diagnostics_audit.R ->
/// Fixtures/DiagnosticsAuditReference.swift).
@Suite struct DiagnosticsAuditTests {
    static func egov(_ args: [String]) throws -> DataCommandsTests.Run { try DataCommandsTests.egov(args) }

    static func json(_ args: [String]) throws -> [String: Any] {
        let r = try egov(args + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    static func close(_ a: Double?, _ b: Double, _ digits: Double = 10) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= pow(10, -digits) * Swift.max(1, abs(b))
    }

    @Test func generalisedVIFOfAFactorTermAsCar() throws {
        let j = try Self.json(["regress", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp) + wb_region", "--where", "year == 2022", "--diagnostics"])
        #expect(j["nobs"] as? Int == DiagnosticsAuditReference.gvifNobs)
        let vif = try #require((j["diagnostics"] as? [String: Any])?["vif"] as? [[String: Any]])
        #expect(vif.map { $0["term"] as? String } == ["egdi", "log(gdppc_ppp)", "wb_region"])
        for (i, row) in vif.enumerated() {
            #expect(Self.close(row["gvif"] as? Double, DiagnosticsAuditReference.gvif[i]), "\(row)")
            #expect(row["df"] as? Int == DiagnosticsAuditReference.gvifDf[i])
            #expect(Self.close(row["gvif_scaled"] as? Double, DiagnosticsAuditReference.gvifScaled[i]))
        }
        let text = try Self.egov(["regress", "--formula", "wgi_cc ~ egdi + log(gdppc_ppp) + wb_region", "--where", "year == 2022", "--diagnostics"])
        #expect(text.stdout.contains("GVIF (car::vif"))
        #expect(text.stdout.contains("wb_region 2.26, 6, 1.07"))
    }

    @Test func durbinWatsonUndefinedOnACrossSection() throws {
        let j = try Self.json(["regress", "--formula", "wgi_cc ~ egdi", "--where", "year == 2022", "--diagnostics"])
        let d = try #require(j["diagnostics"] as? [String: Any])
        #expect(d["durbin_watson"] is NSNull)
        #expect((d["notes"] as? [String])?.contains { $0.contains("Durbin–Watson not computed") } == true)
        let text = try Self.egov(["regress", "--formula", "wgi_cc ~ egdi", "--where", "year == 2022", "--diagnostics"])
        #expect(text.stdout.contains("Durbin–Watson: undefined"))
        #expect(!text.stdout.contains("d = 0 "))
    }

    @Test func durbinWatsonOnOneCountrysSeriesAsLmtest() throws {
        let j = try Self.json(["regress", "--formula", "wgi_cc ~ egdi", "--where", "iso3 == 'KAZ'", "--diagnostics"])
        let d = try #require(j["diagnostics"] as? [String: Any])
        #expect(Self.close(d["durbin_watson"] as? Double, DiagnosticsAuditReference.durbinWatsonKAZ, 12))
    }

    @Test func partialSpearmanIntervalUsesBonettWright() throws {
        let j = try Self.json(["correlate", "--x", "egdi", "--y", "wgi_cc", "--method", "spearman", "--partial", "gdppc_ppp",
                               "--where", "year == 2022 && post_soviet == 1"])
        #expect(Self.close(j["estimate"] as? Double, DiagnosticsAuditReference.partialSpearman, 12))
        #expect(Self.close(j["conf_low"] as? Double, DiagnosticsAuditReference.partialSpearmanCI[0], 12))
        #expect(Self.close(j["conf_high"] as? Double, DiagnosticsAuditReference.partialSpearmanCI[1], 12))
        #expect(j["conf_method"] as? String == "fisher-z-bonett-wright")
    }

    @Test func dataShowWithWhereYearListsAndGroups() throws {
        let r = try Self.egov(["data", "show", "--where", "wgi_cc > 2.1 && year == 2022", "--vars", "wgi_cc", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("DNK,Denmark,2022") || r.stdout.contains("FIN,Finland,2022"))
        let g = try Self.egov(["data", "show", "--country", "Central Asia", "--vars", "egdi_rank", "--years", "2022,2024", "--format", "csv"])
        #expect(g.status == 0, "\(g.stderr)")
        let rows = g.stdout.split(separator: "\n").filter { $0.contains(",20") && !$0.hasPrefix("#") }
        #expect(rows.count == 10, "\(g.stdout)")
        #expect(rows.allSatisfy { $0.contains(",2022,") || $0.contains(",2024,") })
        let wb = try Self.egov(["data", "show", "--country", "Middle East, North Africa, Afghanistan & Pakistan", "--vars", "wb_region", "--years", "2022", "--format", "csv"])
        #expect(wb.status == 0, "\(wb.stderr)")
        #expect(wb.stdout.contains("AFG,Afghanistan,2022"))
        let bad = try Self.egov(["data", "show", "--country", "Centrl Asia", "--vars", "egdi"])
        #expect(bad.status == 64)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("did you mean") && bad.stderr.contains("Central Asia"))
        let none = try Self.egov(["data", "show", "--vars", "egdi"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("--country") && none.stderr.contains("--where"))
    }

    @Test func describeByGroup() throws {
        let r = try Self.egov(["describe", "--vars", "egdi", "--by", "subregion", "--where", "year == 2024", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let egdi = try #require(j["egdi"] as? [String: Any])
        #expect(Set(egdi.keys) == ["Baltic", "Central Asia", "Eastern Europe", "South Caucasus"])
        #expect((egdi["Central Asia"] as? [String: Any])?["n"] as? Int == 5)
        let text = try Self.egov(["describe", "--vars", "egdi", "--by", "subregion", "--where", "year == 2024"])
        #expect(text.stdout.contains("in no group"))
        let bad = try Self.egov(["describe", "--vars", "egdi", "--by", "subregoin"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("did you mean"))
    }
}

/// `egov paradox --metric five-forms` through the CLI (issue 22), including the merged
/// user-column path for petty corruption (docs/examples/illustrative-bribery.csv, invented values).
@Suite struct FiveFormsCommandTests {
    static func egov(_ args: [String]) throws -> DataCommandsTests.Run { try DataCommandsTests.egov(args) }
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples")

    @Test func kazakhstanFiveForms() throws {
        let r = try Self.egov(["paradox", "--metric", "five-forms", "--country", "KAZ", "--from", "2008", "--to", "2024", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        for form in ["technology-emphasis", "transactional-services", "petty-vs-grand-corruption", "isomorphic-mimicry", "limited-participation"] {
            #expect(r.stdout.contains("KAZ,Kazakhstan,\(form),"), "\(form)")
        }
        #expect(r.stdout.contains("petty-vs-grand-corruption,not measured,,not measured"))
        #expect(!r.stdout.contains("UZB,"))
    }

    @Test func pettyCorruptionFromAMergedUserColumn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-five-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let merged = dir.appendingPathComponent("merged.csv").path
        let m = try Self.egov(["data", "merge", Self.examples.appendingPathComponent("illustrative-bribery.csv").path, "--out", merged])
        #expect(m.status == 0, "\(m.stderr)")
        let r = try Self.egov(["paradox", "--metric", "five-forms", "--data", merged, "--country", "post-Soviet",
                               "--petty-corruption", "bribery_rate_invented", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("KAZ,Kazakhstan,petty-vs-grand-corruption,petty_integrity_pct,"))
        #expect(!r.stdout.contains("petty-vs-grand-corruption,not measured"))
        let bad = try Self.egov(["paradox", "--metric", "five-forms", "--petty-corruption", "bribery"])
        #expect(bad.status == 64)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("egov data merge"))
    }
}
