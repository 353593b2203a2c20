import CCairo
import Foundation
import Plot

/// Renders a `Scene` to PDF, SVG or PNG bytes with Cairo, text with Pango.
///
/// - Physical size: the scene's size is in points. PDF MediaBox and SVG
///   width/height (in pt) are the size as cairo prints it (6 decimals, e.g.
///   85 mm -> 240.944882). A PNG has round(size_in / 72 × dpi) pixels per side,
///   the drawing is scaled by dpi / 72 and a pHYs chunk records the dpi.
/// - Deterministic output: PDFs carry fixed metadata (creator, title, no
///   dates), SVG ids that come from cairo's process-global counters are
///   renumbered, PNGs contain no timestamps. The same scene gives the same bytes.
/// - Text is laid out by `textMeasurer`, the same object the chart build
///   should measure with.
public struct CairoRenderer: Renderer, Sendable {
    /// The output format. PDF and SVG are vector formats (fonts embedded); PNG is raster.
    public enum Format: Sendable, Hashable {
        case pdf
        case svg
        /// Raster output at `dpi` pixels per inch (300 for print).
        case png(dpi: Double = 300)

        /// "pdf", "svg" or "png".
        public var fileExtension: String {
            switch self {
            case .pdf: return "pdf"
            case .svg: return "svg"
            case .png: return "png"
            }
        }

        /// The format for a file extension (case-insensitive), nil if unknown.
        public init?(fileExtension ext: String, dpi: Double = 300) {
            switch ext.lowercased() {
            case "pdf": self = .pdf
            case "svg": self = .svg
            case "png": self = .png(dpi: dpi)
            default: return nil
            }
        }
    }

    /// Written as the PDF /Creator.
    public static let creator = "EGovParadox"

    /// The format `render` and `write` produce.
    public var format: Format
    /// The Pango measurer that lays out text; build the chart with the same one
    /// (`chart.build(measurer: renderer.textMeasurer)`) so that layout and drawing agree.
    public let textMeasurer: PangoTextMeasurer

    /// A renderer drawing text with `textMeasurer`.
    public init(format: Format = .pdf, textMeasurer: PangoTextMeasurer) {
        self.format = format
        self.textMeasurer = textMeasurer
    }

    /// A renderer using the process-wide `PangoTextMeasurer.shared()`.
    public init(format: Format = .pdf) throws(RenderError) {
        self.init(format: format, textMeasurer: try PangoTextMeasurer.shared())
    }

    /// The bytes of `scene` in `format` (deterministic: the same scene gives the same bytes).
    public func render(_ scene: Scene) throws(RenderError) -> Data {
        let size = scene.size
        guard size.width.isFinite, size.height.isFinite, size.width > 0, size.height > 0 else {
            throw .invalidSize(width: size.width, height: size.height)
        }
        try SceneValidation.validate(scene)

        switch format {
        case .pdf:
            let surface = try CairoSurface.pdf(width: size.width, height: size.height)
            setPDFMetadata(surface, title: scene.title)
            try draw(scene, on: surface, scale: 1)
            try surface.finish()
            return surface.sink?.data ?? Data()
        case .svg:
            let surface = try CairoSurface.svg(width: size.width, height: size.height)
            cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
            try draw(scene, on: surface, scale: 1, isolateIdentified: true)
            try surface.finish()
            let named = try SVGElementIDs.assign(SVGElementIDs.identifiers(in: scene), to: surface.sink?.data ?? Data())
            return OutputSignature.signingSVG(SVGIdentifiers.normalized(named))
        case .png(let dpi):
            let surface = try rasterize(scene, dpi: dpi)
            let png = try surface.pngData()
            return OutputSignature.signingPNG(try PNGResolution.insertingPhysicalChunk(into: png, dpi: dpi))
        }
    }

    /// Draws `scene` into an image surface of round(size / 72 × dpi) pixels
    /// (RGB when the background is opaque, ARGB otherwise).
    func rasterize(_ scene: Scene, dpi: Double) throws(RenderError) -> CairoSurface {
        let size = scene.size
        guard size.width.isFinite, size.height.isFinite, size.width > 0, size.height > 0 else {
            throw .invalidSize(width: size.width, height: size.height)
        }
        guard dpi.isFinite, dpi > 0 else { throw .invalidResolution(dpi: dpi) }
        try SceneValidation.validate(scene)
        let (w, h) = (Self.pixels(size.width, dpi: dpi), Self.pixels(size.height, dpi: dpi))
        guard w <= 32767, h <= 32767 else { throw .imageTooLarge(widthPixels: w, heightPixels: h) }
        let opaque = (scene.background?.alpha ?? 0) >= 1
        let surface = try CairoSurface.image(format: opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32,
                                             width: Int32(max(w, 1)), height: Int32(max(h, 1)))
        try draw(scene, on: surface, scale: dpi / 72)
        return surface
    }

