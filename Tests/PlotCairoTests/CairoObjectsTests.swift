import Foundation
import Testing
@testable import PlotCairo

@Suite struct CairoObjectsTests {
    @Test func invalidImageSizeIsATypedErrorWithCairosMessage() {
        #expect {
            _ = try CairoSurface.image(format: .init(0), width: -5, height: 10)
        } throws: { error in
            guard case let RenderError.cairo(operation, status)? = error as? RenderError else { return false }
            // cairo_status_to_string(CAIRO_STATUS_INVALID_SIZE)
            return operation.contains("image surface") && status.contains("invalid value")
        }
    }

    @Test func vectorSurfacesStreamIntoMemory() throws {
        let surface = try CairoSurface.pdf(width: 100, height: 50)
        _ = try CairoContext(surface)
        try surface.finish()
        let data = try #require(surface.sink?.data)
        #expect(data.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: data.suffix(6), as: UTF8.self).contains("%%EOF"))
    }

    @Test func rasterPixelsHaveTheSurfaceSize() throws {
        let surface = try CairoSurface.image(format: .init(1), width: 3, height: 2)
        let pixels = try #require(surface.pixels())
        #expect(pixels.width == 3 && pixels.height == 2 && pixels.argb.count == 6)
    }
}
