// Builds the paradox report from a panel: every metric table, the regression tables,
// the figure slots, the "how to read" notes and the conventions.

import Foundation
import PanelData

/// Options of `ParadoxPanel.report(...)`.
public struct ReportOptions: Sendable, Equatable {
    public var alignment: YearAlignment
    /// Outcomes of the residual, slope and regression tables.
    public var outcomes: [GovernanceOutcome]
    /// Bootstrap replicates and seed of the group slope test.
    public var bootstrapReplications: Int
    public var bootstrapSeed: UInt64
    /// First edition of the decoupling window.
    public var decouplingFrom: Int
    /// A user variable of petty-bribery experience (higher = more) for the five-forms section;
    /// nil: that form is stated as not measured.
    public var pettyCorruption: String? = nil

    public init(alignment: YearAlignment = .dataYear, outcomes: [GovernanceOutcome] = GovernanceOutcome.residualDefaults,
                bootstrapReplications: Int = GroupSlopeTest.defaultReplications, bootstrapSeed: UInt64 = GroupSlopeTest.defaultSeed,
                decouplingFrom: Int = 2008) {
        self.alignment = alignment; self.outcomes = outcomes; self.bootstrapReplications = bootstrapReplications
        self.bootstrapSeed = bootstrapSeed; self.decouplingFrom = decouplingFrom
    }
}

extension ParadoxPanel {
    /// The latest edition whose paired year has data for `outcome` (nil if none).
    public func latestEdition(for outcome: GovernanceOutcome, alignment: YearAlignment) -> Int? {
        editions.reversed().first { hasAnyValue(outcome.variable, year: alignment.pairedYear(forEdition: $0)) }
    }

