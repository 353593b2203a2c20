import Foundation
import Testing
@testable import Paradox
import PanelData

/// The report built once on the embedded panel (few bootstrap replicates: speed; the
/// bootstrap itself is tested in GroupSlopeTestTests).
enum SharedReport {
    static let options = ReportOptions(bootstrapReplications: 99, bootstrapSeed: 3)
    static let report: Report? = {
        guard let panel = Shared.panel else { return nil }
        return try? panel.report(options: options, manifest: try? PanelDataset.load().manifest,
                                 figures: [ReportFigure(stem: "figure_slot", title: "A slot", caption: "Not drawn.", chart: nil, widthMillimetres: 85)])
    }()
}

@Suite struct ReportTests {
    @Test func sameReportTwice() throws {
        let panel = try #require(Shared.panel)
        let a = try #require(SharedReport.report)
        let b = try panel.report(options: SharedReport.options, manifest: try PanelDataset.load().manifest,
                                 figures: [ReportFigure(stem: "figure_slot", title: "A slot", caption: "Not drawn.", chart: nil, widthMillimetres: 85)])
        #expect(a == b)
        #expect(a.markdown() == b.markdown())
        #expect(a.html() == b.html())
    }

    /// A panel without income and without Voice and Accountability: the report keeps every
    /// step the data allow, and names each step it leaves out (the embedded panel: none).
    @Test func stepsTheDataCannotServeAreSkippedAndNamed() throws {
        #expect(try #require(SharedReport.report).skipped.isEmpty)
        let full = try PanelDataset.load().table
        let reduced = try full.removingColumns(["gdppc_ppp", "wgi_va", "wgi_va_pct", "wgi_va_pct_lo", "wgi_va_pct_hi", "wgi_va_se"])
        let r = try ParadoxPanel(reduced).report(options: ReportOptions(outcomes: [.wgiCC, .wgiVA], bootstrapReplications: 99, bootstrapSeed: 3))
        let stems = Set(r.tables.map(\.stem))
        // Income is needed by the residual and the cross-section, not by the rank gaps or FE.
        #expect(!stems.contains { $0.hasPrefix("tables/residual_") })
        #expect(!stems.contains("tables/regression_cross_section"))
        #expect(stems.contains("tables/rank_gap_wgi_cc") && stems.contains("tables/regression_two_way_fe"))
        #expect(!stems.contains { $0.hasSuffix("wgi_va") } && !stems.contains("tables/participation_gap"))
        #expect(r.skipped.contains("WGI Voice and Accountability (wgi_va): not in the data, so none of its tables is computed."))
        #expect(r.skipped.contains { $0.hasPrefix("Governance residual, wgi_cc: ") && $0.contains("gdppc_ppp") })
        #expect(r.skipped.contains { $0.hasPrefix("Cross-section regression, wgi_cc: ") })
        #expect(r.sections.last?.title == "Not computed")
        #expect(r.markdown().contains("## 5. Not computed"))   // no figures, no manifest: sections 1-4 before it
        #expect(r.summary[0].contains("from the panel it was given"))
    }

    @Test func fileList() throws {
        let r = try #require(SharedReport.report)
        let stems = r.tables.map(\.stem)
        let outcomes = ["wgi_cc", "wgi_ge", "wgi_rl", "wgi_va", "cpi"]
        var expected = outcomes.map { "tables/residual_\($0)" }
        expected += outcomes.dropLast().map { "tables/rank_gap_\($0)" }
        expected += ["tables/participation_gap"]
        expected += outcomes.dropLast().map { "tables/decoupling_\($0)" }
        expected += ["tables/rank_correlation"]
        expected += outcomes.map { "tables/slopes_\($0)" }
        expected += outcomes.map { "tables/group_slope_\($0)" }
        expected += ["tables/five_forms_post_soviet", "tables/five_forms"]
        expected += ["tables/regression_cross_section", "tables/regression_two_way_fe"]
        expected += outcomes.map { "tables/regression_slopes_\($0)" }
        expected += ["tables/regression_group_slope"]
        #expect(stems == expected)
        let files = r.textFiles().map(\.path)
        #expect(files.count == 3 * expected.count + 2)
        #expect(files.suffix(2) == ["report.md", "report.html"])
        #expect(Set(files).count == files.count)
    }

    @Test func captionsStateDataEditionsAlignmentEstimatorSEAndN() throws {
        let r = try #require(SharedReport.report)
        for t in r.tables {
            #expect(t.caption.contains("Data: embedded panel, 225 countries"), "\(t.stem)")
            #expect(t.caption.contains("N = "), "\(t.stem)")
            #expect(t.caption.contains("Edition") || t.caption.contains("edition"), "\(t.stem)")
            #expect(t.caption.contains("Y\u{2212}1"), "\(t.stem)")
        }
        let fe = try #require(r.tables.first { $0.stem == "tables/regression_two_way_fe" })
        #expect(fe.caption.contains("SE: clustered by country, CR1"))
        let cross = try #require(r.tables.first { $0.stem == "tables/regression_cross_section" })
        #expect(cross.caption.contains("SE: heteroskedasticity-robust HC1"))
        #expect(cross.caption.contains("wgi_cc: edition 2024 with 2023"))
    }

