// Study: does e-government development go with better governance in the post-Soviet states,
// and is the link weaker there than elsewhere (Knox & Janenova 2019)? The empirical section
// of a paper, from the panel to the tables. Run `swift run study`; it rewrites README.md,
// figures/ and tables/ (every table as LaTeX and Word) beside this file.

import EGovParadox
import Foundation
import NotebookKit

func run() throws {
    var page = try NotebookPage(title: "E-government and governance in the post-Soviet states: the empirical section", sourceFile: #filePath)

    // snippet: data
    let panel = try ParadoxPanel.embedded()
    let alignment = YearAlignment.dataYear                      // edition Y with governance of year Y − 1
    let editions = try panel.editionTable(
        variables: ["wgi_va", "wgi_va_se", "wgi_cc", "cpi", "fh_status", "gdppc_ppp", "wb_region"], alignment: alignment)
    let data = editions.table                                   // one row per assessed country-edition
    let latest = panel.latestEdition(for: .wgiVA, alignment: alignment) ?? 0
    let crossSection = "year == \(latest)"
    // end snippet

    page.paragraph("Knox & Janenova (2019) describe an *e-government paradox* in the post-Soviet states: digital government advanced fast, yet the transparency and accountability it was expected to bring did not follow. This page is written as the empirical section of a paper on their question — **does e-government development go with better governance in the post-Soviet states, and is the link weaker there than elsewhere?** — and everything in it, every number in the prose included, is computed by the code shown, on the panel embedded in the package. The tables are also written as LaTeX and Word files beside this page, ready for a manuscript.")
    try page.code("data")

    // MARK: 1. data
    page.section("1. Data")
    let year = try data.numeric("year"), va = try data.numeric("wgi_va"), gdp = try data.numeric("gdppc_ppp")
    let egdi = try data.numeric("egdi"), cc = try data.numeric("wgi_cc"), cpiColumn = try data.numeric("cpi")
    let iso = try data.text("iso3"), status = try data.text("fh_status"), region = try data.text("wb_region"), subregion = try data.text("subregion")
    let postSoviet = try data.numeric("post_soviet"), vaSE = try data.numeric("wgi_va_se"), wave = try data.numeric("wave")
    let rows = Array(0..<data.rowCount)
    func rowsOf(_ e: Int) -> [Int] { rows.filter { year[$0] == Double(e) } }
    let complete = rows.filter { va[$0] != nil && (gdp[$0].map { $0 > 0 } ?? false) }
    page.paragraph("**Sample.** The unit is the country-edition: a country assessed in an edition of the UN E-Government Survey (\(editions.editions.count) editions, \(editions.editions.first ?? 0)–\(editions.editions.last ?? 0)), \(data.rowCount) country-editions of \(Set(iso.values.compactMap { $0 }).count) countries, \(Set(rows.filter { postSoviet[$0] == 1 }.compactMap { iso[$0] }).count) of them post-Soviet. Governance is measured by the World Bank's Worldwide Governance Indicators (WGI), mainly voice and accountability (VA), the dimension closest to Knox & Janenova's accountability; control of corruption (CC), Transparency International's CPI and Freedom House's status are the other outcomes. Income is GDP per capita at purchasing-power parity (World Development Indicators).")
    page.paragraph("**Year pairing.** An edition published in year Y reports data collected in Y − 1, so each edition is paired with the governance, income and freedom data of Y − 1 (\(alignment.rule)); the latest edition with governance data is \(latest), paired with \(alignment.pairedYear(forEdition: latest)). The panel keeps the EGDI at its edition year, and `editionTable` reads everything else at the paired year: a value missing in that year stays missing, it is never taken from a neighbouring year.")
    let flaggedByKind = Dictionary(grouping: editions.flagged) { s in String(s.split(separator: "(").last?.dropLast() ?? "") }
    page.paragraph("**Flagged EGDI values.** \(editions.flagged.count) country-editions are left out because the UN computed their EGDI on a missing or impossible component (`egdi_flag`: " + flaggedByKind.keys.sorted().map { "\($0) \(flaggedByKind[$0]?.count ?? 0)" }.joined(separator: ", ") + "); an index averaged over a zero that stands for \"not measured\" is not a measurement. The notes of every table say so.")
    // The sample by edition: assessed, with governance, complete for the panel models.
    try page.table(ResultTable(columns: [TableColumn("Edition"), TableColumn("Governance year"), TableColumn("Assessed"), TableColumn("Flagged, left out"),
                                     TableColumn("With WGI VA"), TableColumn("With GDP pc"), TableColumn("Complete (VA, GDP)"), TableColumn("Post-Soviet, complete")],
                           rows: editions.editions.map { e in
                               let r = rowsOf(e)
                               let c = r.filter { va[$0] != nil && gdp[$0] != nil }
                               return [.integer(e), .integer(alignment.pairedYear(forEdition: e)), .integer(r.count),
                                       .integer(editions.flagged.filter { $0.contains(" \(e) ") }.count),
                                       .integer(r.filter { va[$0] != nil }.count), .integer(r.filter { gdp[$0] != nil }.count),
                                       .integer(c.count), .integer(c.filter { postSoviet[$0] == 1 }.count)]
                           }),
               caption: "The sample by survey edition. Assessed: countries with an EGDI value that is not flagged; governance year: the year of the WGI, GDP and Freedom House data paired with the edition (Y − 1). Complete: the country-editions the panel models can use.", file: "table1_sample")
    let missingVA = rows.filter { va[$0] == nil }.count, missingGDP = rows.filter { gdp[$0] == nil }.count
    page.paragraph("**Missing data.** Of the \(data.rowCount) country-editions, \(missingVA == 0 ? "all have WGI voice and accountability in the paired year" : "\(missingVA) lack WGI voice and accountability in the paired year"), \(missingGDP) lack GDP per capita (\(Set(rows.filter { gdp[$0] == nil }.compactMap { iso[$0] }).count) countries, among them \(Array(Set(rows.filter { gdp[$0] == nil }.compactMap { iso[$0] })).sorted().prefix(4).map { panel.name(of: $0) }.joined(separator: ", "))); WGI has no 1997, 1999 and 2001, but no edition is paired with those years; \(complete.count) are complete for the panel models. Every model uses listwise deletion and its table states its N; no value is imputed.")

    // Descriptive table: the latest edition by subregion and World Bank region.
    // snippet: describe
    let now = rowsOf(latest)
    func mean(_ c: NumericColumn, _ r: [Int]) -> Double? {
        let v = r.compactMap { c[$0] }
        return v.isEmpty ? nil : v.reduce(0, +) / Double(v.count)
    }
    func sd(_ c: NumericColumn, _ r: [Int]) -> Double? {
        let v = r.compactMap { c[$0] }
        guard v.count > 1, let m = mean(c, r) else { return nil }
        return (v.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(v.count - 1)).squareRoot()
    }
    let subregions = ["Baltic", "Eastern Europe", "South Caucasus", "Central Asia"]
    let regions = Array(Set(now.compactMap { region[$0] })).sorted()
    var groups: [(String, [Int])] = subregions.map { s in ("Post-Soviet: " + s, now.filter { subregion[$0] == s }) }
    groups.append(("Post-Soviet, all", now.filter { postSoviet[$0] == 1 }))
    groups += regions.map { r in ("WB: " + r, now.filter { region[$0] == r }) }
    groups.append(("All countries", now))
    // end snippet
    try page.code("describe")
    func meanSD(_ c: NumericColumn, _ r: [Int], _ d: Int) -> TableCell {
        guard let m = mean(c, r) else { return .missing }
        return .text(Prose.number(m, d) + (sd(c, r).map { " (" + Prose.number($0, d) + ")" } ?? ""))
    }
    try page.table(ResultTable(columns: [TableColumn("Group", alignment: .left), TableColumn("Countries"), TableColumn("EGDI"), TableColumn("WGI VA"),
                                     TableColumn("WGI CC"), TableColumn("CPI"), TableColumn("Free (FH), %"), TableColumn("GDP pc PPP, median")],
                           rows: groups.map { name, r in
                               let fh = r.compactMap { status[$0] }
                               let median = medianOf(r.compactMap { gdp[$0] })
                               return [.text(name), .integer(r.count), meanSD(egdi, r, 2), meanSD(va, r, 2), meanSD(cc, r, 2), meanSD(cpiColumn, r, 0),
                                       fh.isEmpty ? .missing : .number(100 * Double(fh.filter { $0 == "F" }.count) / Double(fh.count), .decimals(0)),
                                       .number(median, .decimals(0))]
                           }),
               caption: "Edition \(latest) (governance, income and Freedom House \(alignment.pairedYear(forEdition: latest))) by post-Soviet subregion and World Bank region (WB: the current classification, repeated in every year). Mean (standard deviation) over the countries with a value; Free: share of countries rated Free by Freedom House. The fifteen post-Soviet states are also counted in the World Bank's Europe & Central Asia.", file: "table2_descriptive")
    let psNow = now.filter { postSoviet[$0] == 1 }, restNow = now.filter { postSoviet[$0] == 0 }
    let bySubregion = subregions.map { s in (s, now.filter { subregion[$0] == s }) }.filter { mean(va, $0.1) != nil }
    let vaBest = bySubregion.max { (mean(va, $0.1) ?? 0) < (mean(va, $1.1) ?? 0) }
    let vaWorst = bySubregion.min { (mean(va, $0.1) ?? 0) < (mean(va, $1.1) ?? 0) }
    page.paragraph(join("In edition \(latest) the post-Soviet states average an EGDI of \(Prose.number(mean(egdi, psNow))) against \(Prose.number(mean(egdi, restNow))) for the other countries, and a voice-and-accountability estimate of \(Prose.number(mean(va, psNow))) against \(Prose.number(mean(va, restNow))) (WGI estimates have mean 0 and standard deviation 1 across countries). ",
        (mean(egdi, psNow) ?? 0) > (mean(egdi, restNow) ?? 0) && (mean(va, psNow) ?? 0) < (mean(va, restNow) ?? 0)
            ? "They are ahead on e-government and behind on accountability: the paradox in levels. "
            : "The group does not show the paradox in levels on average. ",
        "Within the group, voice and accountability ranges from \(Prose.number(mean(va, vaBest?.1 ?? []))) in the \(vaBest?.0 ?? "") subregion to \(Prose.number(mean(va, vaWorst?.1 ?? []))) in \(vaWorst?.0 ?? ""), a spread of the same order as the one between the world's regions: \"post-Soviet\" is not one kind of state."))

    // MARK: 2. main models
    page.section("2. Main models")
    page.paragraph("The main outcome is WGI voice and accountability, regressed on the EGDI and log GDP per capita (e-government and governance both rise with income, so a model without income would credit e-government with what wealth does). Six models, one table:")
    page.bullets([
        "**OLS**: the cross-section of edition \(latest), with a post-Soviet indicator; heteroskedasticity-robust standard errors (HC1, Stata's `robust`).",
        "**FE**: two-way fixed effects (country and edition) on every edition: only changes within a country relative to the edition's average change identify the slope; standard errors clustered by country (CR1, p-values from t(G − 1)).",
        "**FE, lag**: the same with the previous edition's EGDI, `l(egdi, 1)` along the editions: does e-government development precede a change in governance?",
        "**RE**: random effects (Swamy–Arora, as R `plm`), clustered by country, and the Hausman test of RE against FE.",
        "**FE, DK**: the FE model with Driscoll–Kraay standard errors (Bartlett kernel, 2 lags; R `plm::vcovSCC`), robust to shocks common to all countries in an edition.",
        "**FE × PS**: the FE model with an EGDI × post-Soviet interaction, the paradox as a slope, with the wild cluster bootstrap for the interaction.",
    ])
    // snippet: fit
    /// One model of the study, fitted on the country-edition table: formula, rows, covariance, options.
    func fit(_ formula: String, where condition: String? = nil, vcov: CovarianceChoice? = nil,
             _ options: (inout RegressionSpecification) -> Void = { _ in }) throws -> RegressionReport {
        var spec = RegressionSpecification(formula: try Formula.parse(formula), covariance: vcov,
                                           filter: try condition.map { c throws(FilterError) in try RowFilter.parse(c) })
        options(&spec)
        return try RegressionAnalysis.run(spec, data: data, dataSource: "embedded panel, country-editions")
    }
    // end snippet
    try page.code("fit")
    // snippet: main
    let seed = GroupSlopeTest.defaultSeed, replications = GroupSlopeTest.defaultReplications
    let ols = try fit("wgi_va ~ egdi + log(gdppc_ppp) + post_soviet", where: crossSection, vcov: .hc1)
    let fe = try fit("wgi_va ~ egdi + log(gdppc_ppp) | iso3 + year", vcov: .cluster("iso3"))
    let feLag = try fit("wgi_va ~ l(egdi, 1) + log(gdppc_ppp) | iso3 + year", vcov: .cluster("iso3")) {
        $0.panel = PanelColumns(unit: "iso3", time: "wave")      // l(): the previous edition, not the previous year
    }
    let re = try fit("wgi_va ~ egdi + log(gdppc_ppp)", vcov: .cluster("iso3")) {
        $0.estimator = .randomEffects
        $0.hausman = true
    }
    let dk = try fit("wgi_va ~ egdi + log(gdppc_ppp) | iso3 + year", vcov: .driscollKraay(lag: 2))
    let interaction = try fit("wgi_va ~ egdi + egdi:post_soviet + log(gdppc_ppp) | iso3 + year", vcov: .cluster("iso3")) {
        $0.bootstrap = WildBootstrapRequest(terms: ["egdi:post_soviet"], replications: replications, weights: .rademacher, seed: seed)
    }
    let slopes = try interaction.slopes(of: "egdi", by: "post_soviet")
    let joint = try interaction.waldTest("egdi = 0; egdi:post_soviet = 0")
    // end snippet
    try page.code("main")

    // snippet: table
    let labels = ["egdi": "EGDI", "l(egdi, 1)": "EGDI, previous edition", "log(gdppc_ppp)": "log GDP per capita (PPP)",
                  "post_soviet": "Post-Soviet", "egdi:post_soviet": "EGDI \u{00D7} post-Soviet", "wgi_va": "Voice and accountability",
                  "cpi": "CPI", "fh_status": "FH status", "I(fh_status == \"F\")": "Free (FH)"]
    let mainModels = [ols, fe, feLag, re, dk, interaction]
    let mainTitles = ["OLS", "FE", "FE, lag", "RE", "FE, DK", "FE \u{00D7} PS"]
    var mainTable = try RegressionTable(fits: mainModels.map { try savedFit($0) }, options: SavedFitTableOptions(
        titles: mainTitles, labels: labels, drop: "^factor\\(", statistics: [.nobs, .r2, .withinR2, .fe, .vcov, .clusters],
        notes: ["FE, lag: l(egdi, 1) is the EGDI of the country's previous edition. Hausman: FE against RE on the slopes of EGDI and log GDP (R plm::phtest), and its cluster-robust version by Mundlak's auxiliary regression.",
                "Wild cluster bootstrap: restricted (WCR), Rademacher weights, B = \(replications), seed \(seed), symmetric p-value."]))
    mainTable.fixedEffectRows = mainTable.fixedEffectRows.map { $0.key == "year" ? RegressionTable.FixedEffectRow(key: "year", label: "Edition FE") : $0 }
    mainTable.extraRows = [.init(key: "hausman", label: "Hausman p (classical)"), .init(key: "mundlak", label: "Hausman p (Mundlak, clustered)"),
                           .init(key: "wild", label: "Wild bootstrap p, EGDI \u{00D7} PS")]
    mainTable.models[3].extra["hausman"] = re.panel?.hausman?.pValue
    mainTable.models[3].extra["mundlak"] = re.panel?.hausmanMundlak?.pValue
    mainTable.models[5].extra["wild"] = interaction.bootstrap.first?.pValue
    // end snippet
    try page.code("table")
    try page.table(mainTable, caption: "Voice and accountability (WGI estimate, paired year) on e-government. (1) cross-section of edition \(latest), HC1; (2)-(6) all editions with two-way fixed effects or random effects. Standard errors in parentheses.", file: "table3_main")

    let b = { (r: RegressionReport, t: String) in r.result.coefficient(t) }
    let g = fe.result.clusters.first?.clusters ?? 0
    let psClusters = Set(rows.filter { postSoviet[$0] == 1 && va[$0] != nil && gdp[$0] != nil }.compactMap { iso[$0] }).count
    let olsSlope = b(ols, "egdi"), feSlope = b(fe, "egdi"), lagSlope = b(feLag, "l(egdi, 1)")
    page.paragraph(join("**Cross-section against within.** Across countries in \(latest), one unit of EGDI (the whole range of the index) goes with \(Prose.signed(olsSlope?.estimate)) WGI units of voice and accountability at given income (\(Prose.p(olsSlope?.pValue ?? 1))). Within countries, the FE slope is \(Prose.signed(feSlope?.estimate)) (\(Prose.p(feSlope?.pValue ?? 1)), \(g) countries), ",
        ((feSlope?.estimate ?? 0) < 0.5 * (olsSlope?.estimate ?? 0) ? "far smaller: most of the cross-country association is a difference between countries, not something a country's e-government development brings with it. " : "of the same order as the cross-section. "),
        "With the previous edition's EGDI the within slope is \(Prose.signed(lagSlope?.estimate)) (\(Prose.p(lagSlope?.pValue ?? 1)), N = \(feLag.result.observations)): ",
        ((lagSlope?.pValue ?? 1) < 0.05 ? "e-government development does precede governance change within countries." : "there is no sign that e-government development precedes a change in accountability."),
        " Driscoll–Kraay standard errors give the FE slope a standard error of \(Prose.number(b(dk, "egdi")?.standardError, 3)) against \(Prose.number(feSlope?.standardError, 3)) clustered by country."))
    if let h = re.panel?.hausman {
        let m = re.panel?.hausmanMundlak
        let robust = m.map { "; its cluster-robust (Mundlak) version gives χ²(\($0.degreesOfFreedom)) = \(Prose.number($0.statistic, 2)), \(Prose.p($0.pValue))" } ?? ""
        let classical = h.statistic >= 0
            ? "The classical Hausman test gives χ²(\(h.degreesOfFreedom)) = \(Prose.number(h.statistic, 2)), \(Prose.p(h.pValue))"
            : "The classical Hausman statistic is negative (\(Prose.number(h.statistic, 2))): the difference of the two covariance matrices is not positive definite in this sample, so the classical test is not informative"
        let verdict = (m?.pValue ?? h.pValue) < 0.05
            ? "Random effects are rejected: the country effects are correlated with the regressors, and the fixed-effects estimates are the ones to read."
            : "Random effects are not rejected, so the more efficient RE estimates are consistent too; the FE estimates remain the conservative reading."
        page.paragraph(join("**Random or fixed effects.** ", classical, robust, ". ", verdict))
    }
    let b2 = b(interaction, "egdi:post_soviet")
    let wild = interaction.bootstrap.first
    let rest = slopes.first { $0.at.first?.value == .number(0) }?.inference, ps = slopes.first { $0.at.first?.value == .number(1) }?.inference
    page.paragraph(join("**Is the link weaker in the post-Soviet states?** The interaction is \(Prose.signed(b2?.estimate)) (CR1 \(Prose.p(b2?.pValue ?? 1)); wild cluster bootstrap \(Prose.p(wild?.pValue ?? 1))). The conditional within slope of the EGDI is \(Prose.number(rest?.estimate)) [\(Prose.number(rest?.confidenceLow)), \(Prose.number(rest?.confidenceHigh))] for the other countries and \(Prose.number(ps?.estimate)) [\(Prose.number(ps?.confidenceLow)), \(Prose.number(ps?.confidenceHigh))] for the post-Soviet states (95% intervals, t(G − 1)); the joint test that both are zero gives F(\(joint.numeratorDegreesOfFreedom), \(joint.denominatorDegreesOfFreedom ?? 0)) = \(Prose.number(joint.statistic, 2)), \(Prose.p(joint.pValue)). ",
        (wild?.pValue ?? 1) < 0.05
            ? ((b2?.estimate ?? 0) < 0 ? "The post-Soviet slope is significantly smaller: the paradox as a slope." : "The post-Soviet slope is significantly larger, the opposite of the paradox as a slope.")
            : "The data cannot tell the two slopes apart: only \(psClusters) of the \(interaction.result.clusters.first?.clusters ?? 0) clusters carry the interaction, and its 95% interval, [\(Prose.number(b2?.confidenceLow)), \(Prose.number(b2?.confidenceHigh))], holds a post-Soviet slope equal to the others' as well as large differences of either sign. "
              + ((b2?.estimate ?? 0) > 0 ? "The point estimate even points away from the paradox: the post-Soviet within slope is the larger one." : "The point estimate points towards the paradox, a smaller post-Soviet slope, without being distinguishable from zero."),
        (((b2?.pValue ?? 1) < 0.05) != ((wild?.pValue ?? 1) < 0.05) ? " The CR1 t test and the bootstrap disagree at 5%: with few treated clusters the bootstrap is the one to trust (MacKinnon & Webb 2017)." : "")))

    let effect = try EffectFigure.slopes(interaction, variable: "egdi", moderator: "post_soviet")
    try page.figure(chart: effect.chart, name: "marginal_effect", caption: "The within slope of the EGDI for the other countries (0) and the post-Soviet states (1), from the FE × PS model. " + effect.caption)
    let coefficients = try CoefficientFigure.make(fits: mainModels.map { try savedFit($0) }, names: mainTitles,
                                                  terms: ["egdi", "l(egdi, 1)", "egdi:post_soviet"], labels: labels)
    try page.figure(coefficients, name: "coefficients", lead: "The EGDI terms of the six main models.")

    // MARK: 3. other outcomes
    page.section("3. Other outcomes and estimators")
    page.paragraph("The WGI is one measurement of governance among several, and a linear model with a mean slope one estimator among several. Five checks on the cross-section of edition \(latest): Freedom House's status (Not Free, Partly Free, Free) by ordered logit; being rated Free by logit; Transparency International's CPI; an instrumental-variables estimate; and a median regression, robust to outlying countries.")
    // snippet: other
    let ordered = try fit("fh_status ~ egdi + log(gdppc_ppp) + post_soviet", where: crossSection) {
        $0.family = .orderedLogit
        $0.likelihoodOptions = LikelihoodOptions(margins: true, levels: ["NF", "PF", "F"])
    }
    let free = try fit("I(fh_status == \"F\") ~ egdi + log(gdppc_ppp) + post_soviet", where: crossSection, vcov: .hc1) {
        $0.family = .logit
        $0.likelihoodOptions = LikelihoodOptions(margins: true)
    }
    let cpi = try fit("cpi ~ egdi + log(gdppc_ppp) + post_soviet", where: crossSection, vcov: .hc1)
    let iv = try fit("wgi_va ~ log(gdppc_ppp) + post_soviet | egdi ~ tii + hci", where: crossSection, vcov: .hc1)
    let median = try fit("wgi_va ~ egdi + log(gdppc_ppp) + post_soviet", where: crossSection) { $0.quantiles = [0.5] }
    // end snippet
    try page.code("other")
    let otherModels = [ordered, free, cpi, iv, median]
    var otherTable = try RegressionTable(fits: otherModels.map { try savedFit($0) }, options: SavedFitTableOptions(
        titles: ["Ordered logit", "Logit", "OLS", "2SLS", "Median"], labels: labels,
        statistics: [.nobs, .r2, .pseudoR2, .vcov],
        notes: ["Ordered logit: P(status <= j) = F(cut_j - xb) (R MASS::polr); cut points NF|PF and PF|F. 2SLS: EGDI instrumented by its telecommunication infrastructure (TII) and human capital (HCI) components. Median: quantile regression at 0.5, standard errors nid (R quantreg summary.rq)."]))
    let firstStage = iv.instrumental?.firstStages.first
    otherTable.extraRows = [.init(key: "f1", label: "First-stage F (EGDI)", decimals: 1), .init(key: "wu", label: "Wu-Hausman p"), .init(key: "sargan", label: "Sargan p")]
    otherTable.models[3].extra["f1"] = firstStage?.fTest.statistic
    otherTable.models[3].extra["wu"] = iv.instrumental?.wuHausman.pValue
    otherTable.models[3].extra["sargan"] = iv.instrumental?.sargan?.pValue
    try page.table(otherTable, caption: "Other outcomes and estimators, cross-section of edition \(latest) (outcomes of \(alignment.pairedYear(forEdition: latest))). Ordered logit: classical standard errors; the others HC1 except the median regression.", file: "table4_other")

    // Average marginal effects of the likelihood models.
    let ames = (ordered.likelihood?.marginalEffects ?? []).map { ("Ordered logit", $0) } + (free.likelihood?.marginalEffects ?? []).map { ("Logit", $0) }
    try page.table(ResultTable(columns: [TableColumn("Model", alignment: .left), TableColumn("Outcome", alignment: .left), TableColumn("Term", alignment: .left),
                                     TableColumn("AME"), TableColumn("SE"), TableColumn("p"), TableColumn("95% CI")],
                           rows: ames.map { model, a in
                               [.text(model), .text(a.outcome.map { "P(\($0))" } ?? "P(Free)"), .text(labels[a.term] ?? a.term),
                                .number(a.estimate, .decimals(3)), .number(a.standardError, .decimals(3)), .text(Prose.pValue(a.pValue)),
                                .text("[\(Prose.number(a.confidenceLow, 3)), \(Prose.number(a.confidenceHigh, 3))]")]
                           }),
               caption: "Average marginal effects on the outcome probabilities, edition \(latest): the mean over countries of the derivative of each probability (delta-method standard errors, as Stata's `margins, dydx(*)`): derivatives for the continuous regressors, the discrete change from 0 to 1 for the post-Soviet indicator. Ordered logit: classical (observed-information) covariance; logit: HC1.", file: "table5_margins")
    let ameFree = ames.first { $0.0 == "Ordered logit" && $0.1.term == "egdi" && $0.1.outcome == "F" }?.1
    let ameNF = ames.first { $0.0 == "Ordered logit" && $0.1.term == "egdi" && $0.1.outcome == "NF" }?.1
    let ivSlope = b(iv, "egdi"), medianSlope = b(median, "egdi"), cpiSlope = b(cpi, "egdi")
    page.paragraph(join("At given income, a 0.1 higher EGDI goes with a \(Prose.signed(100 * 0.1 * (ameFree?.estimate ?? .nan), 1)) percentage-point change in the probability of being rated Free and \(Prose.signed(100 * 0.1 * (ameNF?.estimate ?? .nan), 1)) in that of Not Free (ordered logit, \(Prose.p(ameFree?.pValue ?? 1)) for Free\((ameFree?.pValue ?? 1) >= 0.05 ? ": not distinguishable from zero" : "")). With CPI the EGDI slope is \(Prose.signed(cpiSlope?.estimate, 1)) points per EGDI unit (\(Prose.p(cpiSlope?.pValue ?? 1))); the median regression gives \(Prose.signed(medianSlope?.estimate)) against \(Prose.signed(olsSlope?.estimate)) by OLS. ",
        "The post-Soviet coefficient is \(Prose.signed(b(ols, "post_soviet")?.estimate)) in the VA cross-section (\(Prose.p(b(ols, "post_soviet")?.pValue ?? 1))) and \(Prose.signed(b(cpi, "post_soviet")?.estimate, 1)) CPI points (\(Prose.p(b(cpi, "post_soviet")?.pValue ?? 1))): at a given EGDI and income, ", ((b(ols, "post_soviet")?.estimate ?? 0) < 0 ? "the post-Soviet states have less voice and accountability than other countries." : "the post-Soviet states do not have less voice and accountability than other countries.")))
    page.paragraph(join("**The IV check.** Instrumenting the EGDI by its infrastructure and human-capital components gives \(Prose.signed(ivSlope?.estimate)) (\(Prose.p(ivSlope?.pValue ?? 1))), first-stage F = \(Prose.number(firstStage?.fTest.statistic, 1)) (partial R² \(Prose.number(firstStage?.partialRSquared, 2))). ",
        ((firstStage?.fTest.statistic ?? 0) > 10 ? "The instruments are strong" : "The instruments are weak (F below 10)"),
        ", but strength is not validity: the components are part of the index, and schooling and telecommunications plausibly act on accountability through channels other than online services, so the exclusion restriction is doubtful",
        (iv.instrumental?.sargan.map { $0.pValue < 0.05 ? "; and the Sargan test rejects the over-identifying restriction (\(Prose.p($0.pValue))): the two components do not point to the same estimate, so at least one of them is not a valid instrument" : "; the Sargan test does not reject the over-identifying restriction (\(Prose.p($0.pValue))), which it could only do if one instrument were valid" } ?? ""),
        ". Read the 2SLS column as a consistency check on the sign, not as a causal estimate."))

    // MARK: 4. maps
    page.section("4. Where the gap is")
    // snippet: maps
    let gap = try panel.rankGap(edition: latest, dimension: .wgiVA, alignment: alignment)
    let gapValues = Dictionary(uniqueKeysWithValues: gap.rows.map { ($0.iso3, $0.gap) })
    let worldMap = try ChoroplethFigure.map(values: gapValues, region: .world, colorMap: .redBlue, midpoint: 0,
                                         legendTitle: "EGDI percentile \u{2212} VA percentile")
    let regionMap = try ChoroplethFigure.map(values: gapValues, region: .postSoviet, colorMap: .redBlue, midpoint: 0,
                                          legendTitle: "EGDI percentile \u{2212} VA percentile", labelPostSoviet: true)
    // end snippet
    try page.code("maps")
    let gapCaption = "Rank gap: the country's EGDI percentile minus its WGI voice-and-accountability percentile rank, edition \(latest) paired with WGI \(gap.pairedYear), percentiles among the \(gap.assessed) assessed countries; blue: e-government ranks above accountability, red: below it. Grey: no data."
    try page.figure(map: worldMap.map, name: "map_world", caption: "The rank gap across the world. " + gapCaption)
    try page.figure(map: regionMap.map, name: "map_post_soviet", caption: "The rank gap in the post-Soviet region (Lambert conic projection). " + gapCaption)
    for w in worldMap.warnings + regionMap.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
    let psGaps = gap.rows.filter(\.postSoviet)
    let positive = psGaps.filter { $0.gap > 0 }, flagged = psGaps.filter { $0.flagged && $0.gap > 0 }
    let worldMedian = gap.rows.map(\.gap).sorted()
    page.paragraph("\(positive.count) of the \(psGaps.count) post-Soviet states rank higher on e-government than on voice and accountability, \(flagged.count) of them beyond WGI's 90% margin of error; the largest gaps are \(Prose.list(psGaps.sorted { $0.gap > $1.gap }.prefix(3).map { "\($0.country) (\(Prose.number($0.gap, 0)))" })) percentile points, against a median of \(Prose.number(worldMedian.isEmpty ? nil : worldMedian[worldMedian.count / 2], 0)) over all \(gap.rows.count) countries.")

    // MARK: 5. what the numbers cannot say
    var previous: [String: (wave: Double, va: Double)] = [:]
    var editionChanges: [Double] = []
    for r in rows {
        guard let c = iso[r], let w = wave[r], let v = va[r] else { continue }
        if let p = previous[c], p.wave == w - 1 { editionChanges.append(abs(v - p.va)) }
        previous[c] = (w, v)
    }
    page.section("5. What these numbers can and cannot say")
    page.bullets([
        "**Fifteen clusters.** The post-Soviet contrast rests on \(psClusters) countries. Cluster-robust t tests over-reject when few clusters carry a coefficient; the wild cluster bootstrap corrects the size of the test, not its power: a non-significant interaction (bootstrap \(Prose.p(wild?.pValue ?? 1))) is not evidence that the slopes are equal.",
        "**WGI measurement error.** A WGI estimate has a standard error of its own: the median in \(alignment.pairedYear(forEdition: latest)) is \(Prose.number(medianOf(now.compactMap { vaSE[$0] }), 2)) units, while the median change of a country's voice and accountability from one edition to the next is \(Prose.number(medianOf(editionChanges), 2)). " + ((medianOf(editionChanges) ?? 0) < (medianOf(now.compactMap { vaSE[$0] }) ?? 0) ? "A typical change is smaller than the error of one estimate: much of the within-country variation is noise, which biases the within slopes towards zero, so a small FE slope is partly the outcome's measurement error." : "Changes are larger than the error of one estimate, but not by much: part of the within-country variation is noise, which biases the within slopes towards zero."),
        "**EGDI method changes.** The \(editions.editions.filter { $0 < 2008 }.map(String.init).joined(separator: ", ")) editions were the e-Government Readiness Index; the questionnaire of the online-services component and the composition of the infrastructure and human-capital components were revised several times since (Datasets/README.md), and every component is normalised against the other countries of its edition. Edition fixed effects absorb shifts in the level, not changes in what a unit of EGDI means, so the panel slopes average over indices that are not strictly the same.",
        "**Not causal.** Income, state capacity and regime type drive both indices. The FE models remove stable country differences, the lag orders the timing, and the IV check leans on a doubtful exclusion restriction: none of them identifies the effect of e-government on governance.",
    ])
    page.paragraph("**References.** Driscoll, J. C. & Kraay, A. C. (1998). Consistent covariance matrix estimation with spatially dependent panel data. *Review of Economics and Statistics* 80(4), 549–560. · Hausman, J. A. (1978). Specification tests in econometrics. *Econometrica* 46(6), 1251–1271. · Knox, C. & Janenova, S. (2019). The e-government paradox in post-Soviet countries. *International Journal of Public Sector Management* 32(6), 600–615. · MacKinnon, J. G. & Webb, M. D. (2017). Wild bootstrap inference for wildly different cluster sizes. *Journal of Applied Econometrics* 32(2), 233–254. · Roodman, D., MacKinnon, J. G., Nielsen, M. Ø. & Webb, M. D. (2019). Fast and wild: bootstrap inference in Stata using boottest. *Stata Journal* 19(1), 4–60.")

    let written = try page.write()
    for w in page.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
    print(written.map { page.folder.lastPathComponent + "/" + $0 }.joined(separator: "\n"))
}

/// Concatenates the parts of a paragraph (each type-checked on its own).
func join(_ parts: String...) -> String { parts.joined() }

/// The median of `v` (nil when empty).
func medianOf(_ v: [Double]) -> Double? {
    let s = v.sorted()
    guard !s.isEmpty else { return nil }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// The report as a saved fit, or an error naming the model.
func savedFit(_ r: RegressionReport) throws -> SavedFit {
    guard let f = r.savedFit else { throw NotebookError.analysis(step: "saving the fit of \(r.formula)", reason: "its JSON could not be read back") }
    return f
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
