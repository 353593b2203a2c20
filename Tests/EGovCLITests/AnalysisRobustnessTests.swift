import Foundation
import Testing

/// Issue 9, the bad-input catalogue for `egov correlate` and `egov describe` (and `--data`
/// with a dataset manifest), through the built binary with the never-again checks of
/// `RobustnessTests` (no trap, hang, stack trace, or stdout after an error). The library side
/// (typed errors, right numbers at 1e±300) is in PanelLoaderTests and StatsTests.
extension RobustnessTests {
    static let analyses: [[String]] = [
        ["correlate", "--data", "{}", "--x", "x", "--y", "y"],
        ["correlate", "--data", "{}", "--vars", "x,y"],
        ["correlate", "--data", "{}", "--x", "x", "--y", "y", "--method", "kendall"],
        ["describe", "--data", "{}", "--vars", "x,y"],
    ]

    @Test(arguments: [
        ("iso3,year,x,y\nKAZ,2020,\"1.5,1\n", ["d.csv, line 2, column 3", "never closed", "add the closing"]),
        ("iso3,year,x,y\nKAZ,2020,1,1\nEST,2020,2\n", ["d.csv, line 3", "expected 4 fields, found 3", "fix the row"]),
        ("", ["d.csv", "the file is empty; expected a header line"]),
        ("iso3,year,x,x\nKAZ,2020,1,2\n", ["line 1, column 4", "duplicate column name 'x' (also column 3); rename one of them"]),
        ("iso3,year,x,y\nKAZ,2020,1e400,1\n", ["d.csv, line 2, column 3", "\"1e400\" in numeric column 'x' is too large for a Double", "write NA"]),
        ("iso3,year,x,y\nKAZ,2020,1,NaN\n", ["line 2, column 4", "\"NaN\" in numeric column 'y' is not a finite number; write NA"]),
        ("iso3,year,x,y\nKAZ,2020,-Infinity,1\n", ["line 2, column 3", "is not a finite number; write NA"]),
    ] as [(String, [String])])
    func analysesOnMalformedCSV(text: String, fragments: [String]) throws {
        for args in Self.analyses { try Self.expectError(Self.bytes(text), args, fragments) }
    }

    @Test func analysesOnInvalidBytes() throws {
        var latin1 = Self.bytes("iso3,year,x,y\nKAZ,2020,1,")
        latin1 += [0xE9, 0x0A]
        var nul = Self.bytes("iso3,year,x,y\nKAZ,2020,1,1")
        nul += [0x00, 0x0A]
        for args in Self.analyses {
            try Self.expectError(latin1, args, ["d.csv, line 2", "invalid UTF-8 at byte offset 25", "save the file as UTF-8"])
            try Self.expectError(nul, args, ["d.csv, line 2", "NUL byte at byte offset 26", "save it as UTF-8 text"])
        }
    }

    @Test func analysesOnHeaderOnlyOrNoRowsLeft() throws {
        for args in Self.analyses {
            try Self.expectError(Self.bytes("iso3,year,x,y\n"), args, ["d.csv has no data rows (only a header line?); add data rows"])
            try Self.expectError(Self.panel, args + ["--where", "year == 1999"], ["--where year == 1999 kept none of the 24 rows of d.csv; loosen the condition"])
        }
        // All rows missing after listwise deletion: which variable, how often, what to do.
        for args in [["correlate", "--data", "{}", "--x", "x", "--y", "allna"], ["describe", "--data", "{}", "--vars", "x,allna"]] {
            try Self.expectError(Self.panel, args, ["x, allna: none of the 24 rows of d.csv has a value for every one of them",
                                                    "(missing: allna in all 24 rows); choose variables with more data"])
        }
        try Self.expectError(Self.panel, ["correlate", "--data", "{}", "--vars", "x,allna"],
                             ["x and allna have 0 complete pairs, fewer than the 3 needed: drop one of them"])
        // Too few observations.
        try Self.expectError(Self.panel, ["correlate", "--data", "{}", "--x", "x", "--y", "y", "--where", "iso3 == 'KAZ'"],
                             ["x, y: 2 of the 2 rows of d.csv selected by --where have a value for every one of them, fewer than the 3 needed",
                              "loosen --where"])
        try Self.expectError(Self.panel, ["correlate", "--data", "{}", "--x", "x", "--y", "y", "--partial", "z,c", "--where", "iso3 %in% c('KAZ', 'EST')"],
                             ["x after partialling out the covariates does not vary"])
    }

