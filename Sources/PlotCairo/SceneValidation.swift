import Plot

/// Rejects scenes cairo would silently mis-draw or put into an error state
/// (NaN coordinates, negative widths, dash patterns of zeros), naming the
/// offending item so the chart build can be fixed.
enum SceneValidation {
    static func validate(_ scene: Scene) throws(RenderError) {
        if let bg = scene.background { try check(bg, "background") }
        for (i, item) in scene.items.enumerated() { try check(item, "items[\(i)]") }
    }

    private static func check(_ primitive: Primitive, _ loc: String) throws(RenderError) {
        switch primitive {
        case let .path(path, fill, stroke):
            for (j, e) in path.elements.enumerated() {
                let points: [Point]
                switch e {
                case let .move(p), let .line(p): points = [p]
                case let .curve(c1, c2, end): points = [c1, c2, end]
                case .close: points = []
                }
                for p in points where !(p.x.isFinite && p.y.isFinite) {
                    throw .invalidValue(location: "\(loc) path element \(j)", detail: "point (\(p.x), \(p.y)) is not finite")
                }
            }
            if let fill { try check(fill, "\(loc) fill") }
            if let stroke {
                try check(stroke.color, "\(loc) stroke")
                guard stroke.width.isFinite, stroke.width >= 0 else {
                    throw .invalidValue(location: "\(loc) stroke", detail: "width \(stroke.width) must be finite and ≥ 0")
                }
                if !stroke.dash.isEmpty {
                    guard stroke.dash.allSatisfy({ $0.isFinite && $0 >= 0 }), stroke.dash.contains(where: { $0 > 0 }) else {
                        throw .invalidValue(location: "\(loc) stroke",
                                            detail: "dash \(stroke.dash) needs finite lengths ≥ 0, not all zero (use [] for solid)")
                    }
                }
            }
        case let .text(item):
            let p = item.position
            guard p.x.isFinite, p.y.isFinite, item.rotation.isFinite else {
                throw .invalidValue(location: "\(loc) text \"\(item.text.plainText)\"",
                                    detail: "position (\(p.x), \(p.y)) or rotation \(item.rotation) is not finite")
            }
            guard item.style.size.isFinite, item.style.size > 0 else {
                throw .invalidValue(location: "\(loc) text \"\(item.text.plainText)\"",
                                    detail: "font size \(item.style.size) must be positive")
            }
            try check(item.style.color, "\(loc) text colour")
        case let .group(role, clip, children):
            if let c = clip, !(c.minX.isFinite && c.minY.isFinite && c.width.isFinite && c.height.isFinite) {
                throw .invalidValue(location: "\(loc) group \"\(role)\"", detail: "clip rectangle \(c) is not finite")
            }
            for (j, child) in children.enumerated() { try check(child, "\(loc) group \"\(role)\" children[\(j)]") }
        }
    }

    private static func check(_ c: Color, _ loc: String) throws(RenderError) {
        guard [c.red, c.green, c.blue, c.alpha].allSatisfy(\.isFinite) else {
            throw .invalidValue(location: loc, detail: "colour components must be finite numbers in [0, 1]")
        }
    }
}
