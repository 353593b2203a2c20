import CCairo

/// Everything that can go wrong while rendering a scene with Cairo/Pango.
/// Messages say what failed, where, and how to fix it.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A cairo object reported an error status. `operation` names what we
    /// were doing, `status` is cairo's own description (`cairo_status_to_string`).
    case cairo(operation: String, status: String)
    /// The page size is not a positive finite number of points.
    case invalidSize(width: Double, height: Double)
    /// The PNG resolution is not a positive finite number.
    case invalidResolution(dpi: Double)
    /// The PNG would exceed cairo's 32767-pixel limit per side.
    case imageTooLarge(widthPixels: Double, heightPixels: Double)
    /// A coordinate, width, dash length or colour component is NaN or infinite
    /// (or negative where it must not be). `location` says which item.
    case invalidValue(location: String, detail: String)
    /// A Pango object could not be created.
    case pango(operation: String)
    /// Writing the output file failed.
    case writeFailed(path: String, reason: String)
    /// The SVG has not one cairo group (`<use>` of a `surfaceN`) per identified
    /// scene group (role `#id`), so the element ids cannot be assigned.
    case svgElementMismatch(expected: Int, found: Int)

    public var description: String {
        switch self {
        case let .cairo(operation, status):
            return "cairo failed while \(operation): \(status)"
        case let .invalidSize(w, h):
            return "invalid figure size \(w) × \(h) pt: width and height must be positive and finite (e.g. --width 85mm --height 70mm)"
        case let .invalidResolution(dpi):
            return "invalid PNG resolution \(dpi) dpi: use a positive value such as 300"
        case let .imageTooLarge(w, h):
            return "PNG of \(w) × \(h) pixels exceeds cairo's limit of 32767 pixels per side: lower --dpi or the figure size"
        case let .invalidValue(location, detail):
            return "invalid value in scene at \(location): \(detail)"
        case let .pango(operation):
            return "Pango failed while \(operation)"
        case let .writeFailed(path, reason):
            return "could not write \(path): \(reason); check that the folder exists and is writable"
        case let .svgElementMismatch(expected, found):
            return "the SVG has \(found) drawn group(s) for \(expected) identified element(s) (e.g. country-ISO3): cairo drops a group "
                + "painted entirely outside the clip, so the ids cannot be assigned; clip the geometry to the frame before drawing "
                + "(this is a bug in the chart build: please report it)"
        }
    }

    /// Wraps a non-success cairo status; nil for `CAIRO_STATUS_SUCCESS`.
    static func check(_ status: cairo_status_t, _ operation: String) -> RenderError? {
        guard status != CAIRO_STATUS_SUCCESS else { return nil }
        return .cairo(operation: operation, status: statusString(status))
    }

    static func statusString(_ status: cairo_status_t) -> String {
        guard let s = cairo_status_to_string(status) else { return "unknown cairo status \(status.rawValue)" }
        return String(cString: s)
    }
}