    /// Odd spellings: quoted "1,5" is named (decimal comma); NA, .., n/a, - are dropped and
    /// reported; U+2212 is a minus (the mean of −7, 1, 2, 4 is exactly 0).
    @Test func analysesOnOddNumbers() throws {
        try Self.expectError(Self.numbers(x: "\"1,5\""), ["correlate", "--data", "{}", "--x", "x", "--y", "y"], status: 64,
                             ["--x x: column 'x' is text, not numeric: line 2 has \"1,5\" (decimal comma? write 1.5)"])
        try Self.expectError(Self.numbers(x: "\"1,5\""), ["describe", "--data", "{}", "--vars", "y,x"], status: 64,
                             ["--vars x: column 'x' is text, not numeric: line 2 has \"1,5\" (decimal comma? write 1.5)"])
        for token in ["NA", "..", "n/a", "-"] {
            let dir = try Self.folder(["d.csv": Self.numbers(x: token)])
            defer { try? FileManager.default.removeItem(at: dir) }
            let path = dir.appendingPathComponent("d.csv").path
            let r = try Self.egov(["describe", "--data", path, "--vars", "x,y"])
            Self.checkSane(r, ["describe", token])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("listwise deletion: 1 of 4 rows dropped for missing x, y (KAZ)"), "\(r.stdout)")
            let c = try Self.egov(["correlate", "--data", path, "--x", "x", "--y", "y", "--format", "json"])
            let j = try #require(try JSONSerialization.jsonObject(with: Data(c.stdout.utf8)) as? [String: Any])
            // x = 2, 3, 4 and y = 2, 4, 3: Sxy = 1, Sxx = Syy = 2, r = 0.5 exactly.
            #expect(j["n"] as? Int == 3 && j["estimate"] as? Double == 0.5, "\(token): \(c.stdout)")
        }
        let dir = try Self.folder(["d.csv": Self.bytes("iso3,year,y\nKAZ,2020,\u{2212}7\nEST,2020,1\nLVA,2020,2\nLTU,2020,4\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.egov(["describe", "--data", dir.appendingPathComponent("d.csv").path, "--vars", "y", "--format", "json"])
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: [String: Any]])
        #expect(j["y"]?["mean"] as? Double == 0 && j["y"]?["min"] as? Double == -7, "\(r.stdout)")
    }

    @Test func analysesOnUnknownOrTextVariables() throws {
        let p = Self.panel
        try Self.expectError(p, ["correlate", "--data", "{}", "--x", "xx", "--y", "y"], status: 64,
                             ["--x: unknown variable 'xx'; did you mean x", "`egov data list` lists them"])
        try Self.expectError(p, ["correlate", "--data", "{}", "--vars", "x,yy"], status: 64, ["--vars: unknown variable 'yy'; did you mean y"])
        try Self.expectError(p, ["correlate", "--data", "{}", "--x", "x", "--y", "y", "--partial", "zz"], status: 64,
                             ["--partial: unknown variable 'zz'; did you mean z"])
        try Self.expectError(p, ["describe", "--data", "{}", "--vars", "x,yy"], status: 64, ["--vars: unknown variable 'yy'; did you mean y"])
        try Self.expectError(p, ["describe", "--data", "{}", "--vars", "one"], status: 64, ["--vars one: column 'one' is text, not numeric: line 2 has \"A\""])
        try Self.expectError(p, ["correlate", "--data", "{}", "--x", "x", "--y", "y", "--where", "year = 2020"], status: 64, ["'=' is not a comparison"])
        try Self.expectError(p, ["describe", "--data", "{}", "--vars", "x", "--where", "yaer == 2020"], status: 64,
                             ["--where: unknown variable 'yaer'", "did you mean", "year"])
        try Self.expectError(p, ["correlate", "--data", "{}", "--x", "x", "--y", "y", "--where", "foo == 1"], status: 64,
                             ["--where: unknown variable 'foo' in filter \"foo == 1\"; `egov data list --data FILE` lists the variables"])
    }

