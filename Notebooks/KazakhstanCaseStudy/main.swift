// Kazakhstan case study: the e-government paradox in one country, every metric and figure.
// Run `swift run kazakhstan-case-study`; it rewrites README.md and figures/ beside this file.

import EGovParadox
import Foundation
import NotebookKit

let country = "KAZ"

func run() throws {
    var page = try NotebookPage(title: "The e-government paradox in one country: Kazakhstan", sourceFile: #filePath)

    // snippet: load
    let panel = try ParadoxPanel.embedded()
    let latest = panel.latestEdition ?? 0
    let alignment = YearAlignment.dataYear   // edition Y is paired with governance data of year Y−1
    // end snippet

    func value(_ iso3: String, _ variable: String, _ year: Int) throws -> Double? {
        guard let r = panel.row(iso3: iso3, year: year) else { return nil }
        return try panel.column(variable)[r]
    }
    func value(_ variable: String, _ year: Int) throws -> Double? { try value(country, variable, year) }
    func assessed(_ edition: Int) throws -> Int {
        try panel.aligned(edition: edition, alignment: alignment, variables: []).rows.count
    }
    let first2008 = 2008
    let rank2008 = try value("egdi_rank", first2008), rankLatest = try value("egdi_rank", latest)

    // The 27 EU member states (2024), to say whom Kazakhstan now ranks above.
    let euMembers = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA",
                     "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]
    let euBelow = try euMembers.filter { eu in
        guard let r = try panel.row(iso3: eu, year: latest).flatMap({ try panel.column("egdi_rank")[$0] }), let k = rankLatest else { return false }
        return r > k
    }
    let population = try euBelow.map { eu in (eu, try value(eu, "population", latest - 1) ?? 0) }
    let largestFirst = population.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
    page.paragraph("Kazakhstan is the e-government paradox in its purest form. In the UN E-Government Survey it climbed from rank \(Int(rank2008 ?? .nan)) of \(try assessed(first2008)) countries in \(first2008) to rank \(Int(rankLatest ?? .nan)) of \(try assessed(latest)) in \(latest), ahead of \(euBelow.count) of the 27 EU member states (the most populous: \(Prose.list(largestFirst.prefix(4).map(panel.name(of:))))); its governance outcomes, measured by the World Bank's Worldwide Governance Indicators (WGI) and Transparency International's Corruption Perceptions Index (CPI), moved far less. Knox & Janenova (2019) describe the pattern for the post-Soviet states: digital services advance while accountability does not. This page measures it with every metric of the package, for one country, and states the caveats that a careful reader of these sources must keep in mind.")
    page.paragraph("Everything below is computed by this notebook from the panel embedded in the package (`Datasets/panel.csv`); the code blocks are the code that ran. Rerun it with `swift run kazakhstan-case-study`.")
    try page.code("load")
    page.paragraph("The panel has \(panel.countries.count) countries and \(panel.editions.count) survey editions (\(panel.editions.map(String.init).joined(separator: ", "))). Throughout, edition *Y* is paired with governance data of year *Y* − 1, the year the survey's data were collected (`YearAlignment.dataYear`; section 2 shows what changes with the other rule).")

    // MARK: 1. trajectories
    page.section("1. Two trajectories")
    var rows: [[TableCell]] = []
    for e in panel.editions {
        let y = alignment.pairedYear(forEdition: e)
        func pct(_ dim: GovernanceOutcome) throws -> TableCell {
            guard let p = try value(dim.percentileVariable ?? "", y) else { return .missing }
            let lo = try value(dim.percentileLowVariable ?? "", y), hi = try value(dim.percentileHighVariable ?? "", y)
            let band = lo.flatMap { l in hi.map { " [\(Prose.number(l, 0))–\(Prose.number($0, 0))]" } } ?? ""
            return .text(Prose.number(p, 1) + band)
        }
        rows.append([
            .integer(e), .number(try value("egdi", e), .decimals(3)),
            try value("egdi_rank", e).map { .text("\(Int($0)) / \(try assessed(e))") } ?? .missing,
            .number(try value("epi", e), .decimals(3)), .integer(y),
            try pct(.wgiCC), try pct(.wgiVA), try pct(.wgiGE),
            .number(try value("cpi", y), .decimals(0)),
        ])
    }
    page.table(ResultTable(columns: [
        TableColumn("Edition"), TableColumn("EGDI"), TableColumn("EGDI rank"), TableColumn("EPI"), TableColumn("Data year"),
        TableColumn("WGI CC pct [90%]"), TableColumn("WGI VA pct [90%]"), TableColumn("WGI GE pct [90%]"), TableColumn("CPI"),
    ], rows: rows), caption: "Kazakhstan by survey edition. EGDI, its rank among the assessed countries and the E-Participation Index (EPI) at the edition year; WGI percentile ranks (0–100, with the 90% interval the World Bank publishes) and CPI (0–100, published from 2012) at the data year *Y* − 1. CC: control of corruption; VA: voice and accountability; GE: government effectiveness. NA: not published for that year (WGI skipped 1997, 1999, 2001; WGI 2024 is not yet in the panel).")

    let cc2008 = try value("wgi_cc_pct", first2008 - 1), ccLatest = try value("wgi_cc_pct", latest - 1)
    let va2008 = try value("wgi_va_pct", first2008 - 1), vaLatest = try value("wgi_va_pct", latest - 1)
    let egdiPct = try panel.percentiles(of: "egdi", year: latest)[country]
    let egdiPct2008 = try panel.percentiles(of: "egdi", year: first2008)[country]
    // The edition step with the largest gain in corruption control, to say when it happened.
    let ccSteps = try zip(panel.editions, panel.editions.dropFirst()).filter { $0.0 >= first2008 }.compactMap { a, b -> (Int, Int, Double)? in
        guard let x = try value("wgi_cc_pct", alignment.pairedYear(forEdition: a)), let y = try value("wgi_cc_pct", alignment.pairedYear(forEdition: b)) else { return nil }
        return (a, b, y - x)
    }
    let bigStep = ccSteps.max { $0.2 < $1.2 }
    let ccGain = (ccLatest ?? 0) - (cc2008 ?? 0), vaGain = (vaLatest ?? 0) - (va2008 ?? 0)
    page.paragraph("Kazakhstan's EGDI percentile rose from \(Prose.number(egdiPct2008, 0)) in the \(first2008) edition to \(Prose.number(egdiPct, 0)) in \(latest). Over the same data years its control-of-corruption percentile moved from \(Prose.number(cc2008, 0)) to \(Prose.number(ccLatest, 0)), and its voice-and-accountability percentile from \(Prose.number(va2008, 0)) to \(Prose.number(vaLatest, 0)). "
        + (ccGain > 15 ? "Corruption control did improve (\(Prose.signed(ccGain, 0)) points), \(bigStep.map { "most of it (\(Prose.signed($0.2, 0))) between the \($0.0) and \($0.1) editions, " } ?? "")but it stays below the e-government ranking. " : "Corruption control did not follow the e-government ranking. ")
        + (abs(vaGain) < 10 ? "Voice and accountability barely moved (\(Prose.signed(vaGain, 0)) points)." : "Voice and accountability moved by \(Prose.signed(vaGain, 0)) points."))

    // snippet: trajectory
    let trajectory = try ParadoxFigureKind.trajectory.make(
        panel: panel, options: ParadoxFigureOptions(outcome: .wgiVA, alignment: alignment, country: country))
    // end snippet
    try page.code("trajectory")
    try page.figure(trajectory, name: "trajectory_va", lead: "Kazakhstan's EGDI rank against its voice and accountability.")
    let trajectoryCC = try ParadoxFigureKind.trajectory.make(
        panel: panel, options: ParadoxFigureOptions(outcome: .wgiCC, alignment: alignment, country: country))
    try page.figure(trajectoryCC, name: "trajectory_cc", lead: "The same for control of corruption, the dimension that did move.")

    // MARK: 2. caveats
    page.section("2. Caveats before reading any number")
    page.paragraph("**Edition versus data year.** A survey edition published in *Y* assesses portals and collects its inputs mostly in *Y* − 1 (UN DESA, methodology annex). Pairing it with same-year governance data relates an assessment to outcomes measured a year later. The rule matters for single-country statements, because WGI moves from year to year by more than its rank precision:")
    // snippet: alignment
    let compareEdition = panel.editions.last { e in
        YearAlignment.allCases.allSatisfy { panel.latestEdition(for: .wgiCC, alignment: $0).map { e <= $0 } ?? false }
    } ?? latest
    let gaps = try YearAlignment.allCases.map { rule in
        try panel.rankGap(edition: compareEdition, dimension: .wgiCC, alignment: rule).rows.first { $0.iso3 == country }
    }
    // end snippet
    try page.code("alignment")
    page.table(ResultTable(columns: [TableColumn("Alignment", alignment: .left), TableColumn("Data year"),
                                     TableColumn("EGDI pct"), TableColumn("WGI CC pct"), TableColumn("Rank gap"), TableColumn("Outside WGI 90%")],
                           rows: zip(YearAlignment.allCases, gaps).map { rule, g in
                               [.text(rule.rule), .integer(rule.pairedYear(forEdition: compareEdition)),
                                .number(g?.egdiPercentile, .decimals(1)), .number(g?.governancePercentile, .decimals(1)),
                                .number(g?.gap, .decimals(1)), .text(g.map { $0.flagged ? "yes" : "no" } ?? "NA")]
                           }),
               caption: "Kazakhstan's rank gap in control of corruption, edition \(compareEdition), under both pairing rules.")
    let spread = zip(YearAlignment.allCases, gaps).first { $0.0 == alignment }?.1 ?? nil
    page.paragraph("**WGI margins of error.** WGI estimates come from an unobserved-components model and carry standard errors; the World Bank publishes a 90% interval for each percentile rank. For Kazakhstan's control of corruption in \(alignment.pairedYear(forEdition: compareEdition)) the interval is \(Prose.number(spread?.governanceLow, 0))–\(Prose.number(spread?.governanceHigh, 0)) around \(Prose.number(spread?.governancePercentile, 0)): a rank gap counts as a finding only when the EGDI percentile lies outside it (column *Outside WGI 90%*). Year-to-year WGI changes smaller than that band are not evidence of change (Kaufmann, Kraay & Mastruzzi 2010, World Bank Policy Research Working Paper 5430).")
    let early = panel.editions.filter { $0 < first2008 }
    page.paragraph("**EGDI method changes.** The \(early.map(String.init).joined(separator: ", ")) editions (the *Global E-Government Readiness Reports*) used an earlier methodology; the survey was revised in \(first2008), and its online-service questionnaire changes every edition. EGDI is a relative index (each component is normalised against the other countries of the same edition), so a rising EGDI can mean others improved less, and levels are not comparable across editions. This page therefore compares ranks and percentiles within an edition and starts trends at \(first2008). There were no editions in 2006, 2007, 2009 or in other odd years, so nothing is interpolated.")
    page.paragraph("**CPI scales.** The CPI is on a 0–100 scale only from 2012; the earlier 0–10 scores (`cpi_legacy`) rank countries on another scale and are never substituted.")

    // MARK: 3. residual
    page.section("3. Governance below what e-government and income predict")
    page.paragraph("The governance residual fits one cross-country regression per outcome, *outcome* = *b*₀ + *b*₁·EGDI + *b*₂·log GDP per capita (PPP) + *e*, and scores each country by minus its internally studentized residual (R's `rstandard`): a positive score is governance below the prediction.")
    // snippet: residual
    var residualRows: [[TableCell]] = []
    var fits: [GovernanceOutcome: GovernanceResidualFit] = [:]
    for outcome in GovernanceOutcome.residualDefaults {
        guard let e = panel.latestEdition(for: outcome, alignment: alignment) else { continue }
        let fit = try panel.governanceResidual(edition: e, outcome: outcome, alignment: alignment)
        fits[outcome] = fit
        let ranked = fit.rows.sorted { $0.score > $1.score }
        guard let k = ranked.firstIndex(where: { $0.iso3 == country }) else { continue }
        let r = ranked[k]
        residualRows.append([.text(outcome.label), .integer(e), .integer(fit.pairedYear), .number(r.observed, .decimals(2)),
                             .number(r.fitted, .decimals(2)), .number(r.standardizedResidual, .decimals(2)),
                             .text("\(k + 1) / \(fit.observations)")])
    }
    // end snippet
    try page.code("residual")
    page.table(ResultTable(columns: [TableColumn("Outcome", alignment: .left), TableColumn("Edition"), TableColumn("Data year"),
                                     TableColumn("Observed"), TableColumn("Predicted"), TableColumn("Studentized residual"),
                                     TableColumn("Rank of score")], rows: residualRows),
               caption: "Kazakhstan's governance residual per outcome, latest edition with outcome data. Estimator: OLS across countries of the outcome on EGDI and log GDP per capita (PPP); residual studentized internally. Rank 1 is the country furthest below its prediction; N = countries in the fit.")
    let kazVA = fits[.wgiVA]?.rows.first { $0.iso3 == country }, kazCC = fits[.wgiCC]?.rows.first { $0.iso3 == country }
    page.paragraph("Voice and accountability is where the paradox shows: Kazakhstan's WGI estimate is \(Prose.number(kazVA?.observed)) against a predicted \(Prose.number(kazVA?.fitted)), a studentized residual of \(Prose.number(kazVA?.standardizedResidual)). For control of corruption the residual is \(Prose.number(kazCC?.standardizedResidual)): "
        + (abs(kazCC?.standardizedResidual ?? 0) >= 2 ? "a country clearly off the cross-country line." : abs(kazCC?.standardizedResidual ?? 0) < 1 ? "within one residual standard deviation of what EGDI and income predict, so the cross-section alone does not single Kazakhstan out on corruption." : "below the line by about one residual standard deviation, noticeable but shared by many countries (rank \((fits[.wgiCC]?.rows.sorted { $0.score > $1.score }.firstIndex { $0.iso3 == country }).map { $0 + 1 } ?? 0) of \(fits[.wgiCC]?.observations ?? 0))."))
    // snippet: scatter
    let scatter = try ParadoxFigureKind.paradoxScatter.make(
        panel: panel, options: ParadoxFigureOptions(outcome: .wgiVA, alignment: alignment))
    // end snippet
    try page.code("scatter")
    try page.figure(scatter, name: "paradox_scatter_va", lead: "Where Kazakhstan sits among all countries.")

    // MARK: 4. rank gap
    page.section("4. Rank gap against WGI's own uncertainty")
    page.paragraph("The rank gap is the EGDI percentile (computed the way WGI computes its percentile ranks) minus the WGI percentile rank of the same country; it is flagged when the EGDI percentile lies outside WGI's 90% interval.")
    var gapRows: [[TableCell]] = []
    for dim in GovernanceOutcome.wgiDimensions {
        guard let e = panel.latestEdition(for: dim, alignment: alignment),
              let g = try panel.rankGap(edition: e, dimension: dim, alignment: alignment).rows.first(where: { $0.iso3 == country }) else { continue }
        gapRows.append([.text(dim.label), .number(g.egdiPercentile, .decimals(1)), .number(g.governancePercentile, .decimals(1)),
                        .text("\(Prose.number(g.governanceLow, 1))–\(Prose.number(g.governanceHigh, 1))"),
                        .number(g.gap, .decimals(1)), .text(g.flagged ? "yes" : "no")])
    }
    let gapEdition = panel.latestEdition(for: .wgiCC, alignment: alignment) ?? latest
    page.table(ResultTable(columns: [TableColumn("WGI dimension", alignment: .left), TableColumn("EGDI pct"), TableColumn("WGI pct"),
                                     TableColumn("WGI 90% interval"), TableColumn("Rank gap"), TableColumn("Flagged")], rows: gapRows),
               caption: "Kazakhstan's rank gap on the six WGI dimensions, edition \(gapEdition) with WGI \(alignment.pairedYear(forEdition: gapEdition)). Flagged: the EGDI percentile lies outside WGI's 90% interval.")
    let flagged = gapRows.filter { $0.last == .text("yes") }.count
    page.paragraph("\(flagged) of \(gapRows.count) dimensions are flagged. The figure puts Kazakhstan among the other post-Soviet states, each with the interval implied by WGI's band.")
    let index = try ParadoxFigureKind.paradoxIndex.make(panel: panel, options: ParadoxFigureOptions(outcome: .wgiVA, alignment: alignment))
    try page.figure(index, name: "paradox_index_va", lead: "Rank gaps of the post-Soviet states.")

    // MARK: 5. participation
    page.section("5. Online participation versus actual voice")
    // snippet: participation
    let participation = try panel.participationGap(edition: gapEdition, measure: .wgiVoice, alignment: alignment)
    let kazParticipation = participation.rows.first { $0.iso3 == country }
    // end snippet
    try page.code("participation")
    page.paragraph("The UN's E-Participation Index (EPI) scores online information, consultation and decision-making channels. In edition \(gapEdition) Kazakhstan's EPI percentile is \(Prose.number(kazParticipation?.epiPercentile, 0)) while its voice-and-accountability percentile is \(Prose.number(kazParticipation?.measurePercentile, 0)): a participation gap of \(Prose.number(kazParticipation?.gap, 0)) percentile points"
        + (kazParticipation?.flagged == true ? ", outside WGI's 90% interval." : ", within WGI's 90% interval.")
        + " Åström et al. (2012) and Maerz (2016) read such gaps as e-participation supplied by non-democracies for legitimacy rather than accountability; the replication notebook checks their country comparisons.")
    let participationFigure = try ParadoxFigureKind.participation.make(panel: panel, options: ParadoxFigureOptions(edition: gapEdition, alignment: alignment))
    try page.figure(participationFigure, name: "participation", lead: "E-participation against voice and accountability.")

    // MARK: 6. decoupling
    page.section("6. Decoupling since \(first2008)")
    page.paragraph("Decoupling asks which side moved: the change of the rank gap between two editions, split into the EGDI percentile change and the governance percentile change, and the OLS slope of the gap over all editions in between.")
    // snippet: decoupling
    let decoupling = try [GovernanceOutcome.wgiVA, .wgiCC, .wgiGE].map { dim in
        try panel.decoupling(from: first2008, to: panel.latestEdition(for: dim, alignment: alignment), dimension: dim, alignment: alignment)
    }
    // end snippet
    try page.code("decoupling")
    page.table(ResultTable(columns: [TableColumn("WGI dimension", alignment: .left), TableColumn("Editions"), TableColumn("Gap then"),
                                     TableColumn("Gap now"), TableColumn("EGDI pct change"), TableColumn("WGI pct change"),
                                     TableColumn("Moving side", alignment: .left), TableColumn("WGI pct per EGDI pct")],
                           rows: decoupling.compactMap { d in
                               d.rows.first { $0.iso3 == country }.map { r in
                                   [.text(d.dimension.label), .text("\(d.from)→\(d.to)"), .number(r.fromGap, .decimals(1)), .number(r.toGap, .decimals(1)),
                                    .number(r.egdiPercentileChange, .decimals(1)), .number(r.governancePercentileChange, .decimals(1)),
                                    .text(r.movingSide.rawValue), .number(r.slope, .decimals(2))]
                               }
                           }),
               caption: "Kazakhstan's decoupling, first edition \(first2008). Gap = EGDI percentile − WGI percentile; moving side: the part that changed the gap more. Last column: within-country OLS slope of the WGI percentile on the EGDI percentile over the editions \(decoupling.first?.editions.map(String.init).joined(separator: ", ") ?? "") (1: governance kept pace with e-government; 0: it did not move with it).")
    let slopegraph = try ParadoxFigureKind.slopegraph.make(panel: panel, options: ParadoxFigureOptions(outcome: .wgiVA, alignment: alignment, baseEdition: first2008))
    try page.figure(slopegraph, name: "slopegraph_va", lead: "Percentiles then and now, post-Soviet states.")

    // MARK: 7. five forms
    page.section("7. The paper's five findings against the data")
    page.paragraph("Knox & Janenova (2019) find the paradox in Kazakhstan in five forms. The package measures each with public indicators, for every country, and judges it against the direction the paper predicts (`ParadoxPanel.fiveForms`, the same numbers as `egov paradox --metric five-forms --country KAZ`). This section takes the findings one by one, sets Kazakhstan's numbers from the \(first2008) to the \(latest) edition beside them, and compares them with the other post-Soviet states and the world. Every percentile is WGI's definition, computed for each form on the countries with every variable it needs; differences of a few points are within the governance indicators' margins of error (section 2).")
    // snippet: five-forms
    let forms = try panel.fiveForms(from: first2008, to: latest, alignment: alignment)   // every country
    let kaz = forms.summary(focus: country)   // Kazakhstan against the 15 post-Soviet states and the world
    // The same indicators for each span 2008 → edition, Kazakhstan only.
    let spans = try panel.editions.filter { $0 >= first2008 }.map { e in
        (edition: e, result: try panel.fiveForms(from: first2008, to: e, countries: [country], alignment: alignment))
    }
    // end snippet
    try page.code("five-forms")
    func spanValue(_ r: FiveFormsResult, _ form: ParadoxForm, _ name: String) -> Double? {
        r.rows.first { $0.form == form }?.indicators.first { $0.name == name }?.value ?? nil
    }
    page.table(ResultTable(columns: [
        TableColumn("Edition"), TableColumn("Gov. year"), TableColumn("(1) Tech lead vs HCI"), TableColumn("(1) Tech lead vs GE"),
        TableColumn("(2) Service gap"), TableColumn("(4) EGDI pct change"), TableColumn("(4) GE pct change"),
        TableColumn("(4) OSI share of ΔEGDI"), TableColumn("(5) EPI − VA"), TableColumn("(5) EPI − V-Dem"),
    ], rows: spans.map { e, r in
        let later = e > first2008
        return [.integer(e), .integer(r.pairedYear),
                .number(spanValue(r, .technologyEmphasis, "lead_over_hci"), .decimals(1)), .number(spanValue(r, .technologyEmphasis, "lead_over_ge"), .decimals(1)),
                .number(spanValue(r, .transactionalServices, "service_gap_to"), .decimals(1)),
                later ? .number(spanValue(r, .isomorphicMimicry, "egdi_pct_change"), .decimals(1)) : .missing,
                later ? .number(spanValue(r, .isomorphicMimicry, "ge_pct_change"), .decimals(1)) : .missing,
                later ? .number(spanValue(r, .isomorphicMimicry, "online_service_share").map { $0 * 100 }, .decimals(0)) : .missing,
                .number(spanValue(r, .limitedParticipation, "epi_minus_va"), .decimals(1)), .number(spanValue(r, .limitedParticipation, "epi_minus_vdem"), .decimals(1))]
    }), caption: "Kazakhstan's five-forms indicators by edition, in percentile points (WGI's percentile definition, each form on its own common population). Changes (form 4) are from the \(first2008) edition to the row's edition (governance \(alignment.pairedYear(forEdition: first2008)) to the row's year), among the countries with both values in both years; OSI share: the online-service term of the EGDI change in per cent of the change. Form 3 (petty vs grand corruption) needs a bribery variable the panel does not have. NA: not defined for that edition.")

    func indicator(_ form: ParadoxForm, _ name: String) -> FiveFormsIndicatorSummary? { kaz.form(form)?.indicator(name) }
    func agreement(_ form: ParadoxForm) -> String {
        guard let f = kaz.form(form) else { return "" }
        let verdict = f.focusAgrees.map { $0 ? "The data agree with the paper for Kazakhstan" : "The data do not agree with the paper for Kazakhstan" } ?? "The prediction cannot be judged for Kazakhstan"
        return "\(verdict), for \(f.groupAgreeing.count) of the \(f.groupMeasured) post-Soviet states with data (\(f.groupAgreeing.isEmpty ? "none" : Prose.list(f.groupAgreeing.map(panel.name(of:))))) and for \(f.worldAgreeing) of \(f.worldMeasured) countries worldwide."
    }
    func rank(_ i: FiveFormsIndicatorSummary?) -> String {
        guard let i, let k = i.focusRank else { return "" }
        return " (rank \(k) of \(i.count) post-Soviet states; median \(Prose.signed(i.median, 1)))"
    }
    let techHCI = indicator(.technologyEmphasis, "lead_over_hci"), techGE = indicator(.technologyEmphasis, "lead_over_ge")
    let osiTerm = indicator(.technologyEmphasis, "osi_term")?.focus, tiiTerm = indicator(.technologyEmphasis, "tii_term")?.focus
    let hciTerm = indicator(.technologyEmphasis, "hci_term")?.focus, egdiChange = indicator(.technologyEmphasis, "egdi_change")?.focus
    let components = [("online services", osiTerm), ("telecommunication infrastructure", tiiTerm), ("human capital", hciTerm)]
    let driver = components.compactMap { c in c.1.map { (c.0, $0) } }.max { abs($0.1) < abs($1.1) }
    page.subsection("Finding 1: an emphasis on technological development")
    page.paragraph("*The paper:* \(ParadoxForm.technologyEmphasis.finding.prefix(1).uppercased() + ParadoxForm.technologyEmphasis.finding.dropFirst()) *Predicted:* \(ParadoxForm.technologyEmphasis.prediction). *The data:* in \(latest) Kazakhstan's technology percentile (mean of its OSI and TII percentiles) leads its human-capital percentile by \(Prose.signed(techHCI?.focus, 1)) points\(rank(techHCI)) and its government-effectiveness percentile by \(Prose.signed(techGE?.focus, 1))\(rank(techGE)). Its EGDI changed by \(Prose.signed(egdiChange, 3)) from \(first2008) to \(latest): \(Prose.signed(osiTerm, 3)) from online services, \(Prose.signed(tiiTerm, 3)) from infrastructure, \(Prose.signed(hciTerm, 3)) from human capital (each component's weighted change, weights as published per edition)\(driver.map { "; \($0.0) moved it most" } ?? ""). \(agreement(.technologyEmphasis)) *What this cannot show:* \(ParadoxForm.technologyEmphasis.limitation).")

    let gapFrom = indicator(.transactionalServices, "service_gap_from"), gapTo = indicator(.transactionalServices, "service_gap_to")
    let gapChange = indicator(.transactionalServices, "service_gap_change")
    page.subsection("Finding 2: faster transactions, less attention to core services")
    page.paragraph("*The paper:* \(ParadoxForm.transactionalServices.finding.prefix(1).uppercased() + ParadoxForm.transactionalServices.finding.dropFirst()) *Predicted:* \(ParadoxForm.transactionalServices.prediction). *The data:* Kazakhstan's online services ranked \(Prose.signed(gapFrom?.focus, 1)) percentile points from its perceived government effectiveness in \(first2008) and \(Prose.signed(gapTo?.focus, 1)) in \(latest)\(rank(gapTo)), a change of \(Prose.signed(gapChange?.focus, 1))\(rank(gapChange)). "
        + ((gapTo?.focus ?? 0) > 0 && (gapChange?.focus ?? 0) <= 0 ? "The gap is positive but did not widen: government effectiveness caught up with the online services, or the other countries' services improved faster. " : "")
        + "\(agreement(.transactionalServices)) *What this cannot show:* \(ParadoxForm.transactionalServices.limitation).")

    page.subsection("Finding 3: petty corruption down, grand corruption remains")
    page.paragraph("*The paper:* \(ParadoxForm.pettyVersusGrandCorruption.finding.prefix(1).uppercased() + ParadoxForm.pettyVersusGrandCorruption.finding.dropFirst()) *Predicted:* \(ParadoxForm.pettyVersusGrandCorruption.prediction). *The data:* **not measured.** The panel's corruption measures (WGI control of corruption, the CPI) are perceptions of corruption at large; a test needs a measure of bribery experience, such as Transparency International's Global Corruption Barometer or the EBRD Life in Transition Survey, which the package cannot redistribute. Merge one with `egov data merge` and pass it as `--petty-corruption` (`docs/examples/illustrative-bribery.csv` shows the layout, with invented values). For context only: Kazakhstan's control-of-corruption percentile moved from \(Prose.number(cc2008, 0)) to \(Prose.number(ccLatest, 0)) over the same data years (section 1), which cannot tell petty from grand corruption.")

    let climb = indicator(.isomorphicMimicry, "egdi_pct_change"), geChange = indicator(.isomorphicMimicry, "ge_pct_change")
    let share = indicator(.isomorphicMimicry, "online_service_share")?.focus
    page.subsection("Finding 4: isomorphic mimicry")
    page.paragraph("*The paper:* \(ParadoxForm.isomorphicMimicry.finding.prefix(1).uppercased() + ParadoxForm.isomorphicMimicry.finding.dropFirst()) *Predicted:* \(ParadoxForm.isomorphicMimicry.prediction). *The data:* from \(first2008) to \(latest) Kazakhstan's EGDI percentile changed by \(Prose.signed(climb?.focus, 1)) points\(rank(climb)) and its government-effectiveness percentile by \(Prose.signed(geChange?.focus, 1))\(rank(geChange)); \(share.map { "online services account for \(Prose.number($0 * 100, 0))% of its EGDI change" } ?? "the online-service share of its EGDI change is not defined"). \(agreement(.isomorphicMimicry)) *What this cannot show:* \(ParadoxForm.isomorphicMimicry.limitation).")

    let epiVA = indicator(.limitedParticipation, "epi_minus_va"), epiVDem = indicator(.limitedParticipation, "epi_minus_vdem")
    page.subsection("Finding 5: limited citizen participation")
    page.paragraph("*The paper:* \(ParadoxForm.limitedParticipation.finding.prefix(1).uppercased() + ParadoxForm.limitedParticipation.finding.dropFirst()) *Predicted:* \(ParadoxForm.limitedParticipation.prediction). *The data:* in \(latest) Kazakhstan's E-Participation percentile is \(Prose.signed(epiVA?.focus, 1)) points from its WGI voice-and-accountability percentile\(rank(epiVA)) and \(Prose.signed(epiVDem?.focus, 1)) from its V-Dem participatory-democracy percentile\(rank(epiVDem)). \(agreement(.limitedParticipation)) *What this cannot show:* \(ParadoxForm.limitedParticipation.limitation).")

    page.table(forms.regionalTable(), caption: "The five forms across the 15 post-Soviet states, editions \(first2008) → \(latest) (governance \(forms.pairedFromYear) → \(forms.pairedYear)). Headline indicators in percentile points and whether each state's indicators agree with the paper's prediction; form 3 is not measured in the embedded data. Descriptive, no estimation; N = \(kaz.group.count) states.")
    // snippet: five-forms-figure
    let formsFigure = try FiveFormsFigure.make(result: forms, panel: panel, focus: country)
    // end snippet
    try page.code("five-forms-figure")
    try page.figure(chart: formsFigure.chart, name: "five_forms", caption: "Kazakhstan among the post-Soviet states on the paper's five forms. " + formsFigure.caption)
    let measuredForms = kaz.forms.filter { $0.focusAgrees != nil }, agreeingForms = measuredForms.filter { $0.focusAgrees == true }
    page.paragraph("In sum, the data agree with the paper for Kazakhstan in \(agreeingForms.count) of the \(measuredForms.count) forms they can measure\(agreeingForms.isEmpty ? "" : " (" + Prose.list(agreeingForms.map { "\($0.form.number)" }) + ")")\(measuredForms.count > agreeingForms.count ? "; where they do not, the table above shows which indicator falls short of the prediction" : ""). None of the indicators can show intent, where attention or money went, or whether participation changes decisions; they show where a country ranks on outputs and perceptions, which is what the paper's forms predict about rankings.")

    // MARK: 8. conclusion
    page.section("8. What the numbers say")
    let vaDecoupling = decoupling.first?.rows.first { $0.iso3 == country }
    let ccDecoupling = decoupling.dropFirst().first?.rows.first { $0.iso3 == country }
    page.bullets([
        "E-government: rank \(Int(rank2008 ?? .nan)) → \(Int(rankLatest ?? .nan)) (editions \(first2008)→\(latest)); EGDI percentile \(Prose.number(egdiPct, 0)) in \(latest).",
        "Voice and accountability: percentile \(Prose.number(va2008, 0)) → \(Prose.number(vaLatest, 0)); rank gap \(Prose.number(vaDecoupling?.fromGap, 0)) → \(Prose.number(vaDecoupling?.toGap, 0)) percentile points, driven by \(vaDecoupling?.movingSide == .egdi ? "the EGDI side" : vaDecoupling?.movingSide == .governance ? "governance" : "both sides"); WGI moved \(Prose.number(vaDecoupling?.slope, 2)) percentile points per EGDI percentile point.",
        "Control of corruption: percentile \(Prose.number(cc2008, 0)) → \(Prose.number(ccLatest, 0)); the rank gap went from \(Prose.number(ccDecoupling?.fromGap, 0)) to \(Prose.number(ccDecoupling?.toGap, 0)) points, \((ccDecoupling?.gapChange ?? 0) > 0 ? "wider, because EGDI rose even faster" : "narrower"); WGI moved \(Prose.number(ccDecoupling?.slope, 2)) percentile points per EGDI percentile point within Kazakhstan.",
        "Cross-country, Kazakhstan's voice and accountability is \(Prose.number(abs(kazVA?.standardizedResidual ?? 0), 1)) residual standard deviations \((kazVA?.standardizedResidual ?? 0) < 0 ? "below" : "above") what its EGDI and income predict.",
    ])
    page.paragraph("The paradox in Kazakhstan is a paradox of accountability more than of administration: digital services and, later, measured corruption control improved, while the institutions through which citizens hold the state to account did not. The post-Soviet panel notebook asks whether this is a regional pattern, with standard errors.")
    page.paragraph("**References.** Åström, J., Karlsson, M., Linde, J. & Pirannejad, A. (2012). Understanding the rise of e-participation in non-democracies. *Government Information Quarterly* 29(2), 142–150. · Kaufmann, D., Kraay, A. & Mastruzzi, M. (2010). The Worldwide Governance Indicators: methodology and analytical issues. World Bank Policy Research Working Paper 5430. · Knox, C. & Janenova, S. (2019). The e-government paradox in post-Soviet countries. *International Journal of Public Sector Management* 32(6), 600–615. · Maerz, S. F. (2016). The electronic face of authoritarianism. *Government Information Quarterly* 33(4), 727–735. · UN DESA (2024). *E-Government Survey 2024*.")

    let written = try page.write()
    for w in page.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
    print(written.map { page.folder.lastPathComponent + "/" + $0 }.joined(separator: "\n"))
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
