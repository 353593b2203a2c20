import Foundation
import Testing
@testable import PlotCairo

@Suite struct PNGResolutionTests {
    @Test func crcMatchesThePNGSpecification() {
        // Every PNG ends with an empty IEND chunk whose CRC is AE 42 60 82
        // (ISO/IEC 15948 Annex D; visible in any PNG file).
        #expect(PNGResolution.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        // CRC-32 check value for "123456789" (the standard catalogue value of CRC-32/ISO-HDLC).
        #expect(PNGResolution.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func pixelsPerMetre() {
        // 300 / 0.0254 = 11811.02…, 72 / 0.0254 = 2834.65…
        #expect(PNGResolution.pixelsPerMetre(dpi: 300) == 11811)
        #expect(PNGResolution.pixelsPerMetre(dpi: 72) == 2835)
    }

    @Test func chunkIsInsertedAfterIHDRWithItsCRC() throws {
        // The renderer signs the PNG after pHYs went in (OutputSignature: a 32-byte tEXt chunk right
        // after IHDR), so pHYs follows at offset 65.
        let png = try CairoRenderer(format: .png(dpi: 150)).render(TestScene.scene)
        let body = [UInt8](png[png.startIndex + 69 ..< png.startIndex + 82])
        #expect(TestSupport.uint32(png, at: 82) == PNGResolution.crc32(body))
        // Removing the 32 signature bytes and the 21 pHYs bytes gives cairo's own PNG back.
        let raw = try CairoRenderer(format: .png(dpi: 150)).rasterize(TestScene.scene, dpi: 150).pngData()
        var stripped = png
        stripped.removeSubrange(png.startIndex + 33 ..< png.startIndex + 86)
        #expect(stripped == raw)
    }

    @Test func rejectsSomethingThatIsNotAPNG() {
        #expect(throws: RenderError.self) {
            try PNGResolution.insertingPhysicalChunk(into: Data("%PDF-1.5 not a png at all, really".utf8), dpi: 300)
        }
    }
}