    /// Unknown countries are reported with the nearest codes, and the analysis still runs.
    @Test func analysesWarnOnUnknownCountries() throws {
        let data = Self.bytes("iso3,year,x,y\nKAZ,2020,1,2\nKZA,2020,2,1\nEST,2020,3,3\nLVA,2020,4,5\n")
        let dir = try Self.folder(["d.csv": data])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("d.csv").path
        for args in [["describe", "--data", path, "--vars", "x"], ["correlate", "--data", path, "--x", "x", "--y", "y"]] {
            let r = try Self.egov(args)
            Self.checkSane(r, args)
            #expect(r.status == 0, "\(r.stderr)")
            // Issue 18.4: on stderr in every format, never in the output.
            #expect(r.stderr.contains("warning: unknown country code 'KZA'; did you mean DZA, KAZ, KNA?"), "\(r.stderr)")
            #expect(!r.stdout.contains("KZA"), "\(r.stdout)")
        }
    }

    @Test func zeroVarianceInACorrelationIsAnError() throws {
        let p = Self.panel
        for method in ["pearson", "spearman", "kendall"] {
            try Self.expectError(p, ["correlate", "--data", "{}", "--x", "x", "--y", "c", "--method", method],
                                 ["c does not vary (zero variance), so its correlation is undefined: choose another variable"])
        }
        try Self.expectError(p, ["correlate", "--data", "{}", "--vars", "x,c,y"], ["c (pair x, c) does not vary (zero variance)"])
        for extra in [["--bootstrap", "50"], ["--permutation", "50"]] {
            try Self.expectError(p, ["correlate", "--data", "{}", "--x", "c", "--y", "y"] + extra, ["c does not vary (zero variance)"])
        }
        try Self.expectError(p, ["correlate", "--data", "{}", "--x", "x", "--y", "y", "--partial", "z"],
                             ["x after partialling out the covariates does not vary"])
        // describe of a constant: sd exactly 0; skewness, kurtosis, acf1 undefined (NA, as R), never NaN text.
        let dir = try Self.folder(["d.csv": p])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.egov(["describe", "--data", dir.appendingPathComponent("d.csv").path, "--vars", "c", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"sd\": 0,") && r.stdout.contains("\"skewness\": null") && !r.stdout.lowercased().contains("nan"), "\(r.stdout)")
    }

    /// 1e±300: the same r, rho, tau, p-values and standardised statistics as at ordinary
    /// scale; describe's sd scales (they used to be "x does not vary", sd NaN or exactly 0,
    /// skewness NA, and a permutation p of 1).
    @Test func analysesAtExtremeMagnitudes() throws {
        func run(_ args: [String], _ data: [UInt8]) throws -> String {
            let dir = try Self.folder(["d.csv": data])
            defer { try? FileManager.default.removeItem(at: dir) }
            let full = args.map { $0 == "{}" ? dir.appendingPathComponent("d.csv").path : $0 }
            let r = try Self.egov(full)
            Self.checkSane(r, full)
            #expect(r.status == 0, "\(full): \(r.stderr)")
            return r.stdout
        }
        func json(_ s: String) -> [String: Any] { ((try? JSONSerialization.jsonObject(with: Data(s.utf8))) as? [String: Any]) ?? [:] }
        let base = Self.scaled(x: 1, y: 1)
        for (sx, sy) in [(1e300, 1.0), (1e-300, 1.0), (1.0, 1e300), (1e-300, 1e300)] {
            let data = Self.scaled(x: sx, y: sy)
            for extra in [["--method", "pearson"], ["--method", "spearman"], ["--method", "kendall"],
                          ["--permutation", "199"], ["--bootstrap", "199", "--ci-method", "percentile"]] {
                let args = ["correlate", "--data", "{}", "--x", "x", "--y", "y", "--format", "json"] + extra
                let a = json(try run(args, base)), b = json(try run(args, data))
                for key in ["estimate", "p_value", "conf_low", "conf_high"] {
                    let u = a[key] as? Double ?? .nan, v = b[key] as? Double ?? .nan
                    #expect(abs(u - v) <= 1e-12 * max(1, abs(u)), "\(sx) \(sy) \(extra) \(key): \(v) vs \(u)")
                }
            }
            let d0 = json(try run(["describe", "--data", "{}", "--vars", "x,y", "--format", "json"], base))
            let d1 = json(try run(["describe", "--data", "{}", "--vars", "x,y", "--format", "json"], data))
            for (name, s) in [("x", sx), ("y", sy)] {
                let u = d0[name] as? [String: Any] ?? [:], v = d1[name] as? [String: Any] ?? [:]
                let sd0 = u["sd"] as? Double ?? .nan, sd1 = v["sd"] as? Double ?? .nan
                #expect(abs(sd1 / (sd0 * s) - 1) < 1e-13, "\(name) at \(s): sd \(sd1)")
                for key in ["skewness", "kurtosis", "acf1"] {
                    let p = u[key] as? Double ?? .nan, q = v[key] as? Double ?? .nan
                    #expect(abs(p - q) < 1e-12, "\(name) at \(s): \(key) \(q) vs \(p)")
                }
            }
        }
    }