    /// The whole report. `figures` are the figure slots (charts from the figure recipes, or
    /// nil charts when a recipe is unavailable); `manifest` names the data sources;
    /// `progress` is called with the name of each step (the CLI shows it on a terminal).
    public func report(options: ReportOptions = ReportOptions(), manifest: PanelManifest? = nil,
                       figures: [ReportFigure] = [],
                       progress: (String) -> Void = { _ in }) throws(ParadoxError) -> Report {
        let al = options.alignment
        guard let latest = latestEdition else {
            throw .insufficientData(what: "report", observations: 0, needed: 1)
        }
        let pairing = al == .dataYear ? "each edition Y with governance data of year Y\u{2212}1" : "each edition Y with governance data of the same year Y"
        let data = dataSentence(manifest)
        // A user's panel may lack variables a step needs (WGI percentiles, income, EPI, ...):
        // such a step is skipped and listed under "Not computed", never filled in. The
        // embedded panel has every variable, so its report skips nothing.
        var skipped: [String] = []
        func attempt(_ step: String, _ body: () throws(ParadoxError) -> Void) {
            do { try body() } catch { skipped.append("\(step): \(error.description)") }
        }
        let outcomes = options.outcomes.filter { table.hasColumn($0.variable) }
        for o in options.outcomes where !table.hasColumn(o.variable) {
            skipped.append("\(o.label) (\(o.variable)): not in the data, so none of its tables is computed.")
        }

        // MARK: metrics
        var metricBlocks: [ReportBlock] = []
        func countryTable(_ stem: String, _ caption: String, full: ResultTable, shown: ResultTable) -> ReportBlock {
            .table(ReportTable(stem: "tables/" + stem, caption: caption, content: .result(full), shown: shown,
                               shownNote: "Shown: the 15 post-Soviet states (\(shown.rows.count) with data); the files list all \(full.rows.count) countries."))
        }
        progress("governance residuals")
        metricBlocks.append(.paragraph("**Governance residual.** One cross-country OLS per outcome: outcome ~ EGDI + log GDP per capita (PPP); the score is minus the internally studentized residual, so a high score means governance below what e-government and income predict."))
        for o in outcomes {
            guard let e = latestEdition(for: o, alignment: al) else { continue }
            attempt("Governance residual, \(o.variable)") { () throws(ParadoxError) in
                let r = try governanceResidual(edition: e, outcome: o, alignment: al)
                metricBlocks.append(countryTable(
                    "residual_\(o.variable)",
                    "Governance residual, \(o.label). Data: \(data). Edition \(e) paired with \(o.variable) \(r.pairedYear) (\(al.rule)). Estimator: OLS of \(o.variable) on egdi and log(gdppc_ppp) across countries; score = \u{2212}studentized residual (R's rstandard). N = \(r.observations) countries.",
                    full: r.table(), shown: r.table(postSovietOnly: true)))
            }
        }
        progress("rank gaps")
        metricBlocks.append(.paragraph("**Rank gap.** EGDI percentile minus the WGI percentile of the same country, both computed among the same countries (those with both values, WGI's percentile definition); flagged when the EGDI percentile lies outside the governance percentile's 90% interval (WGI's estimate \u{00B1} 1.645 standard errors, ranked among the others). EGDI values the UN computed on a missing component (egdi_flag) are left out and listed."))
        for o in outcomes where o.isWGI {
            guard let e = latestEdition(for: o, alignment: al) else { continue }
            attempt("Rank gap, \(o.variable)") { () throws(ParadoxError) in
                let r = try rankGap(edition: e, dimension: o, alignment: al)
                metricBlocks.append(countryTable(
                    "rank_gap_\(o.variable)",
                    "Rank gap, \(o.label). Data: \(data). Edition \(e) paired with WGI \(r.pairedYear) (\(al.rule)). EGDI percentile minus WGI percentile, both among the \(r.rows.count) countries with both values (WGI-style percentiles on one population). N = \(r.rows.count) countries.",
                    full: r.table(), shown: r.table(postSovietOnly: true)))
            }
        }
        progress("participation gap")
        if outcomes.contains(.wgiVA), let e = latestEdition(for: .wgiVA, alignment: al) {
            attempt("Participation gap") { () throws(ParadoxError) in
                let r = try participationGap(edition: e, measure: .wgiVoice, alignment: al)
                metricBlocks.append(.paragraph("**Participation gap.** E-Participation Index percentile minus the WGI Voice and Accountability percentile: positive = online participation ranks above actual voice."))
                metricBlocks.append(countryTable(
                    "participation_gap",
                    "Participation gap. Data: \(data). Edition \(e) paired with WGI \(r.pairedYear) (\(al.rule)). EPI percentile minus WGI Voice and Accountability percentile rank. N = \(r.rows.count) countries.",
                    full: r.table(), shown: r.table(postSovietOnly: true)))
            }
        }
        progress("decoupling")
        metricBlocks.append(.paragraph("**Decoupling.** Change of the rank gap between two editions, and which side moved: EGDI up with governance flat is decoupling."))
        for o in outcomes where o.isWGI {
            guard let e = latestEdition(for: o, alignment: al), e > options.decouplingFrom, editions.contains(options.decouplingFrom) else { continue }
            attempt("Decoupling, \(o.variable)") { () throws(ParadoxError) in
                let r = try decoupling(from: options.decouplingFrom, to: e, dimension: o, alignment: al)
                metricBlocks.append(countryTable(
                    "decoupling_\(o.variable)",
                    "Decoupling, \(o.label), editions \(options.decouplingFrom) \u{2192} \(e). Data: \(data). Alignment: \(pairing). Change of the rank gap (EGDI percentile minus WGI percentile) and its parts; slope = within-country OLS slope of the WGI percentile on the EGDI percentile over the editions. N = \(r.rows.count) countries.",
                    full: r.table(), shown: r.table(postSovietOnly: true)))
            }
        }
        progress("correlation trend")
        attempt("Correlation trend") { () throws(ParadoxError) in
            let trend = try rankCorrelationTrend(outcomes: outcomes, alignment: al)
            metricBlocks.append(.paragraph("**Correlation trend.** Pearson and Spearman correlation of EGDI with each outcome, every edition, over all countries and over the 15 post-Soviet states."))
            metricBlocks.append(.table(ReportTable(
                stem: "tables/rank_correlation",
                caption: "EGDI vs governance: Pearson r and Spearman \u{03C1} by edition. Data: \(data). Editions \(editions.map(String.init).joined(separator: ", ")); \(pairing). Complete pairs per edition (column n): N = \(trend.points.filter { $0.countries == .world && $0.n > 0 }.map(\.n).min() ?? 0)-\(trend.points.map(\.n).max() ?? 0) countries (world), \(trend.points.filter { $0.countries == .postSoviet && $0.n > 0 }.map(\.n).min() ?? 0)-\(trend.points.filter { $0.countries == .postSoviet }.map(\.n).max() ?? 0) (post-Soviet).",
                content: .result(trend.table()), shown: trend.table(postSovietOnly: true),
                shownNote: "Shown: the post-Soviet group; the files also hold the world correlations.")))
        }
        progress("slope decomposition")
        metricBlocks.append(.paragraph("**Pooled, between and within slopes** (point estimates; the regression section gives their standard errors)."))
        for o in outcomes {
            attempt("Slope decomposition, \(o.variable)") { () throws(ParadoxError) in
                let r = try slopeDecomposition(outcome: o, alignment: al)
                metricBlocks.append(.table(ReportTable(
                    stem: "tables/slopes_\(o.variable)",
                    caption: "EGDI slope of \(o.label): pooled OLS, between (country means) and within (two-way fixed effects). Data: \(data). Editions \(r.editions.map(String.init).joined(separator: ", ")); \(pairing). N = \(r.estimates.first?.observations ?? 0) country-editions, \(r.estimates.first?.countries ?? 0) countries.",
                    content: .result(r.table()))))
            }
        }
        progress("group slope tests (wild cluster bootstrap)")
        var groupTests: [GroupSlopeTest] = []
        metricBlocks.append(.paragraph("**Group slope test.** Does the within-country EGDI slope differ for the post-Soviet states? Two-way fixed effects with an EGDI \u{00D7} post-Soviet interaction, standard errors clustered by country, and a wild cluster bootstrap p-value for the interaction."))
        // The bootstraps dominate the run time (B·G² per outcome): run the outcomes in
        // parallel. Each has its own seeded generator, so the results do not depend on scheduling.
        let tests = parallelMap(outcomes) { o in
            Result { () throws(ParadoxError) -> GroupSlopeTest in
                try groupSlopeTest(outcome: o, alignment: al, replications: options.bootstrapReplications, seed: options.bootstrapSeed)
            }
        }
        for (o, result) in zip(outcomes, tests) {
            let g: GroupSlopeTest
            do { g = try result.get() } catch {
                skipped.append("Group slope test, \(o.variable): \(error.description)")
                continue
            }
            groupTests.append(g)
            metricBlocks.append(.table(ReportTable(
                stem: "tables/group_slope_\(o.variable)",
                caption: "Group slope test, \(o.label). Data: \(data). Editions \(g.editions.map(String.init).joined(separator: ", ")); \(pairing). Estimator: two-way fixed effects (country, edition). SE: clustered by country, CR1, t(\(g.countries - 1)); wild cluster bootstrap (Rademacher, B = \(g.bootstrap.replications), seed \(options.bootstrapSeed)). N = \(g.observations) country-editions, \(g.countries) countries.",
                content: .result(g.table()))))
        }

        // MARK: regressions
        progress("regression tables")
        var regressionBlocks: [ReportBlock] = []
        var crossModels: [RegressionTable.Model] = [], crossEditions: [String] = [], crossNotes: [String] = []
        for o in outcomes {
            guard let e = latestEdition(for: o, alignment: al) else { continue }
            attempt("Cross-section regression, \(o.variable)") { () throws(ParadoxError) in
                let m = try crossSectionModel(edition: e, outcome: o, alignment: al)
                crossModels.append(m.column)
                crossEditions.append("\(o.variable): edition \(e) with \(al.pairedYear(forEdition: e))")
                crossNotes += m.notes.dropFirst()
            }
        }
        let crossN = crossModels.map { String($0.observations) }.joined(separator: ", ")
        if !crossModels.isEmpty {
            regressionBlocks.append(.table(ReportTable(
                stem: "tables/regression_cross_section",
                caption: "Cross-section: each outcome on EGDI, log GDP per capita (PPP) and a post-Soviet indicator. Data: \(data). Editions: \(crossEditions.joined(separator: "; ")) (\(al.rule)). Estimator: OLS. SE: heteroskedasticity-robust HC1. N = \(crossN).",
                content: .regression(RegressionTable(
                    title: "Cross-section, latest edition (OLS, HC1)", models: crossModels, terms: ReportTerms.labels,
                    notes: crossNotes)))))
        }

        var feModels: [RegressionTable.Model] = [], feNotes: [String] = []
        for o in outcomes {
            attempt("Two-way fixed effects, \(o.variable)") { () throws(ParadoxError) in
                let m = try twoWayModel(outcome: o, alignment: al)
                feModels.append(m.column)
                feNotes.append("\(o.variable): " + (m.notes.first ?? ""))
            }
        }
        if !feModels.isEmpty {
            regressionBlocks.append(.table(ReportTable(
                stem: "tables/regression_two_way_fe",
                caption: "Two-way fixed effects: each outcome on EGDI with country and edition effects. Data: \(data). All editions with outcome data; \(pairing). Estimator: within (two-way FE). SE: clustered by country, CR1, p-values from t(G\u{2212}1). N = \(feModels.map { String($0.observations) }.joined(separator: ", ")).",
                content: .regression(RegressionTable(
                    title: "Two-way fixed effects (country, edition), SE clustered by country", models: feModels, terms: ReportTerms.labels,
                    fixedEffectRows: ReportTerms.fixedEffects, notes: feNotes)))))
        }

        for o in outcomes {
            attempt("Pooled, between and within regressions, \(o.variable)") { () throws(ParadoxError) in
                let ms = try slopeComparisonModels(outcome: o, alignment: al)
                regressionBlocks.append(.table(ReportTable(
                    stem: "tables/regression_slopes_\(o.variable)",
                    caption: "Pooled vs between vs within, \(o.label). Data: \(data). \(ms.first?.notes.first ?? ""). Estimators: pooled OLS (SE clustered by country, CR1), between OLS on country means (HC1), two-way fixed effects (SE clustered by country, CR1). N = \(ms.map { String($0.column.observations) }.joined(separator: ", ")).",
                    content: .regression(RegressionTable(
                        title: "EGDI slope of \(o.variable): pooled, between, within", models: ms.map(\.column), terms: ReportTerms.labels,
                        fixedEffectRows: ReportTerms.fixedEffects,
                        notes: ["Between: N counts countries (one mean each)."])))))
            }
        }
        if !groupTests.isEmpty {
            regressionBlocks.append(.table(ReportTable(
                stem: "tables/regression_group_slope",
                caption: "Group slope test: EGDI \u{00D7} post-Soviet interaction in two-way fixed effects. Data: \(data). All editions with outcome data; \(pairing). Estimator: within (two-way FE). SE: clustered by country, CR1, t(G\u{2212}1); wild cluster bootstrap p of the interaction: restricted (WCR), Rademacher, B = \(options.bootstrapReplications), seed \(options.bootstrapSeed), symmetric. N = \(groupTests.map { String($0.observations) }.joined(separator: ", ")).",
                content: .regression(RegressionTable(
                    title: "Group slope test (two-way FE, SE clustered by country)", models: groupTests.map(\.tableColumn),
                    terms: ReportTerms.labels, fixedEffectRows: ReportTerms.fixedEffects, extraRows: GroupSlopeTest.extraRows,
                    notes: ["Post-Soviet slope = EGDI + EGDI \u{00D7} post-Soviet. Wild bootstrap: restricted wild cluster bootstrap of the interaction's t statistic, Rademacher weights, B = \(options.bootstrapReplications), Xoshiro256** seed \(options.bootstrapSeed), symmetric p-value."])))))
        }

        // MARK: assembly
        let summary = [
            "Does a country's e-government score go with better governance? This report compares the UN E-Government Development Index (EGDI) with governance outcomes (World Bank WGI, Transparency International CPI) for every assessed country, with the 15 post-Soviet states as the focus group. It is generated by `egov report` from \(manifest == nil ? "the panel it was given" : "the embedded panel"); every number can be recomputed with `egov paradox` and the files in `tables/`.",
            "Data: \(data). Survey editions: \(editions.map(String.init).joined(separator: ", ")) (latest \(latest)). Alignment: \(al.rule) (\(al.rawValue)).",
        ]
        var sections: [ReportSection] = []
        sections.append(ReportSection(title: "How to read the metrics", anchor: "how-to-read", blocks: [
            .definitions([
                ("Governance residual", "Governance minus what EGDI and income predict across countries, as minus the studentized residual: 2 means two residual standard deviations below the prediction. High = paradox."),
                ("Rank gap", "EGDI percentile minus the WGI percentile (0-100), both among the countries with both values. +40 means the country ranks 40 percentiles higher on e-government than on governance; flagged when the EGDI percentile is outside the 90% interval of the governance percentile."),
                ("Participation gap", "E-Participation percentile minus WGI Voice and Accountability percentile: online consultation tools without voice."),
                ("Decoupling", "How the rank gap changed between two editions, split into the EGDI side and the governance side. A growing gap from rising EGDI with flat governance is the paradox in motion."),
                ("Correlation trend", "Pearson r and Spearman \u{03C1} of EGDI with governance per edition; a weaker association among the post-Soviet states than in the world is the group-level paradox."),
                ("Pooled, between, within", "The pooled and between slopes compare countries; the within slope (two-way fixed effects) follows countries over time. A large between slope with a small within slope means e-government and governance go together across countries but not within them."),
                ("Group slope test", "Whether the within slope differs for the post-Soviet states (the EGDI \u{00D7} post-Soviet interaction). With only 15 treated clusters the wild cluster bootstrap p-value is the one to trust."),
            ]),
        ]))
        sections.append(ReportSection(title: "Conventions", anchor: "conventions", blocks: [
            .bullets([
                "Year alignment: \(al.rule). EGDI variables are stored at their edition year; an edition Y reflects data collected mostly in Y\u{2212}1 (`--alignment same-year` pairs by publication year).",
                "Missing data: listwise deletion, always reported in the table notes (how many, which countries).",
                "Standard errors: cross-sections HC1 (Stata's `robust`); panel models clustered by country, CR1 = G/(G\u{2212}1)\u{00B7}(N\u{2212}1)/(N\u{2212}K) with K = slopes + 1 (country effects nested in the clusters, as Stata `xtreg, fe` and fixest), p-values from t(G\u{2212}1).",
                "Wild cluster bootstrap: restricted (WCR), Rademacher weights, B = \(options.bootstrapReplications), `Xoshiro256**` seed \(options.bootstrapSeed), symmetric p-value (Stata boottest, R fwildclusterboot).",
                "Stars: `*` p < 0.1, `**` p < 0.05, `***` p < 0.01, two-sided, from each model's reference distribution.",
                "Numbers in this document, the Markdown and the LaTeX files are rounded for reading; the CSV files carry full precision (shortest round-trip decimals).",
                "Files: tables in `tables/` (CSV, Markdown, LaTeX booktabs), figures as PDF, SVG and PNG; `.egov-report.json` lists every file this report wrote and its SHA-256, so a rerun replaces only its own unchanged files.",
            ]),
        ]))
        if !figures.isEmpty {
            sections.append(ReportSection(title: "Figures", anchor: "figures", blocks: figures.map { .figure($0) }))
        }
        sections.append(ReportSection(title: "Paradox metrics", anchor: "metrics", blocks: metricBlocks))
        progress("five forms")
        attempt("Five forms") { () throws(ParadoxError) in
            sections.append(try fiveFormsReportSection(from: options.decouplingFrom, pettyCorruption: options.pettyCorruption, alignment: al, data: data))
        }
        sections.append(ReportSection(title: "Regressions", anchor: "regressions", blocks: regressionBlocks))
        if !skipped.isEmpty {
            sections.append(ReportSection(title: "Not computed", anchor: "not-computed", blocks: [
                .paragraph("These steps need variables or data that this panel lacks; they are left out, never filled in from other years or variables."),
                .bullets(skipped),
            ]))
        }
        if let manifest {
            sections.append(ReportSection(title: "Data sources", anchor: "data", blocks: [
                .paragraph("The embedded panel: \(manifest.rows) country-years, \(manifest.countries) countries, \(manifest.firstYear)-\(manifest.lastYear) (`Datasets/panel.csv`, provenance in `Datasets/README.md`)."),
                .bullets(manifest.sources.map { "\($0.title) (\($0.publisher)): \($0.edition)." }),
            ]))
        }
        progress("done")
        return Report(title: "The e-government paradox: EGDI versus governance", summary: summary, sections: sections,
                      skipped: skipped)
    }

