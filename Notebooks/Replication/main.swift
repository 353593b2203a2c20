// Replication: published cross-country findings checked against the embedded panel.
// Run `swift run replication`; it rewrites README.md and figures/ beside this file.

import EGovParadox
import Foundation
import NotebookKit

/// One published finding and what the data say.
struct Check {
    var source: String
    var claim: String
    var observed: String
    var holds: Bool
}

func run() throws {
    var page = try NotebookPage(title: "Replication: published findings against the data", sourceFile: #filePath)
    page.paragraph("Studies of the e-government paradox rest on a handful of published comparisons. This notebook checks them against the panel embedded in the package: the country comparisons of Åström et al. (2012) and Maerz (2016) on the UN E-Participation Index, and the direction of the cross-country association between e-government and governance that the anti-corruption literature reports. Each claim is stated as a comparison the data can confirm or refute; the page reports both outcomes.")

    // snippet: load
    let panel = try ParadoxPanel.embedded()
    let epi = try panel.column("epi")
    func epiValue(_ iso3: String, _ edition: Int) -> Double? {
        panel.row(iso3: iso3, year: edition).flatMap { epi[$0] }
    }
    // end snippet
    try page.code("load")

    // MARK: 1. country comparisons
    page.section("1. E-participation in non-democracies: the country comparisons")
    page.paragraph("Åström et al. (2012) observed that in the 2010 UN survey several non-democracies scored higher on e-participation than established democracies; Maerz (2016) made the same point with the 2014 survey. Each comparison below is a strict inequality of the published E-Participation Index (EPI, 0–1) of the edition.")
    // snippet: compare
    struct Comparison { var edition: Int; var higher: String; var lower: String; var source: String }
    let comparisons = [
        Comparison(edition: 2010, higher: "KAZ", lower: "SWE", source: "Åström et al. (2012)"),
        Comparison(edition: 2010, higher: "BHR", lower: "FRA", source: "Åström et al. (2012)"),
        Comparison(edition: 2010, higher: "MYS", lower: "DEU", source: "Åström et al. (2012)"),
        Comparison(edition: 2014, higher: "KAZ", lower: "DEU", source: "Maerz (2016)"),
        Comparison(edition: 2014, higher: "KAZ", lower: "AUT", source: "Maerz (2016)"),
        Comparison(edition: 2014, higher: "KAZ", lower: "SWE", source: "Maerz (2016)"),
        Comparison(edition: 2014, higher: "UZB", lower: "CHE", source: "Maerz (2016)"),
    ]
    var checks: [Check] = []
    for c in comparisons {
        guard let a = epiValue(c.higher, c.edition), let b = epiValue(c.lower, c.edition) else {
            throw NotebookError.analysis(step: "EPI \(c.edition)", reason: "\(c.higher) or \(c.lower) has no EPI value")
        }
        checks.append(Check(source: c.source,
                            claim: "EPI \(c.edition): \(panel.name(of: c.higher)) > \(panel.name(of: c.lower))",
                            observed: "\(Prose.number(a, 3)) vs \(Prose.number(b, 3))", holds: a > b))
    }
    // end snippet
    try page.code("compare")
    page.table(ResultTable(columns: [TableColumn("Source", alignment: .left), TableColumn("Claim", alignment: .left),
                                     TableColumn("EPI in the panel"), TableColumn("Holds", alignment: .left)],
                           rows: checks.map { [.text($0.source), .text($0.claim), .text($0.observed), .text($0.holds ? "yes" : "no")] }),
               caption: "Country comparisons of the E-Participation Index, UN E-Government Survey editions 2010 and 2014 (UN DESA EGOVKB data, as imported into `Datasets/panel.csv`).")
    let held = checks.filter(\.holds).count
    let closest = comparisons.compactMap { c in epiValue(c.higher, c.edition).flatMap { a in epiValue(c.lower, c.edition).map { abs(a - $0) } } }.min()
    page.paragraph("\(held) of \(checks.count) comparisons hold in the data. "
        + (held == checks.count ? "The published comparisons replicate exactly from the UN's own index values." : "Those that do not are listed with their values above."))
    let voice = try panel.participationGap(edition: 2014, measure: .wgiVoice, alignment: .dataYear)
    let named = ["KAZ", "UZB", "BHR", "MYS"].compactMap { iso in voice.rows.first { $0.iso3 == iso } }
    page.paragraph("The comparisons matter because of what they set against each other. In the 2014 edition, paired with WGI 2013, the participation gap (EPI percentile minus voice-and-accountability percentile) is " + Prose.list(named.map { "\($0.country) \(Prose.signed($0.gap, 0))" }) + " percentile points: online participation channels ranked well above the voice citizens actually had.")
    // snippet: figure
    // Every assessed country in grey; the countries of the comparisons in colour, one panel
    // per edition: e-participation against the voice citizens have (WGI, year before).
    let side: [String: String] = ["KAZ": "Non-democracy", "BHR": "Non-democracy", "MYS": "Non-democracy", "UZB": "Non-democracy",
                                   "SWE": "Democracy", "FRA": "Democracy", "DEU": "Democracy", "AUT": "Democracy", "CHE": "Democracy"]
    var panels: [Panel] = []
    for edition in [2010, 2014] {
        let rows = try panel.aligned(edition: edition, alignment: .dataYear, variables: ["wgi_va_pct"]).rows.compactMap { r in
            r.survey["epi"].flatMap { x in r.paired["wgi_va_pct"].map { (r.iso3, x, $0) } }
        }
        let grey = rows.filter { side[$0.0] == nil }, shown = rows.filter { side[$0.0] != nil }
        panels.append(Panel(RichText("UN E-Government Survey \(edition)"), layers: [
            .points(PointsMark(x: grey.map { PlotValue.number($0.1) }, y: grey.map { PlotValue.number($0.2) },
                               groups: grey.map { _ in "Other countries" }, size: 2.6)),
            .points(PointsMark(x: shown.map { PlotValue.number($0.1) }, y: shown.map { PlotValue.number($0.2) },
                               groups: shown.map { side[$0.0] ?? "" }, size: 4.2)),
            .labels(LabelMark(x: shown.map { PlotValue.number($0.1) }, y: shown.map { PlotValue.number($0.2) }, labels: shown.map(\.0),
                              background: .cover, maxLeaderLength: 48)),
        ]))
    }
    let chart = Chart(size: FigureSize(.double, height: .mm(80)),
                      x: Axis(RichText("E-Participation Index")),
                      y: Axis(RichText("Voice and Accountability, percentile")),
                      groups: GroupScale(palette: DiscretePalette(colors: [OkabeIto.vermillion, OkabeIto.blue, Color(hex: 0xB3B3B3)],
                                                                  shapes: [.diamond, .circle, .circle]),
                                         levels: ["Non-democracy", "Democracy", "Other countries"]),
                      panels: panels)
    // end snippet
    try page.code("figure")
    try page.figure(chart: chart, name: "comparisons", caption: "The countries of the Åström et al. (2012) and Maerz (2016) comparisons. E-Participation Index (UN E-Government Survey 2010 and 2014) against the Voice and Accountability percentile rank (World Bank WGI, 2024 update) of the year before (2009, 2013). Non-democracy: Kazakhstan, Bahrain, Malaysia, Uzbekistan; democracy: Sweden, France, Germany, Austria, Switzerland (the papers' contrast). Grey: every other assessed country with both values. Descriptive, no estimation.",
                    alt: "E-participation against voice and accountability, 2010 and 2014, the compared countries labelled")

    // MARK: 2. direction of the correlations
    page.section("2. Direction of the e-government–governance association")
    page.paragraph("Cross-country studies find that more e-government goes with less corruption (Andersen 2009, on changes in corruption control across countries; Elbahnasawy 2014, in a cross-country panel). The weakest form of that claim is a positive cross-country correlation of EGDI with control of corruption and the CPI (higher = cleaner) in every edition. Knox & Janenova (2019) add that in the post-Soviet states e-government has advanced without matching gains in accountability: in the data, their EGDI percentile should lie above their voice-and-accountability percentile.")
    // snippet: direction
    let trend = try panel.rankCorrelationTrend(outcomes: [.wgiCC, .cpi], alignment: .dataYear)
    let world = trend.points.filter { $0.countries == .world && $0.n > 0 }
    // end snippet
    try page.code("direction")
    for outcome in [GovernanceOutcome.wgiCC, .cpi] {
        let pts = world.filter { $0.outcome == outcome }
        let positive = pts.filter { ($0.spearmanLow ?? -1) > 0 }
        let rhos = pts.compactMap(\.spearman)
        checks.append(Check(source: "Andersen (2009); Elbahnasawy (2014)",
                            claim: "EGDI and \(outcome.label) correlate positively in every edition",
                            observed: "ρ \(Prose.number(rhos.min(), 2))–\(Prose.number(rhos.max(), 2)); 95% CI above 0 in \(positive.count) of \(pts.count) editions",
                            holds: !pts.isEmpty && positive.count == pts.count))
    }
    // snippet: postsoviet
    let latest = panel.latestEdition(for: .wgiVA, alignment: .dataYear) ?? 0
    let gaps = try panel.rankGap(edition: latest, dimension: .wgiVA, alignment: .dataYear).rows.filter(\.postSoviet)
    let above = gaps.filter { $0.gap > 0 && $0.flagged }
    // end snippet
    try page.code("postsoviet")
    checks.append(Check(source: "Knox & Janenova (2019)",
                        claim: "Post-Soviet EGDI percentile above the voice-and-accountability percentile (edition \(latest))",
                        observed: "\(above.count) of \(gaps.count) states above, beyond WGI's 90% interval; median gap \(Prose.number(median(gaps.map(\.gap)), 0)) points",
                        holds: above.count * 2 > gaps.count))
    page.table(ResultTable(columns: [TableColumn("Source", alignment: .left), TableColumn("Claim", alignment: .left),
                                     TableColumn("In the panel", alignment: .left), TableColumn("Holds", alignment: .left)],
                           rows: checks.suffix(3).map { [.text($0.source), .text($0.claim), .text($0.observed), .text($0.holds ? "yes" : "no")] }),
               caption: "Direction checks. Spearman ρ of EGDI with each outcome over all assessed countries, each edition Y paired with data of year Y − 1; 95% intervals by Fisher z with the Bonett–Wright standard error. WGI editions \(Prose.list(world.filter { $0.outcome == .wgiCC }.map { String($0.edition) })); CPI (0–100) editions \(Prose.list(world.filter { $0.outcome == .cpi }.map { String($0.edition) })). Rank gap: EGDI percentile minus WGI voice-and-accountability percentile, flagged outside WGI's 90% interval.")
    page.paragraph("The positive correlations are a cross-sectional fact, and they are the starting point of the paradox rather than a refutation of it: the [post-Soviet panel notebook](../PostSovietPanel/README.md) shows how much smaller the within-country slopes are. A correlation of levels across countries says nothing about what happens when one country digitises.")
    let scatter = try ParadoxFigureKind.paradoxScatter.make(panel: panel, options: ParadoxFigureOptions(outcome: .cpi, alignment: .dataYear))
    try page.figure(scatter, name: "paradox_scatter_cpi", lead: "The cross-country association in the latest edition.")

    // MARK: 3. summary
    page.section("3. Summary")
    page.table(ResultTable(columns: [TableColumn("Source", alignment: .left), TableColumn("Claim", alignment: .left), TableColumn("Holds", alignment: .left)],
                           rows: checks.map { [.text($0.source), .text($0.claim), .text($0.holds ? "yes" : "no")] }),
               caption: "Every check of this page.")
    let failed = checks.filter { !$0.holds }
    page.paragraph("\(checks.count - failed.count) of \(checks.count) published findings hold in the embedded data"
        + (failed.isEmpty ? "." : "; not replicated: " + Prose.list(failed.map { "\($0.claim) (\($0.source))" }) + "."))
    page.paragraph("**Caveats.** The EPI is a relative index of a changing questionnaire, so only comparisons within an edition are meaningful, as here. The Åström and Maerz comparisons use the published index values; a later revision of the data would overturn a comparison only if the two values were close; the closest pair here differs by \(Prose.number(closest, 3)) on the 0–1 scale. The correlations use WGI and CPI of the year before each edition (`YearAlignment.dataYear`).")
    page.paragraph("**References.** Andersen, T. B. (2009). E-Government as an anti-corruption strategy. *Information Economics and Policy* 21(3), 201–210. · Åström, J., Karlsson, M., Linde, J. & Pirannejad, A. (2012). Understanding the rise of e-participation in non-democracies: domestic and international factors. *Government Information Quarterly* 29(2), 142–150. · Elbahnasawy, N. G. (2014). E-government, internet adoption, and corruption: an empirical investigation. *World Development* 57, 114–126. · Knox, C. & Janenova, S. (2019). The e-government paradox in post-Soviet countries. *International Journal of Public Sector Management* 32(6), 600–615. · Maerz, S. F. (2016). The electronic face of authoritarianism: e-government as a tool for gaining legitimacy in competitive and non-competitive regimes. *Government Information Quarterly* 33(4), 727–735.")

    let written = try page.write()
    for w in page.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
    print(written.map { page.folder.lastPathComponent + "/" + $0 }.joined(separator: "\n"))
}

/// The median (mean of the two middle values for an even count); nil when empty.
func median(_ xs: [Double]) -> Double? {
    let s = xs.sorted()
    guard !s.isEmpty else { return nil }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
