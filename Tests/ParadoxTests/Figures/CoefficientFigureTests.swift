import Foundation
import Testing
import Plot
@testable import Paradox

/// Reference: Tests/ParadoxTests/Fixtures/coefficient_figure.json, written by
/// scripts/reference/coefficient_figure.py (statsmodels OLS HC1; OLS with country and
/// edition dummies, cluster by country, rescaled to the nested CR1 rule; t quantiles from scipy).
struct CoefficientFigureTests {
    static func reference() -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/coefficient_figure.json")
        guard let data = try? Data(contentsOf: url),
              let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let outcomes = o["outcomes"] as? [String: Any] else { return [:] }
        return outcomes
    }

    @Test func slopesAndIntervalsMatchStatsmodels() throws {
        let panel = try #require(Shared.panel)
        let r = try CoefficientFigure.estimates(panel: panel, options: ParadoxFigureOptions(edition: 2024))
        let ref = Self.reference()
        #expect(ref.count == 2)
        for (name, outcome) in [("wgi_cc", GovernanceOutcome.wgiCC), ("cpi", .cpi)] {
            let o = try #require(ref[name] as? [String: Any])
            let cs = try #require(o["cross_section"] as? [String: Double]), fe = try #require(o["fixed_effects"] as? [String: Double])
            let a = try #require(r.crossSection.first { $0.outcome == outcome }), b = try #require(r.fixedEffects.first { $0.outcome == outcome })
            #expect(close(a.estimate, cs["estimate"], 1e-9))
            #expect(close(a.low, cs["conf_low"], 1e-8))
            #expect(close(a.high, cs["conf_high"], 1e-8))
            #expect(a.observations == Int(cs["n"] ?? -1))
            #expect(close(b.estimate, fe["estimate"], 1e-8))
            #expect(close(b.low, fe["conf_low"], 1e-7))
            #expect(close(b.high, fe["conf_high"], 1e-7))
            #expect(b.observations == Int(fe["n"] ?? -1))
            #expect(b.clusters == Int(fe["clusters"] ?? -1))
        }
    }

    @Test func chartHasTwoFacetsOfFiveOutcomesAndCaptionStatesSETypes() throws {
        let panel = try #require(Shared.panel)
        let f = try CoefficientFigure.make(panel: panel, options: ParadoxFigureOptions())
        #expect(f.chart.panels.count == 2)
        for p in f.chart.panels {
            let intervals = p.layers.compactMap { if case .intervals(let m) = $0 { return m }; return nil }
            #expect(intervals.count == 1 && intervals[0].position.count == 5)
            #expect(intervals[0].lower.allSatisfy(\.isFinite) && intervals[0].upper.allSatisfy(\.isFinite))
        }
        for s in ["HC1", "CR1", "clustered by country", "t(G\u{2212}1)", "N = ", "edition 2024 paired with"] { #expect(f.caption.contains(s), "\(s)") }
        let scene = f.chart.build(measurer: ApproximateTextMeasurer())
        #expect(f.warnings.isEmpty && scene.warnings.isEmpty, "\(f.warnings + scene.warnings)")
    }
}
