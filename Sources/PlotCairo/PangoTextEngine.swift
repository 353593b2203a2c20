import CCairo
import Foundation
import Plot

/// The one Pango font map and context through which all text is both measured
/// and drawn, so that `PangoTextMeasurer` and `CairoRenderer` agree to the
/// Pango unit (1/1024 pt).
///
/// Layout happens in user space with an identity matrix: font sizes are
/// absolute sizes in points, hinting is off and metrics are unhinted, glyph
/// positions are not rounded, the language is fixed to English. The result
/// therefore depends neither on the output format nor on the PNG resolution
/// nor on the locale; cairo rasterises the same glyph positions at whatever
/// device scale the target has.
///
/// Pango font maps and contexts are not thread-safe, so every use goes
/// through `lock`.
final class PangoTextEngine: @unchecked Sendable {
    private let lock = NSLock()
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    private let fontOptions: CairoFontOptions

    init() throws(RenderError) {
        let options = try CairoFontOptions()
        guard let map = pango_cairo_font_map_new() else { throw .pango(operation: "creating a font map") }
        guard let ctx = pango_font_map_create_context(map) else {
            g_object_unref(map)
            throw .pango(operation: "creating a Pango context")
        }
        pango_cairo_context_set_font_options(ctx, options.pointer)
        // Absolute font sizes make the resolution irrelevant; 72 keeps any
        // point-based quantity equal to user-space units anyway.
        pango_cairo_context_set_resolution(ctx, 72)
        pango_context_set_round_glyph_positions(ctx, 0)
        pango_context_set_language(ctx, pango_language_from_string("en"))
        pango_context_set_base_dir(ctx, PANGO_DIRECTION_LTR)
        self.fontMap = map
        self.context = ctx
        self.fontOptions = options
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(fontMap)
    }

    /// Lays out `text` and hands the layout to `body` while holding the lock
    /// (the layout must not escape `body`). Nil when Pango returned no layout.
    func withLayout<T>(_ text: RichText, style: TextStyle, horizontal: HorizontalAlignment = .left,
                       _ body: (PangoTextLayout) -> T) -> T? {
        lock.lock()
        defer { lock.unlock() }
        guard let layout = PangoTextLayout(context: context, text: text, style: style, horizontal: horizontal) else {
            return nil
        }
        return body(layout)
    }
}

/// Owner of a `PangoLayout` for one piece of rich text, with its extents.
final class PangoTextLayout {
    /// Script size relative to the base size, and baseline shifts in ems of the
    /// base size (close to LaTeX's defaults for 10 pt: \scriptstyle is 70 %,
    /// superscripts raised ≈ 0.36 em, subscripts lowered ≈ 0.15 em).
    static let scriptScale = 0.7
    static let superscriptRise = 0.36
    static let subscriptDrop = 0.15

    let pointer: OpaquePointer
    /// Logical (line box) rectangle in Pango units, origin at the layout's top-left.
    let logical: PangoRectangle
    /// Ink rectangle in Pango units.
    let ink: PangoRectangle
    /// First baseline from the top of the layout, in Pango units.
    let baseline: Int32

    init?(context: OpaquePointer, text: RichText, style: TextStyle, horizontal: HorizontalAlignment) {
        guard let desc = pango_font_description_new() else { return nil }
        guard let layout = pango_layout_new(context) else {
            pango_font_description_free(desc)
            return nil
        }
        pointer = layout

        pango_font_description_set_family(desc, style.family)
        pango_font_description_set_absolute_size(desc, Double(Self.pangoUnits(style.size)))
        pango_font_description_set_weight(desc, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(desc, style.slant == .italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, desc)
        pango_font_description_free(desc)

        switch horizontal {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }

        // Plain text plus an attribute list (no markup, so &, < and > need no
        // escaping). Attribute ranges are UTF-8 byte offsets.
        var utf8: [UInt8] = []
        let attrs = pango_attr_list_new()
        for run in text.runs {
            // NUL would end the C string early; it has no visible form anyway.
            let bytes = Array(run.text.utf8).filter { $0 != 0 }
            let start = UInt32(utf8.count)
            utf8.append(contentsOf: bytes)
            let end = UInt32(utf8.count)
            guard end > start, let attrs else { continue }
            var runAttrs: [UnsafeMutablePointer<PangoAttribute>?] = []
            if run.italic { runAttrs.append(pango_attr_style_new(PANGO_STYLE_ITALIC)) }
            if run.bold { runAttrs.append(pango_attr_weight_new(PANGO_WEIGHT_BOLD)) }
            switch run.shift {
            case .normal:
                break
            case .superscript:
                runAttrs.append(pango_attr_size_new_absolute(Self.pangoUnits(style.size * Self.scriptScale)))
                runAttrs.append(pango_attr_rise_new(Self.pangoUnits(style.size * Self.superscriptRise)))
            case .subscript:
                runAttrs.append(pango_attr_size_new_absolute(Self.pangoUnits(style.size * Self.scriptScale)))
                runAttrs.append(pango_attr_rise_new(-Self.pangoUnits(style.size * Self.subscriptDrop)))
            }
            for case let attr? in runAttrs {
                attr.pointee.start_index = start
                attr.pointee.end_index = end
                pango_attr_list_insert(attrs, attr) // the list takes ownership
            }
        }
        utf8.append(0)
        utf8.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                pango_layout_set_text(layout, chars.baseAddress, Int32(utf8.count - 1))
            }
        }
        if let attrs {
            pango_layout_set_attributes(layout, attrs)
            pango_attr_list_unref(attrs)
        }

        var inkRect = PangoRectangle(), logicalRect = PangoRectangle()
        pango_layout_get_extents(layout, &inkRect, &logicalRect)
        ink = inkRect
        logical = logicalRect
        baseline = pango_layout_get_baseline(layout)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    /// Characters Pango holds (Unicode scalars), to check nothing was parsed as markup.
    var characterCount: Int { Int(pango_layout_get_character_count(pointer)) }

    static func pangoUnits(_ points: Double) -> Int32 {
        let v = (points * Double(PANGO_SCALE)).rounded()
        guard v.isFinite else { return 0 }
        return Int32(clamping: Int64(max(min(v, Double(Int32.max)), Double(Int32.min))))
    }

    static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }

    /// Width, ascent (top of the line box to the first baseline) and descent
    /// (first baseline to the bottom of the layout's line boxes), in points.
    var extents: TextExtents {
        TextExtents(width: Self.points(logical.width),
                    ascent: Self.points(baseline - logical.y),
                    descent: Self.points(logical.y + logical.height - baseline))
    }

    /// Where the layout's top-left corner goes, relative to the anchor, in the
    /// text's own (unrotated) frame, so that the logical box is aligned to the
    /// anchor as `HorizontalAlignment`/`VerticalAlignment` define.
    func origin(horizontal: HorizontalAlignment, vertical: VerticalAlignment) -> Point {
        let dx: Double
        switch horizontal {
        case .left: dx = -Self.points(logical.x)
        case .center: dx = -(Self.points(logical.x) + Self.points(logical.width) / 2)
        case .right: dx = -Self.points(logical.x + logical.width)
        }
        let dy: Double
        switch vertical {
        case .top: dy = -Self.points(logical.y)
        case .middle: dy = -(Self.points(logical.y) + Self.points(logical.height) / 2)
        case .baseline: dy = -Self.points(baseline)
        case .bottom: dy = -Self.points(logical.y + logical.height)
        }
        return Point(x: dx, y: dy)
    }
}
