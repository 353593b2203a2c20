import Foundation

/// Adds a pHYs chunk (physical pixel density) to a PNG, which cairo does not
/// write, so that viewers and LaTeX/Word place the image at its true size.
///
/// PNG specification (ISO/IEC 15948, §11.3.5.3): pHYs holds pixels per unit
/// for x and y as 4-byte big-endian integers and a unit byte (1 = metre); it
/// must come before the first IDAT. We insert it directly after IHDR, which
/// is always the first chunk. Pixels per metre = round(dpi / 0.0254).
enum PNGResolution {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func pixelsPerMetre(dpi: Double) -> UInt32 {
        let v = (dpi / 0.0254).rounded()
        return v >= Double(UInt32.max) ? UInt32.max : UInt32(max(v, 0))
    }

    static func insertingPhysicalChunk(into png: Data, dpi: Double) throws(RenderError) -> Data {
        let bytes = [UInt8](png)
        // signature (8) + IHDR length (4) + "IHDR" (4) + 13 data bytes + CRC (4)
        let ihdrEnd = 8 + 4 + 4 + 13 + 4
        guard bytes.count > ihdrEnd, Array(bytes[0..<8]) == signature,
              Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw .cairo(operation: "adding the pHYs chunk", status: "cairo's PNG does not start with a signature and IHDR")
        }
        let ppm = pixelsPerMetre(dpi: dpi)
        var chunkBody = Array("pHYs".utf8)
        chunkBody += bigEndian(ppm) + bigEndian(ppm) + [1]
        var chunk = bigEndian(9) + chunkBody
        chunk += bigEndian(crc32(chunkBody))
        var out = Data(capacity: bytes.count + chunk.count)
        out.append(contentsOf: bytes[0..<ihdrEnd])
        out.append(contentsOf: chunk)
        out.append(contentsOf: bytes[ihdrEnd...])
        return out
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    /// CRC-32 as the PNG specification defines it (Annex D: polynomial
    /// 0xEDB88320 reflected, initial value and final XOR 0xFFFFFFFF).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }
}
