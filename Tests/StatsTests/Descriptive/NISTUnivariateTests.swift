import Foundation
import Testing
@testable import Stats

/// NIST StRD univariate summary statistics: fixture written by
/// scripts/reference/nist_univariate.py (data, certified values, exact-arithmetic ceilings).
private struct NISTFixture: Decodable {
    struct Dataset: Decodable {
        var name: String
        var data: [String]
        var certified: [String: String]
        var ceiling: [String: Double]
    }
    var datasets: [Dataset]
}

@Suite("NIST StRD univariate (mean, sd, lag-1 autocorrelation)")
struct NISTUnivariateTests {
    @Test func lreReachesExactArithmeticCeiling() throws {
        let fixture = try Fixtures.load("nist_univariate", as: NISTFixture.self)
        #expect(fixture.datasets.count == 9)
        var table = "dataset     LRE mean (ceil)   LRE sd (ceil)   LRE acf1 (ceil)\n"
        for d in fixture.datasets {
            let x = Fixtures.doubles(d.data)
            let ours: [String: Double] = [
                "mean": Descriptive.mean(x),
                "sd": Descriptive.standardDeviation(x),
                "acf1": Descriptive.lag1Autocorrelation(x),
            ]
            var row = d.name.padding(toLength: 10, withPad: " ", startingAt: 0)
            for key in ["mean", "sd", "acf1"] {
                let text = try #require(d.certified[key])
                let certified = try #require(Double(text))
                let ceiling = try #require(d.ceiling[key])
                let value = try #require(ours[key])
                let lre = logRelativeError(value, certified: certified)
                #expect(lre >= min(13, ceiling) - 0.5, "\(d.name) \(key): LRE \(lre), ceiling \(ceiling)")
                row += String(format: "   %5.2f (%5.2f)  ", lre, ceiling)
            }
            table += row + "\n"
        }
        print(table)
    }
}
