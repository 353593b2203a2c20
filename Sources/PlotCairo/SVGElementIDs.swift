import Foundation
import Plot

/// Element ids in SVG output for scene groups whose role is `#<id>` (a map's
/// `#country-RUS`), so that a web page or a test can find each country.
///
/// cairo 1.16's SVG surface ignores tags, but a group drawn with
/// `cairo_push_group` … `cairo_pop_group_to_source` + `cairo_paint` is written
/// as `<g id="surfaceN">…</g>` in `<defs>` and referenced by one
/// `<use xlink:href="#surfaceN"/>` where it is painted, in drawing order. The
/// renderer isolates exactly the identified groups that way (SVG only), and
/// `assign` renames the k-th used surface to the k-th identifier, in both the
/// `<g id>` and the `<use>` reference. cairo drops a group painted entirely
/// outside the clip: then the counts differ and `assign` throws rather than
/// shift every later id onto the wrong country.
enum SVGElementIDs {
    /// The id a group role asks for: `#country-RUS` → `country-RUS`; nil for
    /// ordinary roles and for ids with characters outside `[A-Za-z0-9_.-]`.
    static func identifier(ofRole role: String) -> String? {
        guard role.hasPrefix("#"), role.count > 1 else { return nil }
        let id = role.dropFirst()
        guard let first = id.unicodeScalars.first, CharacterSet.letters.contains(first),
              id.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "_.-".unicodeScalars.contains($0)) })
        else { return nil }
        return String(id)
    }

    /// The identifiers of `scene`'s identified groups in drawing order (depth first, as the renderer draws).
    static func identifiers(in scene: Scene) -> [String] {
        var out: [String] = []
        func visit(_ p: Primitive) {
            guard case let .group(role, _, children) = p else { return }
            if let id = identifier(ofRole: role) { out.append(id) }
            for c in children { visit(c) }
        }
        for item in scene.items { visit(item) }
        return out
    }

    /// Renames the used surfaces of `svg` to `ids`, throwing when their numbers differ.
    static func assign(_ ids: [String], to svg: Data) throws(RenderError) -> Data {
        var text = String(decoding: svg, as: UTF8.self)
        let usePrefix = "<use xlink:href=\"#surface"
        var used: [String] = []
        var search = text.startIndex
        while let r = text.range(of: usePrefix, range: search..<text.endIndex) {
            var j = r.upperBound
            while j < text.endIndex, text[j].isASCII, text[j].isNumber { j = text.index(after: j) }
            if j > r.upperBound, j < text.endIndex, text[j] == "\"" {
                used.append("surface" + text[r.upperBound..<j])
            }
            search = j
        }
        guard used.count == ids.count else { throw .svgElementMismatch(expected: ids.count, found: used.count) }
        guard !ids.isEmpty else { return svg }
        let mapping = Dictionary(zip(used, ids), uniquingKeysWith: { a, _ in a })
        guard mapping.count == used.count else { throw .svgElementMismatch(expected: ids.count, found: mapping.count) }
        // One pass over the text, replacing only whole attribute values.
        var out = ""
        out.reserveCapacity(text.utf8.count + ids.count * 8)
        var i = text.startIndex
        let markers = ["id=\"", "href=\"#"]
        while i < text.endIndex {
            var replaced = false
            for marker in markers where text[i...].hasPrefix(marker) {
                let valueStart = text.index(i, offsetBy: marker.count)
                guard let close = text[valueStart...].firstIndex(of: "\"") else { continue }
                let value = String(text[valueStart..<close])
                if let id = mapping[value] {
                    out += marker + id + "\""
                    i = text.index(after: close)
                    replaced = true
                }
                break
            }
            if !replaced { out.append(text[i]); i = text.index(after: i) }
        }
        text = out
        return Data(text.utf8)
    }
}