    /// Renders `scene` and writes it to `url` atomically (temporary file in
    /// the same folder, then rename): an existing file is replaced only by a
    /// complete new one.
    public func write(_ scene: Scene, to url: URL) throws(RenderError) {
        let data = try render(scene)
        try writeAtomically(data, to: url)
    }

    /// Pixels for a length in points at `dpi`: round(points / 72 × dpi).
    public static func pixels(_ points: Double, dpi: Double) -> Double {
        (points / 72 * dpi).rounded()
    }

    // MARK: - Drawing

    private func setPDFMetadata(_ surface: CairoSurface, title: String) {
        // cairo 1.16 stamps /CreationDate and /ModDate with the current time.
        // Giving it a value that is not an ISO 8601 date makes it drop the
        // entry (its converter returns NULL), so no date is written at all.
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, "none")
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_MOD_DATE, "none")
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATOR, Self.creator)
        if !title.isEmpty {
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, title)
        }
    }

    private func draw(_ scene: Scene, on surface: CairoSurface, scale: Double, isolateIdentified: Bool = false) throws(RenderError) {
        let context = try CairoContext(surface)
        let cr = context.pointer
        if scale != 1 { cairo_scale(cr, scale, scale) }
        if let bg = scene.background, bg.alpha > 0 {
            setSource(cr, bg)
            cairo_paint(cr)
        }
        for item in scene.items { draw(item, cr, isolateIdentified: isolateIdentified) }
        try context.checkStatus("drawing the scene")
        cairo_surface_flush(surface.pointer)
        try surface.checkStatus("drawing the scene")
    }

    /// `isolateIdentified`: draw each group whose role is `#id` as a cairo group
    /// (push_group … pop_group_to_source + paint), which cairo's SVG surface
    /// writes as a `<g id="surfaceN">` used once, in drawing order.
    private func draw(_ primitive: Primitive, _ cr: OpaquePointer, isolateIdentified: Bool) {
        switch primitive {
        case let .path(path, fill, stroke):
            guard fill != nil || stroke != nil else { return }
            appendPath(path, cr)
            if let fill {
                cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
                setSource(cr, fill)
                if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
            }
            if let stroke { applyStroke(stroke, cr) }
        case let .text(item):
            drawText(item, cr)
        case let .group(role, clip, children):
            cairo_save(cr)
            if let clip {
                cairo_rectangle(cr, clip.minX, clip.minY, clip.width, clip.height)
                cairo_clip(cr)
            }
            let isolate = isolateIdentified && SVGElementIDs.identifier(ofRole: role) != nil
            if isolate { cairo_push_group(cr) }
            for child in children { draw(child, cr, isolateIdentified: isolateIdentified) }
            if isolate {
                cairo_pop_group_to_source(cr)
                cairo_paint(cr)
            }
            cairo_restore(cr)
        }
    }

    private func appendPath(_ path: Path, _ cr: OpaquePointer) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case let .move(p): cairo_move_to(cr, p.x, p.y)
            case let .line(p): cairo_line_to(cr, p.x, p.y)
            case let .curve(c1, c2, end): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, end.x, end.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func applyStroke(_ stroke: Stroke, _ cr: OpaquePointer) {
        setSource(cr, stroke.color)
        cairo_set_line_width(cr, stroke.width)
        switch stroke.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch stroke.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        stroke.dash.withUnsafeBufferPointer { d in
            cairo_set_dash(cr, d.baseAddress, Int32(d.count), 0)
        }
        cairo_stroke(cr)
    }

    private func drawText(_ item: TextItem, _ cr: OpaquePointer) {
        guard !item.text.plainText.isEmpty else { return }
        _ = textMeasurer.engine.withLayout(item.text, style: item.style, horizontal: item.horizontal) { layout in
            let origin = layout.origin(horizontal: item.horizontal, vertical: item.vertical)
            cairo_save(cr)
            cairo_translate(cr, item.position.x, item.position.y)
            // Counter-clockwise on the page is a negative angle when y points down.
            if item.rotation != 0 { cairo_rotate(cr, -item.rotation * .pi / 180) }
            cairo_move_to(cr, origin.x, origin.y)
            setSource(cr, item.style.color)
            pango_cairo_show_layout(cr, layout.pointer)
            cairo_restore(cr)
        }
    }

    private func setSource(_ cr: OpaquePointer, _ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }
}
