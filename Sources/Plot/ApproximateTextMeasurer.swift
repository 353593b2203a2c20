// A deterministic text measurer for tests and for layout without Pango.

/// Measures text with DejaVu Sans advance widths (per em, read from the font's
/// hmtx table by scripts/reference/dejavu_widths.py) and its hhea ascent
/// (0.928 em) and descent (0.236 em). No kerning or shaping, so widths are
/// within a few per cent of Pango's for Latin text. Bold widens by 10 %;
/// superscripts and subscripts are set at 70 % size. Unknown characters
/// count as 0.6 em (an average lowercase letter).
public struct ApproximateTextMeasurer: TextMeasuring {
    public init() {}

    public static let ascent = 0.928223
    public static let descent = 0.235840

    public func measure(_ text: RichText, style: TextStyle) -> TextExtents {
        var width = 0.0
        var ascent = Self.ascent * style.size, descent = Self.descent * style.size
        for run in text.runs {
            let size = run.shift == .normal ? style.size : style.size * 0.7
            let bold = run.bold || style.weight == .bold
            var w = 0.0
            for scalar in run.text.unicodeScalars { w += Self.advance[scalar.value] ?? 0.6 }
            width += w * size * (bold ? 1.1 : 1)
            switch run.shift {
            case .superscript: ascent = max(ascent, 0.35 * style.size + Self.ascent * size)
            case .subscript: descent = max(descent, 0.2 * style.size + Self.descent * size)
            case .normal: break
            }
        }
        return TextExtents(width: width, ascent: ascent, descent: descent)
    }

    static let advance: [UInt32: Double] = [
    0x0020: 0.317871,
    0x0021: 0.400879,
    0x0022: 0.459961,
    0x0023: 0.837891,
    0x0024: 0.636230,
    0x0025: 0.950195,
    0x0026: 0.779785,
    0x0027: 0.274902,
    0x0028: 0.390137,
    0x0029: 0.390137,
    0x002A: 0.500000,
    0x002B: 0.837891,
    0x002C: 0.317871,
    0x002D: 0.360840,
    0x002E: 0.317871,
    0x002F: 0.336914,
    0x0030: 0.636230,
    0x0031: 0.636230,
    0x0032: 0.636230,
    0x0033: 0.636230,
    0x0034: 0.636230,
    0x0035: 0.636230,
    0x0036: 0.636230,
    0x0037: 0.636230,
    0x0038: 0.636230,
    0x0039: 0.636230,
    0x003A: 0.336914,
    0x003B: 0.336914,
    0x003C: 0.837891,
    0x003D: 0.837891,
    0x003E: 0.837891,
    0x003F: 0.530762,
    0x0040: 1.000000,
    0x0041: 0.684082,
    0x0042: 0.686035,
    0x0043: 0.698242,
    0x0044: 0.770020,
    0x0045: 0.631836,
    0x0046: 0.575195,
    0x0047: 0.774902,
    0x0048: 0.751953,
    0x0049: 0.294922,
    0x004A: 0.294922,
    0x004B: 0.655762,
    0x004C: 0.557129,
    0x004D: 0.862793,
    0x004E: 0.748047,
    0x004F: 0.787109,
    0x0050: 0.603027,
    0x0051: 0.787109,
    0x0052: 0.694824,
    0x0053: 0.634766,
    0x0054: 0.610840,
    0x0055: 0.731934,
    0x0056: 0.684082,
    0x0057: 0.988770,
    0x0058: 0.685059,
    0x0059: 0.610840,
    0x005A: 0.685059,
    0x005B: 0.390137,
    0x005C: 0.336914,
    0x005D: 0.390137,
    0x005E: 0.837891,
    0x005F: 0.500000,
    0x0060: 0.500000,
    0x0061: 0.612793,
    0x0062: 0.634766,
    0x0063: 0.549805,
    0x0064: 0.634766,
    0x0065: 0.615234,
    0x0066: 0.352051,
    0x0067: 0.634766,
    0x0068: 0.633789,
    0x0069: 0.277832,
    0x006A: 0.277832,
    0x006B: 0.579102,
    0x006C: 0.277832,
    0x006D: 0.974121,
    0x006E: 0.633789,
    0x006F: 0.611816,
    0x0070: 0.634766,
    0x0071: 0.634766,
    0x0072: 0.411133,
    0x0073: 0.520996,
    0x0074: 0.392090,
    0x0075: 0.633789,
    0x0076: 0.591797,
    0x0077: 0.817871,
    0x0078: 0.591797,
    0x0079: 0.591797,
    0x007A: 0.524902,
    0x007B: 0.636230,
    0x007C: 0.336914,
    0x007D: 0.636230,
    0x007E: 0.837891,
    0x2212: 0.837891,
    0x2009: 0.199707,
    0x00B2: 0.400879,
    0x00D7: 0.837891,
    0x2013: 0.500000,
    0x00B0: 0.500000,
    0x2026: 1.000000,
    ]
}
