// Quick start: the e-government paradox in a few lines of Swift.
//
//   swift run quickstart                      # writes quickstart.png
//   swift run quickstart --out fig.pdf        # .pdf, .svg or .png
//
// Loads the embedded country-year panel, fits a regression with robust standard
// errors, tests a rank correlation and saves the paradox scatter plot.

import EGovParadox
import Foundation

// The chart's path: `--out FILE` on the command line, or quickstart.png.
let arguments = CommandLine.arguments
let out = arguments.firstIndex(of: "--out").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
    ?? "quickstart.png"

do {
    // 1. The panel: one row per country and year (iso3, country, year, egdi, wgi_cc, ...).
    let panel = try PanelDataset.load()

    // 2. Control of corruption on e-government and income, 2022 cross-section,
    //    heteroskedasticity-robust (HC1, Stata's `robust`) standard errors.
    //    A plain regression pairs the values of one row (one year); the paradox
    //    figure below pairs survey edition Y with governance data of year Y−1.
    let fit = try panel.regress("wgi_cc ~ egdi + log(gdppc_ppp)", where: "year == 2022", vcov: .hc1)
    print(fit.text())

    // The numbers themselves, at full precision.
    if let egdi = fit.result.coefficient("egdi") {
        print("EGDI slope: \(egdi.estimate) (robust SE \(egdi.standardError))\n")
    }

    // 3. Rank correlation of the EGDI with voice and accountability, post-Soviet states.
    let rho = try panel.correlate("egdi", "wgi_va", method: .spearman,
                                  where: "year == 2022 && post_soviet == 1")
    print(rho, terminator: "\n\n")

    // 4. The paradox scatter (EGDI vs control of corruption, post-Soviet states
    //    highlighted, OLS fit with its 95% band), drawn by Cairo and written atomically.
    let figure = try ParadoxFigureKind.paradoxScatter.make(
        panel: ParadoxPanel(panel.table), options: ParadoxFigureOptions(edition: 2022, outcome: .wgiCC))
    let url = URL(fileURLWithPath: out)
    let renderer = try CairoRenderer(format: CairoRenderer.Format(fileExtension: url.pathExtension) ?? .png(dpi: 300))
    let scene = figure.chart.build(measurer: renderer.textMeasurer)
    try renderer.write(scene, to: url)
    print("wrote \(out)\n\(figure.caption)")
    for warning in figure.warnings + scene.warnings { print("warning: \(warning)") }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
