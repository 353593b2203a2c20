import Testing
@testable import Paradox

@Suite struct CovarianceChoiceTests {
    @Test func parsesEveryName() throws {
        let cases: [(String, CovarianceChoice)] = [
            ("classical", .classical), ("iid", .classical), ("HC0", .hc0), ("hc1", .hc1), ("robust", .hc1),
            ("hc2", .hc2), ("hc3", .hc3), ("hc4", .hc4), ("cluster(iso3)", .cluster("iso3")),
            (" cluster( iso3 , year ) ", .twoWayCluster("iso3", "year")), ("Cluster(iso3)", .cluster("iso3")),
        ]
        for (text, expected) in cases { #expect(try CovarianceChoice(parsing: text) == expected, "\(text)") }
        #expect(CovarianceChoice.twoWayCluster("iso3", "year").description == "cluster(iso3,year)")
        #expect(try CovarianceChoice(parsing: CovarianceChoice.cluster("iso3").description) == .cluster("iso3"))
    }

    @Test func errorsSayHowToFix() {
        func message(_ text: String) -> String {
            do { _ = try CovarianceChoice(parsing: text); return "" } catch { return error.description }
        }
        #expect(message("cluster") == "--vcov 'cluster' is not a covariance estimator: write the cluster variable in parentheses, as in cluster(iso3) or cluster(iso3,year)")
        #expect(message("cluster()") == "--vcov 'cluster()' is not a covariance estimator: a cluster variable name is empty; write cluster(iso3) or cluster(iso3,year)")
        #expect(message("cluster(a,a)") == "--vcov 'cluster(a,a)' is not a covariance estimator: the two cluster variables are the same; use cluster(a) for one-way clustering")
        #expect(message("sandwich").hasPrefix("--vcov 'sandwich' is not a covariance estimator:"))
        #expect(message("sandwich").hasSuffix("use one of classical, hc0, hc1, hc2, hc3, hc4, robust (= hc1), cluster(c), cluster(c1,c2), cr2(c), driscoll-kraay(L), newey-west(L) or pcse") || message("sandwich").contains("Use one of"))
    }
}