    /// 1,000 columns: a matrix over many of them, describe of the last, a clear message for a typo.
    @Test func analysesOnAThousandColumns() throws {
        var s = "iso3,year," + (0..<1000).map { "v\($0)" }.joined(separator: ",") + "\n"
        for i in 0..<30 {  // column j steps by 32 + j mod 13 (never 0 mod 101): no column is constant
            s += "KAZ,\(1990 + i)," + (0..<1000).map { j in String((i * (32 + j % 13) + j * 17) % 101) }.joined(separator: ",") + "\n"
        }
        let data = Self.bytes(s)
        let dir = try Self.folder(["d.csv": data])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("d.csv").path
        let vars = (0..<40).map { "v\($0 * 25)" }.joined(separator: ",")
        let m = try Self.egov(["correlate", "--data", path, "--vars", vars, "--method", "spearman", "--adjust", "holm", "--format", "csv"])
        Self.checkSane(m, ["correlate 1000 columns"])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(m.stdout.split(separator: "\n").count == 1 + 40 * 39 / 2)
        let d = try Self.egov(["describe", "--data", path, "--vars", "v999", "--format", "json"])
        #expect(d.status == 0 && d.stdout.contains("\"n\": 30"), "\(d.stderr)")
        try Self.expectError(data, ["describe", "--data", "{}", "--vars", "v1000"], status: 64, ["unknown variable 'v1000'; did you mean v100"])
    }

    /// Issue 9.5 through the CLI: `--data` (and `data validate`) take a dataset manifest, and a
    /// manifest naming a file outside its folder is refused with the rule and the fix.
    @Test func manifestCannotPointOutsideItsFolder() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        let rows = Self.bytes("iso3,year,x\nKAZ,2020,1\nEST,2020,2\nLVA,2020,3\n")
        for dir in ["data/sub", "outside"] { try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true) }
        for file in ["data/panel.csv", "data/sub/x.csv", "outside/x.csv"] { try Data(rows).write(to: root.appendingPathComponent(file)) }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("data/link.csv").path, withDestinationPath: "../outside/x.csv")
        let manifest = root.appendingPathComponent("data/m.json")
        func write(_ dataFile: String) throws {
            let m = """
            {"formatVersion": 1, "dataFile": "\(dataFile)", "rows": 3, "countries": 3, "firstYear": 2020, "lastYear": 2020,
             "variables": [{"name": "iso3", "label": "ISO3", "definition": "code", "scale": "code", "type": "text", "years": [2020], "nonMissing": 3, "countries": 3},
              {"name": "x", "label": "x", "definition": "x", "scale": "ratio", "type": "numeric", "years": [2020], "nonMissing": 3, "countries": 3}],
             "sources": [], "exclusions": []}
            """
            try Data(m.utf8).write(to: manifest)
        }
        try write("panel.csv")
        let ok = try Self.egov(["describe", "--data", manifest.path, "--vars", "x", "--format", "json"])
        #expect(ok.status == 0 && ok.stdout.contains("\"n\": 3"), "\(ok.stderr)")
        for bad in ["../outside/x.csv", root.appendingPathComponent("outside/x.csv").path, "sub/x.csv", "link.csv", ".."] {
            try write(bad)
            for args in [["describe", "--data", manifest.path, "--vars", "x"], ["correlate", "--data", manifest.path, "--x", "x", "--y", "year"],
                         ["data", "validate", manifest.path], ["regress", "--data", manifest.path, "--formula", "x ~ year"]] {
                let r = try Self.egov(args)
                Self.checkSane(r, args)
                #expect(r.status == 1, "\(args): \(r.stderr)")
                #expect(r.stderr.contains("m.json: dataFile '\(bad)' is not a file in the manifest's folder"), "\(r.stderr)")
                #expect(r.stderr.contains("copy the data file next to the manifest and write its bare name"))
            }
        }
    }
}