    /// "embedded panel (UN E-Government Survey; WGI 2024 update; ...)" for captions.
    private func dataSentence(_ manifest: PanelManifest?) -> String {
        guard let manifest else { return "panel of \(countries.count) countries" }
        let wanted = ["un_egov": "UN E-Government Survey", "wgi": "WGI", "ti_cpi": "TI CPI", "wdi": "WDI"]
        let parts = manifest.sources.compactMap { s -> String? in
            guard let name = wanted[s.id] else { return nil }
            let short = s.edition.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? s.edition
            return s.id == "wgi" ? "\(name) \(short)" : name
        }
        return "embedded panel, \(manifest.countries) countries, \(manifest.firstYear)-\(manifest.lastYear) (\(parts.joined(separator: "; ")))"
    }
}

/// Result slots filled by `parallelMap`: each index is written by exactly one iteration;
/// the lock orders the writes before the final read.
private final class ParallelSlots<R: Sendable>: @unchecked Sendable {
    var values: [R?]
    let lock = NSLock()
    init(_ n: Int) { values = Array(repeating: nil, count: n) }
}

/// `transform` applied to every element on the available cores, results in input order.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    let slots = ParallelSlots<R>(items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
        let r = transform(items[i])
        slots.lock.lock(); slots.values[i] = r; slots.lock.unlock()
    }
    return slots.values.compactMap { $0 }
}
