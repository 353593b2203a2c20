import Foundation
import Testing
import Plot
@testable import PlotCairo

@Suite struct CairoRendererTests {
    /// 85 mm and 70 mm in points, to cairo's printed precision (6 decimals).
    let expectedWidth = 85 / 25.4 * 72   // 240.944881889…
    let expectedHeight = 70 / 25.4 * 72  // 198.425196850…

    @Test func pdfMediaBoxIsTheExactPhysicalSize() throws {
        let pdf = try CairoRenderer(format: .pdf).render(TestScene.scene)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let text = String(decoding: pdf, as: UTF8.self)
        let box = try #require(TestSupport.numbers(after: "/MediaBox [", in: text, count: 4))
        #expect(box[0] == 0 && box[1] == 0)
        #expect(abs(box[2] - expectedWidth) < 1e-5)
        #expect(abs(box[3] - expectedHeight) < 1e-5)
        #expect(text.contains("/MediaBox [ 0 0 240.944882 198.425197 ]"))
    }

    @Test func pdfMetadataIsFixedAndDateless() throws {
        let pdf = try CairoRenderer(format: .pdf).render(TestScene.scene)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(!text.contains("/CreationDate"))
        #expect(!text.contains("/ModDate"))
        #expect(text.contains("/Creator (EGovParadox)"))
        #expect(text.contains("/Title (Test scene)"))
    }

    @Test func pdfFontsAreEmbeddedTrueTypeNeverType3() throws {
        guard let pdffonts = TestSupport.executable("pdffonts") else {
            Issue.record("pdffonts not found on PATH: install poppler-utils (apt-get install poppler-utils)")
            return
        }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("scene.pdf")
        try CairoRenderer(format: .pdf).write(TestScene.scene, to: url)
        let (status, output) = try TestSupport.run(pdffonts, [url.path])
        #expect(status == 0, "pdffonts failed: \(output)")
        // Header, dashes, then one line per font:
        // name type [type…] encoding emb sub uni object ID
        let fonts = output.split(separator: "\n").dropFirst(2)
        #expect(fonts.count >= 3, "expected regular, oblique and bold DejaVu Sans:\n\(output)")
        for line in fonts {
            #expect(!line.contains("Type 3"), "Type 3 font in PDF: \(line)")
            #expect(line.contains("TrueType"), "not a TrueType font: \(line)")
            #expect(line.contains("DejaVuSans"), "unexpected font substitution: \(line)")
            let columns = line.split(separator: " ")
            // emb, sub, uni are the 5th-, 4th- and 3rd-from-last columns.
            #expect(columns.count >= 6 && columns[columns.count - 5] == "yes", "font not embedded: \(line)")
        }
    }

    @Test func svgSizeIsInPointsWithCairoPrecision() throws {
        let svg = String(decoding: try CairoRenderer(format: .svg).render(TestScene.scene), as: UTF8.self)
        let w = try #require(TestSupport.numbers(after: "width=\"", in: svg, count: 1))
        let h = try #require(TestSupport.numbers(after: "height=\"", in: svg, count: 1))
        #expect(abs(w[0] - expectedWidth) < 1e-5)
        #expect(abs(h[0] - expectedHeight) < 1e-5)
        #expect(svg.contains("width=\"240.944882pt\" height=\"198.425197pt\""))
        #expect(svg.contains("viewBox=\"0 0 240.944882 198.425197\""))
    }

    @Test(arguments: [72.0, 150.0, 300.0])
    func pngPixelSizeAndDensityFollowTheResolution(dpi: Double) throws {
        let png = try CairoRenderer(format: .png(dpi: dpi)).render(TestScene.scene)
        #expect(png.starts(with: PNGResolution.signature))
        // IHDR data starts at byte 16: width, height (big-endian).
        #expect(Double(TestSupport.uint32(png, at: 16)) == (expectedWidth / 72 * dpi).rounded())
        #expect(Double(TestSupport.uint32(png, at: 20)) == (expectedHeight / 72 * dpi).rounded())
        // After IHDR (offset 33): egov's signature (tEXt "Software" = "EGovParadox", 12 + 20 bytes),
        // then pHYs (offset 65): length 9, type, x and y pixels per metre, unit 1 — before any IDAT.
        #expect(png[png.startIndex + 37 ..< png.startIndex + 41].elementsEqual(Array("tEXt".utf8)))
        #expect(TestSupport.uint32(png, at: 65) == 9)
        #expect(png[png.startIndex + 69 ..< png.startIndex + 73].elementsEqual(Array("pHYs".utf8)))
        #expect(TestSupport.uint32(png, at: 73) == UInt32((dpi / 0.0254).rounded()))
        #expect(TestSupport.uint32(png, at: 77) == UInt32((dpi / 0.0254).rounded()))
        #expect(png[png.startIndex + 81] == 1)
    }

