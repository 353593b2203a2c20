import Foundation
import Testing

/// Issue 18 (items 2, 3, 4, 7), one test per class through the built CLI: extreme numbers,
/// runaway sizes, silent duplicates and codes, and the messages. Each run is also checked by
/// RobustnessTests.checkSane (no trap, no hang, no stack trace, nothing on stdout after an error).
@Suite struct RobustValuesTests {
    typealias R = RobustnessTests

    /// A small panel: four countries, two years, with egdi_rank; `edit` rewrites its text.
    static func panel(_ edit: (String) -> String = { $0 }) -> [UInt8] {
        let text = """
        iso3,year,egdi,egdi_rank,wgi_cc,wgi_cc_pct,wgi_cc_pct_lo,wgi_cc_pct_hi,post_soviet
        KAZ,2020,0.83,29,-0.4,30,20,40,1
        EST,2020,0.95,3,1.5,90,85,95,1
        FIN,2020,0.95,4,2.2,99,97,100,0
        RUS,2020,0.82,36,-1.0,20,12,28,1
        KAZ,2022,0.86,28,-0.3,32,22,42,1
        EST,2022,0.94,8,1.6,91,86,96,1
        FIN,2022,0.95,2,2.1,98,96,100,0
        RUS,2022,0.81,42,-1.1,18,10,26,1

        """
        return Array(edit(text).utf8)
    }

    @Test(arguments: [
        ["regress", "--data", "{}", "--formula", "wgi_cc ~ egdi"],
        ["describe", "--data", "{}", "--vars", "egdi"],
        ["plot", "scatter", "--data", "{}", "--x", "egdi", "--y", "wgi_cc", "--out", "/tmp/egov-rv-never.png"],
        ["data", "show", "--data", "{}", "--country", "KAZ", "--vars", "egdi"],
        ["paradox", "--data", "{}"],
    ])
    func yearOf1e20IsRefusedByEveryCommand(_ args: [String]) throws {
        let r = try R.expectError(Self.panel { $0.replacingOccurrences(of: "KAZ,2022", with: "KAZ,1e20") }, args,
                                  ["year = 1e+20 at KAZ, data row 5", "outside [1900, 2100]", "egov data validate"])
        #expect(r.stdout.isEmpty)
    }

    @Test func dataValidateReportsAYearOf1e20() throws {
        let r = try R.expectError(Self.panel { $0.replacingOccurrences(of: "KAZ,2022", with: "KAZ,1e20") }, ["data", "validate", "{}"],
                                  ["validation failed"])
        #expect(r.stdout.contains("outside [1900, 2100]"))
    }

    @Test(arguments: [
        ["plot", "rank-rank", "--data", "{}", "--out", "/tmp/egov-rv-never.png"],
        ["plot", "trajectory", "--data", "{}", "--out", "/tmp/egov-rv-never.png"],
        ["paradox", "--data", "{}", "--metric", "rank-gap"],
    ])
    func aRankOf1e9IsRefusedBeforeAnyLoop(_ args: [String]) throws {
        try R.expectError(Self.panel { $0.replacingOccurrences(of: "0.83,29,", with: "0.83,1000000000,") }, args,
                          ["egdi_rank = 1000000000 at KAZ 2020, data row 1", "outside [1, 250]"])
        try R.expectError(Self.panel { $0.replacingOccurrences(of: "0.83,29,", with: "0.83,1e20,") }, args, ["egdi_rank = 1e+20 at KAZ 2020"])
    }

    @Test func aFractionalRankIsNotTruncated() throws {
        try R.expectError(Self.panel { $0.replacingOccurrences(of: "0.83,29,", with: "0.83,12.5,") },
                          ["regress", "--data", "{}", "--formula", "wgi_cc ~ egdi_rank"], ["egdi_rank = 12.5 at KAZ 2020", "not a whole number"])
    }

