import CCairo
import Foundation

// Thin owners of cairo objects: each checks cairo's status right after
// creation (cairo returns "nil objects" in an error state rather than NULL),
// exposes the raw pointer only inside this module, and destroys in `deinit`.

/// Collects the bytes cairo writes through a stream callback.
final class ByteSink {
    var data = Data()

    /// The C callback cairo calls with each chunk; `closure` is an unretained
    /// pointer to a `ByteSink` kept alive by the surface that owns it.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if length > 0, let bytes {
            sink.data.append(bytes, count: Int(length))
        }
        return CAIRO_STATUS_SUCCESS
    }

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// Owner of a `cairo_surface_t`.
final class CairoSurface {
    let pointer: OpaquePointer
    /// The stream target of PDF/SVG surfaces; held so it outlives the surface.
    let sink: ByteSink?

    private init(_ pointer: OpaquePointer?, sink: ByteSink?, operation: String) throws(RenderError) {
        guard let pointer else { throw .cairo(operation: operation, status: "no surface returned") }
        if let error = RenderError.check(cairo_surface_status(pointer), operation) {
            cairo_surface_destroy(pointer)
            throw error
        }
        self.pointer = pointer
        self.sink = sink
    }

    deinit { cairo_surface_destroy(pointer) }

    /// A one-page PDF surface of `width` × `height` points streaming into memory.
    static func pdf(width: Double, height: Double) throws(RenderError) -> CairoSurface {
        let sink = ByteSink()
        let s = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, width, height)
        return try CairoSurface(s, sink: sink, operation: "creating a PDF surface")
    }

    /// An SVG surface of `width` × `height` points streaming into memory.
    static func svg(width: Double, height: Double) throws(RenderError) -> CairoSurface {
        let sink = ByteSink()
        let s = cairo_svg_surface_create_for_stream(ByteSink.write, sink.closure, width, height)
        return try CairoSurface(s, sink: sink, operation: "creating an SVG surface")
    }

    /// An in-memory raster surface.
    static func image(format: cairo_format_t, width: Int32, height: Int32) throws(RenderError) -> CairoSurface {
        let s = cairo_image_surface_create(format, width, height)
        return try CairoSurface(s, sink: nil, operation: "creating a \(width)×\(height) image surface")
    }

    func checkStatus(_ operation: String) throws(RenderError) {
        if let error = RenderError.check(cairo_surface_status(pointer), operation) { throw error }
    }

    /// Flushes and closes a vector surface; PDF and SVG bytes are complete afterwards.
    func finish() throws(RenderError) {
        cairo_surface_finish(pointer)
        try checkStatus("finishing the document")
    }

    /// The pixels of an image surface as cairo stores them: 32-bit native-endian
    /// words, premultiplied ARGB (alpha byte undefined for RGB24). Nil for
    /// non-image surfaces.
    func pixels() -> (width: Int, height: Int, argb: [UInt32])? {
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else { return nil }
        let w = Int(cairo_image_surface_get_width(pointer)), h = Int(cairo_image_surface_get_height(pointer))
        let stride = Int(cairo_image_surface_get_stride(pointer))
        var out = [UInt32](repeating: 0, count: w * h)
        for y in 0..<h {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<w { out[y * w + x] = row.load(fromByteOffset: 4 * x, as: UInt32.self) }
        }
        return (w, h, out)
    }

    /// Encodes an image surface as PNG (no pHYs chunk: cairo does not write one).
    func pngData() throws(RenderError) -> Data {
        cairo_surface_flush(pointer)
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(pointer, ByteSink.write, sink.closure)
        }
        if let error = RenderError.check(status, "encoding the PNG") { throw error }
        return sink.data
    }
}

/// Owner of a `cairo_t` drawing context.
final class CairoContext {
    let pointer: OpaquePointer
    /// The target surface, held so it outlives the context.
    let surface: CairoSurface

    init(_ surface: CairoSurface) throws(RenderError) {
        guard let cr = cairo_create(surface.pointer) else {
            throw .cairo(operation: "creating a drawing context", status: "no context returned")
        }
        if let error = RenderError.check(cairo_status(cr), "creating a drawing context") {
            cairo_destroy(cr)
            throw error
        }
        self.pointer = cr
        self.surface = surface
    }

    deinit { cairo_destroy(pointer) }

    func checkStatus(_ operation: String) throws(RenderError) {
        if let error = RenderError.check(cairo_status(pointer), operation) { throw error }
    }
}

/// Owner of a `cairo_font_options_t`.
final class CairoFontOptions {
    let pointer: OpaquePointer

    /// Options shared by measuring and drawing so that PDF, SVG and PNG lay
    /// text out identically: no hinting of outlines or metrics (hinted metrics
    /// depend on the device scale), grey antialiasing (no colour fringes,
    /// no dependence on the machine's subpixel settings).
    init() throws(RenderError) {
        guard let o = cairo_font_options_create() else {
            throw .cairo(operation: "creating font options", status: "no font options returned")
        }
        if let error = RenderError.check(cairo_font_options_status(o), "creating font options") {
            cairo_font_options_destroy(o)
            throw error
        }
        cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(o, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_subpixel_order(o, CAIRO_SUBPIXEL_ORDER_DEFAULT)
        self.pointer = o
    }

    deinit { cairo_font_options_destroy(pointer) }
}
