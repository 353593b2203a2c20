// A stable text form of a scene for golden tests and diffs.

extension Scene {
    /// One line per primitive, numbers rounded to 3 decimals, children of a
    /// group indented by two spaces. Paths: `path fill=#RRGGBB[AA] stroke=#RRGGBB[AA]/w[/dash] M x,y L x,y C … Z`;
    /// text: `text "…" family size weight slant #colour at x,y align h/v rot r`
    /// with rich runs written as *italic*, **bold**, ^sup^, _sub_.
    public func dump() -> String {
        var lines: [String] = []
        lines.append("scene \(SceneDump.num(size.width))x\(SceneDump.num(size.height)) background=\(background.map(SceneDump.hex) ?? "none") title=\"\(title)\"")
        for w in warnings { lines.append("warning \(w)") }
        for item in items { SceneDump.append(item, indent: 0, to: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }
}

enum SceneDump {
    static func num(_ x: Double) -> String { DecimalText.trimmed(x, decimals: 3) }
    static func pt(_ p: Point) -> String { num(p.x) + "," + num(p.y) }
    static func hex(_ c: Color) -> String {
        func h(_ v: Double) -> String {
            let n = Int((min(max(v, 0), 1) * 255).rounded())
            let digits = Array("0123456789ABCDEF")
            return String(digits[n / 16]) + String(digits[n % 16])
        }
        return "#" + h(c.red) + h(c.green) + h(c.blue) + (c.alpha < 1 ? h(c.alpha) : "")
    }
    static func rich(_ t: RichText) -> String {
        t.runs.map { r in
            var s = r.text
            if r.italic { s = "*" + s + "*" }
            if r.bold { s = "**" + s + "**" }
            switch r.shift {
            case .superscript: s = "^" + s + "^"
            case .subscript: s = "_" + s + "_"
            case .normal: break
            }
            return s
        }.joined()
    }
    static func append(_ p: Primitive, indent: Int, to lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        switch p {
        case .group(let role, let clip, let children):
            lines.append(pad + "group \(role)" + (clip.map { " clip=\(num($0.minX)),\(num($0.minY)),\(num($0.width)),\(num($0.height))" } ?? ""))
            for c in children { append(c, indent: indent + 2, to: &lines) }
        case .path(let path, let fill, let stroke):
            var s = pad + "path"
            if let f = fill { s += " fill=" + hex(f) }
            if let st = stroke {
                s += " stroke=" + hex(st.color) + "/" + num(st.width)
                if !st.dash.isEmpty { s += "/" + st.dash.map(num).joined(separator: "-") }
            }
            for e in path.elements {
                switch e {
                case .move(let q): s += " M " + pt(q)
                case .line(let q): s += " L " + pt(q)
                case .curve(let c1, let c2, let end): s += " C " + pt(c1) + " " + pt(c2) + " " + pt(end)
                case .close: s += " Z"
                }
            }
            lines.append(s)
        case .text(let t):
            let st = t.style
            lines.append(pad + "text \"\(rich(t.text))\" \(st.family) \(num(st.size)) \(st.weight.rawValue) \(st.slant.rawValue) \(hex(st.color)) at \(pt(t.position)) align \(t.horizontal.rawValue)/\(t.vertical.rawValue)" + (t.rotation != 0 ? " rot \(num(t.rotation))" : ""))
        }
    }
}
