import Foundation
import Testing

/// `egov describe` through the built binary. Reference values by hand on a 6-row CSV
/// (R: x <- c(1, 2, 4, 8, 3, 6); quantile(x) type 7 -> 1, 2.25, 3.5, 5.5, 8; sd(x) = sqrt(34/5) = 2.607681).
@Suite struct DescribeCommandTests {
    static func egov(_ args: [String]) throws -> DataCommandsTests.Run { try DataCommandsTests.egov(args) }

    static func file() throws -> URL {
        let text = "iso3,year,x,y\nAAA,2020,1,5\nAAA,2021,2,\nAAA,2022,4,7\nBBB,2020,8,1\nBBB,2021,3,2\nBBB,2022,6,2\nCCC,2020,,3\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("egov-describe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("d.csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func contractKeysAndValues() throws {
        let r = try Self.egov(["describe", "--data", try Self.file().path, "--vars", "x", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let keys = ["n", "mean", "sd", "min", "q1", "median", "q3", "max", "skewness", "kurtosis", "acf1"]
        let positions = keys.compactMap { r.stdout.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: [String: Any]])
        let x = try #require(j["x"])
        func v(_ k: String) -> Double { (x[k] as? NSNumber)?.doubleValue ?? .nan }
        #expect(x["n"] as? Int == 6)
        #expect(v("mean") == 4 && v("min") == 1 && v("max") == 8)
        #expect(v("q1") == 2.25 && v("median") == 3.5 && v("q3") == 5.5)
        #expect(abs(v("sd") - (34.0 / 5).squareRoot()) < 1e-14)
        // acf1 within country: deviations AAA −3, −2, 0; BBB 4, −1, 2; products 6 + 0 − 4 − 2 = 0.
        #expect(abs(v("acf1")) < 1e-15)
    }

    @Test func listwiseDeletionIsReported() throws {
        let r = try Self.egov(["describe", "--data", try Self.file().path, "--vars", "x,y"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("listwise deletion: 2 of 7 rows dropped for missing x, y (AAA, CCC)"))
        #expect(r.stdout.contains("type 7") && r.stdout.contains("acf1:"))
    }

    @Test func unknownVariableExits64() throws {
        let r = try Self.egov(["describe", "--data", try Self.file().path, "--vars", "x,yy"])
        #expect(r.status == 64 && r.stdout.isEmpty)
        #expect(r.stderr.contains("unknown variable 'yy'; did you mean y"))
    }

    @Test func embeddedPanelPostSoviet() throws {
        let r = try Self.egov(["describe", "--vars", "egdi", "--where", "post_soviet == 1 & year == 2022", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: [String: Any]])
        #expect(j["egdi"]?["n"] as? Int == 15)
    }
}
