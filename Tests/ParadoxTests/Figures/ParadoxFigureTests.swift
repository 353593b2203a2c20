import Testing
import Plot
@testable import Paradox

/// Every kind, built on the embedded panel with its default options, at both journal
/// widths: no warnings from the recipe or the build (approximate text measurer), and a
/// caption that states edition/alignment and N.
struct ParadoxFigureTests {
    let m = ApproximateTextMeasurer()

    @Test(arguments: ParadoxFigureKind.allCases)
    func defaultsBuildWithoutWarnings(kind: ParadoxFigureKind) throws {
        let panel = try #require(Shared.panel)
        for width in [85.0, 175.0] {
            let f = try kind.make(panel: panel, options: ParadoxFigureOptions(size: kind.defaultSize(width: .mm(width))))
            #expect(f.kind == kind)
            let scene = f.chart.build(measurer: m)
            #expect(f.warnings.isEmpty, "\(kind) \(width) mm: \(f.warnings)")
            #expect(scene.warnings.isEmpty, "\(kind) \(width) mm: \(scene.warnings)")
            #expect(f.caption.contains("N = "), "\(kind): caption states N")
            #expect(f.caption.contains("Y\u{2212}1"), "\(kind): caption states the alignment")
            #expect(f.chart.caption == nil, "captions are returned, not drawn")
            #expect(abs(scene.size.width - Length.mm(width).points) < 1e-9)
        }
    }

    @Test func defaultSizes() {
        #expect(ParadoxFigureKind.paradoxScatter.defaultSize().width == .mm(85))
        #expect(ParadoxFigureKind.smallMultiples.defaultSize().width == .mm(175))
        #expect(ParadoxFigureKind.slopegraph.defaultSize().width == .mm(175))
        for k in ParadoxFigureKind.allCases { #expect(k.defaultSize(width: .mm(85)).height.points > 0) }
    }

    @Test func sameYearAlignmentIsStated() throws {
        let panel = try #require(Shared.panel)
        let f = try ParadoxFigureKind.paradoxScatter.make(panel: panel, options: ParadoxFigureOptions(edition: 2022, alignment: .sameYear))
        #expect(f.caption.contains("edition 2022 paired with WGI 2022"))
        #expect(f.chart.y.title?.plainText == "Control of Corruption (WGI, 2022)")
    }

    @Test func errorsSayWhatAndHowToFix() throws {
        let panel = try #require(Shared.panel)
        #expect(throws: FigureError.self) { try ParadoxFigureKind.paradoxScatter.make(panel: panel, options: ParadoxFigureOptions(edition: 2019)) }
        do {
            _ = try ParadoxFigureKind.trajectory.make(panel: panel, options: ParadoxFigureOptions(country: "KAX"))
            Issue.record("unknown country accepted")
        } catch {
            #expect(error.description.hasPrefix("country 'KAX' is not in the panel; did you mean"))
            #expect(error.description.contains("KAZ"))
        }
        for kind in [ParadoxFigureKind.trajectory, .paradoxIndex] {
            #expect(throws: FigureError.unsupportedOutcome(figure: kind, outcome: .cpi, allowed: GovernanceOutcome.wgiDimensions)) {
                try kind.make(panel: panel, options: ParadoxFigureOptions(outcome: .cpi))
            }
        }
        // CPI before 2012 is unavailable (never replaced by cpi_legacy).
        do {
            _ = try ParadoxFigureKind.paradoxScatter.make(panel: panel, options: ParadoxFigureOptions(edition: 2010, outcome: .cpi))
            Issue.record("cpi 2009 accepted")
        } catch {
            #expect(error.description.contains("cpi"))
        }
        #expect(throws: FigureError.self) { try ParadoxFigureKind.slopegraph.make(panel: panel, options: ParadoxFigureOptions(edition: 2008, baseEdition: 2024)) }
        #expect(throws: FigureError.self) { try ParadoxFigureKind.paradoxScatter.make(panel: panel, options: ParadoxFigureOptions(level: 1.5)) }
    }
}
