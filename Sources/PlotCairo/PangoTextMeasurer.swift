import CCairo
import Plot

/// Where a text item's boxes fall, in the text's own unrotated frame placed
/// at the anchor (x to the right along the text, y down): apply the item's
/// rotation about `TextItem.position` to get figure coordinates.
public struct TextBoxes: Sendable, Hashable {
    /// The line box Pango uses for alignment (advance width × ascent + descent).
    public var logical: Rect
    /// The tight box around the drawn glyphs.
    public var ink: Rect
    public init(logical: Rect, ink: Rect) { self.logical = logical; self.ink = ink }
}

/// Measures text with Pango exactly as `CairoRenderer` lays it out and draws
/// it: same font map, same font options (no hinting, unhinted metrics, no
/// glyph-position rounding), same attribute construction. Thread-safe.
public final class PangoTextMeasurer: TextMeasuring, Sendable {
    let engine: PangoTextEngine

    /// A measurer with its own Pango font map.
    public init() throws(RenderError) {
        engine = try PangoTextEngine()
    }

    /// The process-wide measurer used by `CairoRenderer(format:)`; created on
    /// first use.
    public static func shared() throws(RenderError) -> PangoTextMeasurer {
        try sharedMeasurer.get()
    }

    /// Advance width, ascent and descent of `text` in points.
    ///
    /// `pango_layout_new` cannot return NULL in practice (GLib aborts on
    /// out-of-memory before that), but the protocol cannot throw, so that
    /// impossible case falls back to a DejaVu-like estimate rather than trap.
    public func measure(_ text: RichText, style: TextStyle) -> TextExtents {
        engine.withLayout(text, style: style) { $0.extents }
            ?? TextExtents(width: 0.6 * style.size * Double(text.plainText.count),
                           ascent: 0.93 * style.size, descent: 0.24 * style.size)
    }

    /// The logical and ink boxes of `item` as it will be drawn, unrotated
    /// (see `TextBoxes`). Nil only if Pango returned no layout.
    public func boxes(for item: TextItem) -> TextBoxes? {
        engine.withLayout(item.text, style: item.style, horizontal: item.horizontal) { layout in
            let o = layout.origin(horizontal: item.horizontal, vertical: item.vertical)
            let x0 = item.position.x + o.x, y0 = item.position.y + o.y
            func rect(_ r: PangoRectangle) -> Rect {
                Rect(x: x0 + PangoTextLayout.points(r.x), y: y0 + PangoTextLayout.points(r.y),
                     width: PangoTextLayout.points(r.width), height: PangoTextLayout.points(r.height))
            }
            return TextBoxes(logical: rect(layout.logical), ink: rect(layout.ink))
        }
    }
}

private let sharedMeasurer = Result<PangoTextMeasurer, RenderError> { () throws(RenderError) in
    try PangoTextMeasurer()
}