    @Test func regressionsAgreeWithTheMetrics() throws {
        // The within column of the slope table is the slope decomposition's within estimate,
        // and the group slope column is the group slope test.
        let panel = try #require(Shared.panel)
        let r = try #require(SharedReport.report)
        let t = try #require(r.tables.first { $0.stem == "tables/regression_slopes_wgi_cc" })
        guard case .regression(let table) = t.content else { Issue.record("not a regression table"); return }
        let d = try panel.slopeDecomposition(outcome: .wgiCC)
        for (model, kind) in zip(table.models, [SlopeEstimate.Kind.pooled, .between, .within]) {
            let expected = try #require(d.estimates.first { $0.kind == kind })
            #expect(close(model.estimate("egdi")?.estimate, expected.slope, 1e-9), "\(kind)")
            if kind == .within {
                // The fixed-effects fit drops countries observed once (singletons); the decomposition keeps them.
                let sample = try panel.editionPanelSample(outcome: .wgiCC)
                let singletons = Dictionary(grouping: sample.iso3, by: { $0 }).values.filter { $0.count == 1 }.count
                #expect(model.observations == expected.observations - singletons, "\(kind)")
            } else {
                #expect(model.observations == expected.observations, "\(kind)")
            }
        }
    }

    @Test func crossSectionMatchesStatsmodelsHC1() throws {
        // scripts/reference/group_slope_test.py: smf.ols("y ~ egdi + np.log(gdppc_ppp) + ps").fit(cov_type="HC1").
        let panel = try #require(Shared.panel)
        for ref in GroupSlopeTestTests.fixture("cross_section") {
            let outcome = try #require(GovernanceOutcome(rawValue: ref["outcome"] as? String ?? ""))
            let m = try panel.crossSectionModel(edition: try #require(ref["edition"] as? Int), outcome: outcome)
            let b = try #require(ref["estimate"] as? [Double]), se = try #require(ref["std_error"] as? [Double])
            #expect(m.column.observations == ref["n"] as? Int)
            for (j, term) in ["(Intercept)", "egdi", "log_gdppc", "post_soviet"].enumerated() {
                #expect(close(m.column.estimate(term)?.estimate, b[j], 1e-9), "\(outcome) \(term)")
                #expect(close(m.column.estimate(term)?.standardError, se[j], 1e-8), "\(outcome) \(term)")
            }
            #expect(close(m.column.rSquared, ref["r_squared"] as? Double, 1e-10))
            #expect(close(m.column.adjustedRSquared, ref["adj_r_squared"] as? Double, 1e-10))
        }
    }

    @Test func markdownDocument() throws {
        let md = try #require(SharedReport.report).markdown()
        #expect(md.hasPrefix("# The e-government paradox: EGDI versus governance\n"))
        for anchor in ["how-to-read", "conventions", "figures", "metrics", "regressions", "data"] {
            #expect(md.contains("<a id=\"\(anchor)\"></a>"), "\(anchor)")
        }
        #expect(md.contains("Files: [CSV](tables/residual_wgi_cc.csv) · [Markdown](tables/residual_wgi_cc.md) · [LaTeX](tables/residual_wgi_cc.tex)"))
        #expect(md.contains("**Figure (not drawn in this build).** A slot: Not drawn."))
        let residualRows = try #require(Shared.panel).governanceResidual(edition: 2024, outcome: .wgiCC).rows.count
        #expect(md.contains("*Shown: the 15 post-Soviet states (15 with data); the files list all \(residualRows) countries.*"))
        #expect(!md.contains("/tmp") && !md.contains("/work"))
    }

    @Test func htmlIsSelfContained() throws {
        let html = try #require(SharedReport.report).html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        #expect(html.contains("<style>"))
        // No external assets: no scripts, no stylesheets or images from elsewhere, no absolute URLs.
        for banned in ["<script", "<link", "http://", "https://", "src=\"/", "href=\"/", "@import"] {
            #expect(!html.contains(banned), "\(banned)")
        }
        #expect(html.contains("<table class=\"regression\">"))
        #expect(html.contains("<code>egov report</code>"))
        #expect(html.contains("<code>***</code> p &lt; 0.01"))
        // Every opened section is closed.
        #expect(html.components(separatedBy: "<section").count == html.components(separatedBy: "</section>").count)
    }

    @Test func figureWithChartIsInline() {
        let f = ReportFigure(stem: "fig1", title: "T", caption: "C.", chart: nil, widthMillimetres: 175)
        let r = Report(title: "R", summary: [], sections: [ReportSection(title: "S", anchor: "s", blocks: [.figure(f)])])
        #expect(r.html().contains("class=\"missing\""))
        #expect(r.figures == [f])
    }

    @Test func inlineMarkup() {
        #expect(HTML.inline("a `b*c` **d** <e>") == "a <code>b*c</code> <strong>d</strong> &lt;e&gt;")
    }
}

@Suite struct ReportFigureSlotsTests {
    @Test func nineFiguresAtTheirWidths() throws {
        let panel = try #require(Shared.panel)
        let figures = panel.reportFigures()
        #expect(figures.count == 9)
        #expect(figures.allSatisfy { $0.chart != nil })
        #expect(figures.map(\.stem).first == "figure_a_paradox_scatter")
        #expect(figures.map(\.stem).last == "figure_i_paradox_index")
        let wide = figures.filter { $0.widthMillimetres == 175 }.map(\.stem)
        #expect(wide == ["figure_d_small_multiples", "figure_e_slopegraph", "figure_g_coefficients",
                         "figure_h_correlation_heatmap", "figure_i_paradox_index"])
        #expect(figures.allSatisfy { $0.widthMillimetres == 175 || $0.widthMillimetres == 85 })
        #expect(figures.allSatisfy { ($0.chart?.size.width.millimetres ?? 0) == $0.widthMillimetres })
    }
}
