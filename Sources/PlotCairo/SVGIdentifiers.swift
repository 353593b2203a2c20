import Foundation

/// Makes cairo's SVG ids independent of what the process drew before.
///
/// cairo 1.16 names the page group and other surfaces `surfaceN` after a
/// process-global surface counter, so the second render of a scene in one
/// process would differ from the first. Glyph (`glyphF-G`), clip (`clipN`),
/// mask and pattern ids are numbered per document and are already stable.
/// We renumber every `surfaceN` token in order of first appearance
/// (surface1, surface2, …). cairo writes text as glyph outlines, never as
/// characters, so the token cannot occur in user-supplied content.
enum SVGIdentifiers {
    static func normalized(_ svg: Data) -> Data {
        let bytes = [UInt8](svg)
        let prefix = Array("surface".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var mapping: [ArraySlice<UInt8>: Int] = [:]
        var i = 0
        while i < bytes.count {
            if bytes[i] == prefix[0], i + prefix.count < bytes.count,
               bytes[i..<(i + prefix.count)].elementsEqual(prefix),
               i == 0 || !isWordByte(bytes[i - 1]) {
                var j = i + prefix.count
                while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
                if j > i + prefix.count, j == bytes.count || !isWordByte(bytes[j]) {
                    let digits = bytes[(i + prefix.count)..<j]
                    let n: Int
                    if let known = mapping[digits] { n = known } else { n = mapping.count + 1; mapping[digits] = n }
                    out += prefix
                    out += Array(String(n).utf8)
                    i = j
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return Data(out)
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
    }
}