    @Test func axesFromMinusToPlusTheLargestDoubleGetTicks() throws {
        let dir = try R.folder(["w.csv": R.bytes("iso3,year,x,y\nKAZ,2020,-1.7e308,1\nEST,2020,1.7e308,2\nRUS,2020,0,3\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["plot", "scatter", "--data", dir.appendingPathComponent("w.csv").path, "--x", "x", "--y", "y",
                    "--out", dir.appendingPathComponent("w.svg").path]
        let r = try R.egov(args)
        // No trap any more (the ticks of a range wider than the largest Double used to trap);
        // drawing still fails cleanly in the scene check (another overflow in the marks): see the report.
        R.checkSane(r, args)
        #expect(r.status == 0 || (r.status == 1 && !r.stderr.isEmpty), "\(r.stderr)")
    }

    @Test func tooManyLabelsAreRefusedWithOneWarning() throws {
        var text = "name,x,y\n"
        for i in 0..<6_000 { text += "L\(i),\(i % 97),\(i % 89)\n" }
        let dir = try R.folder(["l.csv": R.bytes(text)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["plot", "scatter", "--data", dir.appendingPathComponent("l.csv").path, "--x", "x", "--y", "y", "--label", "name",
                    "--out", dir.appendingPathComponent("l.svg").path]
        let r = try R.egov(args, timeout: 120)
        R.checkSane(r, args)
        #expect(r.status == 0, "\(r.stderr.prefix(500))")
        #expect(r.stderr.contains("6000 labels asked for, more than the 5000"), "\(r.stderr.prefix(500))")
    }

    @Test(arguments: [
        (["correlate", "--x", "egdi", "--y", "wgi_cc", "--bootstrap", "1000000000"], "--bootstrap 1000000000: 1000000000 replicates would need 8.0 GB"),
        (["regress", "--formula", "wgi_cc ~ egdi", "--vcov", "cluster(iso3)", "--bootstrap", "wild", "--reps", "1000000000"], "would need 40.0 GB"),
        (["correlate", "--x", "egdi", "--y", "wgi_cc", "--bootstrap", "-5"], "--bootstrap -5: the number of resamples must be positive"),
        (["regress", "--formula", "wgi_cc ~ egdi", "--bootstrap", "wild", "--reps", "-3"], "--reps -3: the number of bootstrap replications must be at least 1"),
    ])
    func hugeOrNegativeReplicationsAreUsageErrors(_ args: [String], _ fragment: String) throws {
        let r = try R.egov(args)
        R.checkSane(r, args)
        #expect(r.status == 64)
        #expect(r.stderr.contains(fragment), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test(arguments: [
        ["regress", "--data", "{}", "--formula", "wgi_cc ~ egdi"],
        ["describe", "--data", "{}", "--vars", "egdi"],
        ["paradox", "--data", "{}"],
    ])
    func duplicatedCountryYearsAreRefused(_ args: [String]) throws {
        try R.expectError(Self.panel { $0 + "KAZ,2022,0.86,28,-0.3,32,22,42,1\n" }, args,
                          ["1 country-year appears more than once: KAZ 2022 (data rows 5, 9)", "remove or aggregate"])
    }

    @Test func repeatedWhereOrFormulaIsRefusedWithTheSubcommandsUsage() throws {
        for (args, option) in [(["regress", "--formula", "wgi_cc ~ egdi", "--where", "year == 2022", "--where", "post_soviet == 1"], "--where"),
                               (["regress", "--formula", "wgi_cc ~ egdi", "--formula=wgi_ge ~ egdi"], "--formula"),
                               (["describe", "--vars", "egdi", "--where", "year == 2022", "--where=year == 2020"], "--where")] {
            let r = try R.egov(args)
            R.checkSane(r, args)
            #expect(r.status == 64)
            #expect(r.stderr.contains("\(option) is given more than once"), "\(r.stderr)")
            #expect(r.stderr.contains("Usage: egov \(args[0])"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        // --test is a list by design.
        let ok = try R.egov(["regress", "--formula", "wgi_cc ~ egdi + wgi_ge", "--where", "year == 2022", "--test", "egdi = 0", "--test", "wgi_ge = 0"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    @Test func aliasCodesAndStraySpacesAreNormalisedWithAWarning() throws {
        let bytes = Self.panel { $0.replacingOccurrences(of: "RUS,", with: "ROM,").replacingOccurrences(of: "KAZ,2022", with: "KAZ ,2022") }
        let dir = try R.folder(["d.csv": bytes])
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["describe", "--data", dir.appendingPathComponent("d.csv").path, "--vars", "egdi", "--format", "json"]
        let r = try R.egov(args)
        R.checkSane(r, args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: iso3 'ROM' read as ROU (Romania) on 2 rows"), "\(r.stderr)")
        #expect(r.stderr.contains("iso3 'KAZ ' (spaces around the code) read as KAZ"), "\(r.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "stdout must stay valid JSON: \(r.stdout)")
    }

    @Test(arguments: [
        ["regress", "--data", "{}", "--formula", "wgi_cc ~ egdi"],
        ["describe", "--data", "{}", "--vars", "egdi", "--format", "csv"],
        ["describe", "--data", "{}", "--vars", "egdi"],
        ["correlate", "--data", "{}", "--x", "egdi", "--y", "wgi_cc", "--format", "json"],
    ])
    func unknownCountriesAreWarnedOnStderrOnly(_ args: [String]) throws {
        let dir = try R.folder(["d.csv": Self.panel { $0.replacingOccurrences(of: "FIN,", with: "XFN,") }])
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = args.map { $0 == "{}" ? dir.appendingPathComponent("d.csv").path : $0 }
        let r = try R.egov(full)
        R.checkSane(r, full)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: unknown country code 'XFN'"), "\(r.stderr)")
        #expect(!r.stdout.contains("XFN"), "\(r.stdout)")
    }

    @Test func aConstantResponseIsRefusedAsUndefined() throws {
        try R.expectError(R.bytes("iso3,year,y,x\nKAZ,2020,3,1\nEST,2020,3,2\nRUS,2020,3,4\nFIN,2020,3,5\n"),
                          ["regress", "--data", "{}", "--formula", "y ~ x"], ["the response 'y' is constant (3 on all 4 rows used)", "essentially perfect fit"])
    }

    @Test func partialOnTheVariableItselfIsUndefined() throws {
        let args = ["correlate", "--x", "egdi", "--y", "wgi_cc", "--partial", "egdi"]
        let r = try R.egov(args)
        R.checkSane(r, args)
        #expect(r.status == 64)
        #expect(r.stderr.contains("--partial egdi: egdi is --x itself"), "\(r.stderr)")
    }

    @Test func semicolonFilesGetTheSeparatorHint() throws {
        try R.expectError(R.bytes("iso3;year;egdi;wgi_cc\nKAZ;2020;0,8;0,1\nEST;2020;0,9;0,2\n"), ["describe", "--data", "{}", "--vars", "egdi"],
                          ["d.csv, line 1: the header is a single column holding ';'", "separated by semicolons, not commas", "CSV UTF-8"])
    }

    @Test func utf16FilesAreRecognised() throws {
        let text = "iso3,year,egdi\nKAZ,2020,0.8\nEST,2020,0.9\n"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try R.expectError(le, ["describe", "--data", "{}", "--vars", "egdi"], ["the file is UTF-16 (little-endian", "iconv -f UTF-16 -t UTF-8"])
        try R.expectError(be, ["describe", "--data", "{}", "--vars", "egdi"], ["the file is UTF-16 (big-endian"])
    }

    @Test func aQuotedEmptyCellIsMissing() throws {
        let dir = try R.folder(["d.csv": R.bytes("iso3,year,egdi\nKAZ,2020,\"\"\nEST,2020,0.9\nRUS,2020,0.7\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["describe", "--data", dir.appendingPathComponent("d.csv").path, "--vars", "egdi", "--format", "csv"]
        let r = try R.egov(args)
        R.checkSane(r, args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("egdi,2,"), "\(r.stdout)")
    }

    @Test func emptyDataIsAUsageError() throws {
        let args = ["describe", "--data", "", "--vars", "egdi"]
        let r = try R.egov(args)
        R.checkSane(r, args)
        #expect(r.status == 64)
        #expect(r.stderr.contains("--data '': give a file name"), "\(r.stderr)")
    }

    @Test func aFlatChainOf100ComparisonsIsNotNested() throws {
        let chain = (1...100).map { "year == \(1900 + $0)" }.joined(separator: " || ") + " || year == 2022"
        let args = ["describe", "--vars", "egdi", "--where", chain]
        let r = try R.egov(args)
        R.checkSane(r, args)
        #expect(r.status == 0, "\(r.stderr)")
        let nested = "year == " + String(repeating: "(", count: 150) + "2022" + String(repeating: ")", count: 150)
        let n = try R.egov(["describe", "--vars", "egdi", "--where", nested])
        #expect(n.status == 64 && n.stderr.contains("nests more than 100 levels"), "\(n.stderr)")
    }

    @Test func comparingWithNASuggestsIsNA() throws {
        for (cond, hint) in [("egdi == NA", "is.na(egdi)"), ("egdi != NA", "!is.na(egdi)")] {
            let args = ["describe", "--vars", "egdi", "--where", cond]
            let r = try R.egov(args)
            R.checkSane(r, args)
            #expect(r.status == 64)
            #expect(r.stderr.contains("a comparison with NA is never true") && r.stderr.contains(hint), "\(r.stderr)")
        }
    }

    @Test func validationErrorsShowTheSubcommandsOwnUsage() throws {
        for args in [["describe", "--vars", "egdi", "--where", "year =="], ["regress", "--formula", "y ~"],
                     ["correlate", "--x", "egdi", "--y", "wgi_cc", "--bootstrap", "0"]] {
            let r = try R.egov(args)
            R.checkSane(r, args)
            #expect(r.status == 64)
            #expect(r.stderr.contains("Usage: egov \(args[0])"), "\(r.stderr)")
        }
    }
}
