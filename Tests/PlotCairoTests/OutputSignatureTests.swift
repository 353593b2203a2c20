import Foundation
import Testing
import Plot
@testable import PlotCairo

@Suite struct OutputSignatureTests {
    @Test(arguments: ["pdf", "svg", "png"])
    func everyFormatIsSignedAndDeterministic(ext: String) throws {
        let format = try #require(CairoRenderer.Format(fileExtension: ext, dpi: 72))
        let a = try CairoRenderer(format: format).render(TestScene.scene)
        let b = try CairoRenderer(format: format).render(TestScene.scene)
        #expect(a == b)
        #expect(OutputSignature.isOwnOutput(a))
    }

    @Test func svgCommentFollowsTheDeclarationAndPNGChunkIsValid() throws {
        let svg = String(decoding: try CairoRenderer(format: .svg).render(TestScene.scene), as: UTF8.self)
        let lines = svg.split(separator: "\n", maxSplits: 2)
        #expect(lines[0].hasPrefix("<?xml"))
        #expect(lines[1] == "<!-- Generator: EGovParadox -->")
        // The PNG's tEXt chunk comes right after IHDR, with a valid CRC.
        let png = [UInt8](try CairoRenderer(format: .png(dpi: 72)).render(TestScene.scene))
        let start = 8 + 25   // after IHDR
        #expect(Array(png[(start + 4)..<(start + 8)]) == Array("tEXt".utf8))
        let length = Int(png[start]) << 24 | Int(png[start + 1]) << 16 | Int(png[start + 2]) << 8 | Int(png[start + 3])
        let body = Array(png[(start + 4)..<(start + 8 + length)])
        let crc = Array(png[(start + 8 + length)..<(start + 12 + length)])
        #expect(crc == PNGResolution.bigEndian(PNGResolution.crc32(body)))
    }

    @Test func foreignFilesAreNotOurs() {
        #expect(!OutputSignature.isOwnOutput(Data("mine".utf8)))
        #expect(!OutputSignature.isOwnOutput(Data("%PDF-1.5\n/Creator (R)\n%%EOF".utf8)))
        #expect(!OutputSignature.isOwnOutput(Data("<?xml version=\"1.0\"?>\n<svg></svg>".utf8)))
        // A minimal PNG signed, then its keyword altered.
        let foreign = OutputSignature.signingPNG(Data(PNGResolution.signature + [0, 0, 0, 13] + Array("IHDR".utf8) + Array(repeating: 0, count: 17)
                                                         + [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]))
        #expect(OutputSignature.isOwnOutput(foreign))
        var tampered = [UInt8](foreign)
        tampered[8 + 25 + 8] = UInt8(ascii: "X")   // "Xoftware"
        #expect(!OutputSignature.isOwnOutput(Data(tampered)))
        #expect(!OutputSignature.isOwnOutput(at: URL(fileURLWithPath: "/nonexistent/egov.pdf")))
    }
}
