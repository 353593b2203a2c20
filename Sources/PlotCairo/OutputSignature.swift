import Foundation

/// The mark EGovParadox leaves in every figure it writes, so that rerunning
/// a plot may replace its own earlier output without `--force` while a file
/// from anywhere else still needs it.
///
/// - PDF: the document information entry `/Creator (EGovParadox)` (set with
///   `cairo_pdf_surface_set_metadata`, cairo ≥ 1.16).
/// - SVG: the comment `<!-- Generator: EGovParadox -->` right after the XML
///   declaration (cairo's SVG surface has no metadata API).
/// - PNG: a `tEXt` chunk with keyword `Software` and text `EGovParadox`
///   (PNG specification §11.3.4.3), after IHDR.
///
/// No date or version goes in: the same scene still gives the same bytes.
public enum OutputSignature {
    /// The text every signature carries.
    public static let name = "EGovParadox"
    static let svgComment = "<!-- Generator: \(name) -->"
    static let pdfCreator = "/Creator (\(name))"

    /// `svg` with the comment inserted after its XML declaration (or at the start).
    static func signingSVG(_ svg: Data) -> Data {
        let bytes = [UInt8](svg)
        let comment = Array((svgComment + "\n").utf8)
        var cut = 0
        if bytes.starts(with: Array("<?xml".utf8)), let nl = bytes.firstIndex(of: 0x0A) { cut = nl + 1 }
        return Data(bytes[0..<cut] + comment + bytes[cut...])
    }

    /// `png` with a tEXt chunk "Software" = "EGovParadox" after IHDR.
    static func signingPNG(_ png: Data) -> Data {
        let bytes = [UInt8](png)
        let ihdrEnd = 8 + 4 + 4 + 13 + 4
        guard bytes.count > ihdrEnd, Array(bytes[0..<8]) == PNGResolution.signature else { return png }
        let body = Array("tEXt".utf8) + Array("Software".utf8) + [0] + Array(name.utf8)
        let chunk = PNGResolution.bigEndian(UInt32(body.count - 4)) + body + PNGResolution.bigEndian(PNGResolution.crc32(body))
        return Data(bytes[0..<ihdrEnd] + chunk + bytes[ihdrEnd...])
    }

    /// True when the file at `url` carries this tool's signature (by its
    /// content, whatever its extension); false for a missing, unreadable or foreign file.
    public static func isOwnOutput(at url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return false }
        return isOwnOutput(data)
    }

    /// True when `data` is a PDF, SVG or PNG this tool wrote.
    public static func isOwnOutput(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        if bytes.starts(with: PNGResolution.signature) {
            return pngHasSignature(bytes)
        }
        if bytes.starts(with: Array("%PDF-".utf8)) {
            // cairo writes the information dictionary near the end of the file.
            return contains(bytes[...], Array(pdfCreator.utf8))
        }
        if bytes.starts(with: Array("<?xml".utf8)) || bytes.starts(with: Array("<svg".utf8)) {
            return contains(bytes.prefix(256), Array(svgComment.utf8))
        }
        return false
    }

    static func pngHasSignature(_ bytes: [UInt8]) -> Bool {
        let want = Array("Software".utf8) + [0] + Array(name.utf8)
        var i = 8
        while i + 8 <= bytes.count {
            let length = Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            let type = Array(bytes[(i + 4)..<(i + 8)])
            guard length >= 0, i + 12 + length <= bytes.count else { return false }
            if type == Array("tEXt".utf8), Array(bytes[(i + 8)..<(i + 8 + length)]) == want { return true }
            if type == Array("IDAT".utf8) || type == Array("IEND".utf8) { return false }
            i += 12 + length
        }
        return false
    }

    static func contains(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        let h = Array(hay)
        guard !needle.isEmpty, h.count >= needle.count else { return false }
        for start in 0...(h.count - needle.count) where h[start] == needle[0] {
            if Array(h[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