    @Test func pngAt300DpiHasTheDocumentedPixelSize() throws {
        // 85 mm × 70 mm at 300 dpi: 85 / 25.4 × 300 = 1003.94 -> 1004, 70 / 25.4 × 300 = 826.77 -> 827.
        let png = try CairoRenderer(format: .png()).render(TestScene.scene)
        #expect(TestSupport.uint32(png, at: 16) == 1004)
        #expect(TestSupport.uint32(png, at: 20) == 827)
    }

    @Test(arguments: [CairoRenderer.Format.pdf, .svg, .png(dpi: 150)])
    func renderingTwiceInOneProcessGivesIdenticalBytes(format: CairoRenderer.Format) throws {
        let renderer = try CairoRenderer(format: format)
        let first = try renderer.render(TestScene.scene)
        // Advance cairo's process-global counters (surface ids) in between.
        for other in [CairoRenderer.Format.svg, .pdf, .png(dpi: 72)] {
            _ = try CairoRenderer(format: other).render(TestScene.scene)
        }
        let second = try renderer.render(TestScene.scene)
        #expect(first == second)
    }

    /// Renders the test scene in a second process (this test binary, filtered
    /// to this test, with an environment variable that makes it write its
    /// renders and exit) and compares bytes: catches anything that depends on
    /// addresses, time or process-global state. Linux only: on macOS the
    /// tests run inside xctest, which cannot be re-launched this way.
    @Test(.enabled(if: TestSupport.canRelaunchTestBinary))
    func renderingInAnotherProcessGivesIdenticalBytes() throws {
        let formats: [(CairoRenderer.Format, String)] = [(.pdf, "pdf"), (.svg, "svg"), (.png(dpi: 150), "png")]
        if let childFolder = ProcessInfo.processInfo.environment[TestSupport.childOutputVariable] {
            for (format, ext) in formats {
                try CairoRenderer(format: format).write(TestScene.scene,
                                                        to: URL(fileURLWithPath: childFolder).appendingPathComponent("scene.\(ext)"))
            }
            return
        }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, output) = try TestSupport.runSelf(filter: "renderingInAnotherProcessGivesIdenticalBytes",
                                                       environment: [TestSupport.childOutputVariable: folder.path])
        try #require(status == 0, "child process failed:\n\(output)")
        for (format, ext) in formats {
            let child = try Data(contentsOf: folder.appendingPathComponent("scene.\(ext)"))
            #expect(child == (try CairoRenderer(format: format).render(TestScene.scene)), "\(ext) differs between processes")
        }
    }

    @Test func svgPageGroupIdIsRenumbered() throws {
        let svg = String(decoding: try CairoRenderer(format: .svg).render(TestScene.scene), as: UTF8.self)
        #expect(svg.contains("id=\"surface1\""))
        #expect(!svg.contains("id=\"surface0\""))
    }

    @Test func transparentBackgroundGivesRGBAOpaqueGivesRGB() throws {
        var scene = TestScene.scene
        // IHDR colour type at byte 25: 2 = RGB, 6 = RGBA.
        let opaque = try CairoRenderer(format: .png(dpi: 72)).render(scene)
        #expect(opaque[opaque.startIndex + 25] == 2)
        scene.background = nil
        let transparent = try CairoRenderer(format: .png(dpi: 72)).render(scene)
        #expect(transparent[transparent.startIndex + 25] == 6)
    }

    @Test func rightAlignedTextInkEndsAtTheAnchorInPixels() throws {
        let measurer = try PangoTextMeasurer.shared()
        let item = TextItem("Türkiye", style: TextStyle(size: 20), at: Point(x: 150, y: 60),
                            horizontal: .right, vertical: .baseline)
        let boxes = try #require(measurer.boxes(for: item))
        // The logical box ends exactly at the anchor and sits on the baseline.
        #expect(abs(boxes.logical.maxX - 150) < 1e-9)
        let ink = try inkBounds(of: Scene(size: Size(width: 200, height: 100), items: [.text(item)]), dpi: 288)
        // 288 dpi = 4 px per point. cairo 1.16's image backend puts glyph
        // origins on whole pixels (≤ 0.5 px) and antialiasing adds < 1 px of
        // fringe, so pixel and outline boxes agree to 1.5 px = 0.375 pt.
        let tolerance = 0.375
        #expect(abs(ink.maxX - boxes.ink.maxX) <= tolerance, "pixel ink ends at \(ink.maxX), Pango ink at \(boxes.ink.maxX)")
        #expect(abs(ink.minX - boxes.ink.minX) <= tolerance)
        #expect(abs(ink.minY - boxes.ink.minY) <= tolerance)
        #expect(abs(ink.maxY - boxes.ink.maxY) <= tolerance)
        #expect(ink.maxX <= 150 + tolerance, "right-aligned text must not cross its anchor")
    }

    @Test func rotatedTextReadsUpwardsFromItsAnchor() throws {
        let measurer = try PangoTextMeasurer.shared()
        let item = TextItem("Control of Corruption", style: TextStyle(size: 12), at: Point(x: 40, y: 180),
                            horizontal: .left, vertical: .baseline, rotation: 90)
        let boxes = try #require(measurer.boxes(for: item))
        let ink = try inkBounds(of: Scene(size: Size(width: 100, height: 200), items: [.text(item)]), dpi: 288)
        // Rotating by 90° counter-clockwise about the anchor maps the text
        // frame (u along the text, v down) to the page as x = x0 + v, y = y0 − u.
        let u0 = boxes.ink.minX - item.position.x, u1 = boxes.ink.maxX - item.position.x
        let v0 = boxes.ink.minY - item.position.y, v1 = boxes.ink.maxY - item.position.y
        let tolerance = 0.375 // 1.5 px at 288 dpi, see rightAlignedTextInkEndsAtTheAnchorInPixels
        #expect(abs(ink.minX - (40 + v0)) <= tolerance)
        #expect(abs(ink.maxX - (40 + v1)) <= tolerance)
        #expect(abs(ink.minY - (180 - u1)) <= tolerance)
        #expect(abs(ink.maxY - (180 - u0)) <= tolerance)
        // Baseline on the anchor: glyphs lie left of x = 40 (ascenders), descenders cross it.
        #expect(ink.minX < 40 - 8)
    }

    @Test func clipRectangleLimitsAGroup() throws {
        let scene = Scene(size: Size(width: 100, height: 100), items: [
            .group(role: "panel", clip: Rect(x: 20, y: 30, width: 40, height: 20), children: [
                .path(.rect(Rect(x: 0, y: 0, width: 100, height: 100)), fill: .black, stroke: nil),
            ]),
        ])
        let ink = try inkBounds(of: scene, dpi: 72)
        #expect(ink == Rect(x: 20, y: 30, width: 40, height: 20))
    }

    @Test func invalidInputsThrowTypedErrors() throws {
        let renderer = try CairoRenderer(format: .png(dpi: 300))
        #expect(throws: RenderError.invalidSize(width: 0, height: 10)) {
            try renderer.render(Scene(size: Size(width: 0, height: 10)))
        }
        #expect(throws: RenderError.invalidResolution(dpi: -1)) {
            try CairoRenderer(format: .png(dpi: -1), textMeasurer: renderer.textMeasurer)
                .render(Scene(size: Size(width: 10, height: 10)))
        }
        #expect(throws: RenderError.imageTooLarge(widthPixels: 41667, heightPixels: 15)) {
            try CairoRenderer(format: .png(dpi: 3000), textMeasurer: renderer.textMeasurer)
                .render(Scene(size: Size(width: 1000, height: 0.36)))
        }
    }

    @Test func formatFromFileExtension() {
        #expect(CairoRenderer.Format(fileExtension: "PDF") == .pdf)
        #expect(CairoRenderer.Format(fileExtension: "svg") == .svg)
        #expect(CairoRenderer.Format(fileExtension: "png", dpi: 150) == .png(dpi: 150))
        #expect(CairoRenderer.Format(fileExtension: "jpg") == nil)
        #expect(CairoRenderer.Format.png().fileExtension == "png")
    }

    @Test func writeReplacesTheFileAtomically() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("figure.svg")
        try Data("old".utf8).write(to: url)
        let renderer = try CairoRenderer(format: .svg)
        try renderer.write(TestScene.scene, to: url)
        #expect(try Data(contentsOf: url) == renderer.render(TestScene.scene))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["figure.svg"])
    }

    /// The bounding box, in points, of pixels that are not the white background.
    private func inkBounds(of scene: Scene, dpi: Double) throws -> Rect {
        let surface = try CairoRenderer(format: .png(dpi: dpi)).rasterize(scene, dpi: dpi)
        let image = try #require(surface.pixels())
        var (minX, minY, maxX, maxY) = (Int.max, Int.max, Int.min, Int.min)
        for y in 0..<image.height {
            for x in 0..<image.width where image.argb[y * image.width + x] & 0xFF_FFFF != 0xFF_FFFF {
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        try #require(minX <= maxX, "nothing was drawn")
        let k = 72 / dpi
        return Rect(x: Double(minX) * k, y: Double(minY) * k,
                    width: Double(maxX + 1 - minX) * k, height: Double(maxY + 1 - minY) * k)
    }
}
