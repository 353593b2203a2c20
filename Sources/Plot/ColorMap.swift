// Continuous colour maps for tiles and colour-coded points.

/// A continuous colour map, evaluated by linear interpolation in sRGB
/// between published anchors.
public enum ColorMap: String, Sendable, Hashable, Codable, CaseIterable {
    /// viridis (van der Walt & Smith 2015, matplotlib 2.0 default). Anchors:
    /// 33 of the 256 entries of the published table (every 8th and the last),
    /// taken from R viridisLite::viridis.map (option "D") by
    /// scripts/reference/plot_colormaps.R; interpolation error < 1/255.
    case viridis
    /// cividis (Nuñez, Anderton & Renslow 2018, "Optimizing colormaps with
    /// consideration for color vision deficiency", PLOS ONE 13(7): e0199239),
    /// 33 anchors from viridisLite::viridis.map option "E".
    case cividis
    /// ColorBrewer RdBu, 11 classes (Brewer, Harrower et al. 2003,
    /// colorbrewer2.org; flagged colour-blind safe there), red (low) – white –
    /// blue (high), hex from R RColorBrewer::brewer.pal(11, "RdBu").
    case redBlue

    /// Whether the map has a neutral midpoint (for signed data around 0).
    public var isDiverging: Bool { self == .redBlue }

    /// The colour at `t` in [0, 1] (clamped; NaN gives mid-grey).
    public func color(at t: Double) -> Color {
        guard !t.isNaN else { return Color(red: 0.5, green: 0.5, blue: 0.5) }
        let a = anchors, pos = positions
        let x = min(max(t, 0), 1)
        var i = 0
        while i < a.count - 2 && pos[i + 1] < x { i += 1 }
        let f = (x - pos[i]) / (pos[i + 1] - pos[i])
        let p = a[i], q = a[i + 1]
        return Color(red: p.0 + (q.0 - p.0) * f, green: p.1 + (q.1 - p.1) * f, blue: p.2 + (q.2 - p.2) * f)
    }

    /// `n` evenly spaced colours from the map (both ends included).
    public func colors(_ n: Int) -> [Color] {
        guard n > 1 else { return n == 1 ? [color(at: 0.5)] : [] }
        return (0..<n).map { color(at: Double($0) / Double(n - 1)) }
    }

    var anchors: [(Double, Double, Double)] {
        switch self {
        case .viridis: return viridisAnchors
        case .cividis: return cividisAnchors
        case .redBlue: return rdBuHex.map { h in
            let c = Color(hex: h); return (c.red, c.green, c.blue) }
        }
    }

    /// Anchor positions in [0, 1]: entries 0, 8, …, 248, 255 of the 256-entry
    /// tables (so the last interval is 7/255 wide); ColorBrewer classes are
    /// evenly spaced.
    var positions: [Double] {
        switch self {
        case .viridis, .cividis:
            return (0..<32).map { Double($0 * 8) / 255 } + [1]
        case .redBlue:
            return (0..<11).map { Double($0) / 10 }
        }
    }
}

private let viridisAnchors: [(Double, Double, Double)] = [
    (0.267004, 0.004874, 0.329415),
    (0.277018, 0.050344, 0.375715),
    (0.282327, 0.094955, 0.417331),
    (0.282884, 0.135920, 0.453427),
    (0.278826, 0.175490, 0.483397),
    (0.270595, 0.214069, 0.507052),
    (0.258965, 0.251537, 0.524736),
    (0.244972, 0.287675, 0.537260),
    (0.229739, 0.322361, 0.545706),
    (0.214298, 0.355619, 0.551184),
    (0.199430, 0.387607, 0.554642),
    (0.185556, 0.418570, 0.556753),
    (0.172719, 0.448791, 0.557885),
    (0.160665, 0.478540, 0.558115),
    (0.149039, 0.508051, 0.557250),
    (0.137770, 0.537492, 0.554906),
    (0.127568, 0.566949, 0.550556),
    (0.120565, 0.596422, 0.543611),
    (0.120638, 0.625828, 0.533488),
    (0.132268, 0.655014, 0.519661),
    (0.157851, 0.683765, 0.501686),
    (0.196571, 0.711827, 0.479221),
    (0.246070, 0.738910, 0.452024),
    (0.304148, 0.764704, 0.419943),
    (0.369214, 0.788888, 0.382914),
    (0.440137, 0.811138, 0.340967),
    (0.515992, 0.831158, 0.294279),
    (0.595839, 0.848717, 0.243329),
    (0.678489, 0.863742, 0.189503),
    (0.762373, 0.876424, 0.137064),
    (0.845561, 0.887322, 0.099702),
    (0.926106, 0.897330, 0.104071),
    (0.993248, 0.906157, 0.143936),
]

private let cividisAnchors: [(Double, Double, Double)] = [
    (0.000000, 0.126200, 0.301500),
    (0.000000, 0.149200, 0.353700),
    (0.000000, 0.171400, 0.410200),
    (0.000000, 0.190100, 0.436500),
    (0.023600, 0.213000, 0.431400),
    (0.120400, 0.235700, 0.426200),
    (0.175200, 0.258300, 0.422400),
    (0.218300, 0.280800, 0.420400),
    (0.255600, 0.303200, 0.420100),
    (0.289400, 0.325600, 0.421500),
    (0.320900, 0.348100, 0.424400),
    (0.350900, 0.370600, 0.428800),
    (0.379800, 0.393300, 0.434600),
    (0.408000, 0.416100, 0.441900),
    (0.435400, 0.439000, 0.450800),
    (0.462200, 0.462200, 0.462000),
    (0.489700, 0.485600, 0.471400),
    (0.519600, 0.509500, 0.473700),
    (0.550200, 0.533800, 0.473500),
    (0.581300, 0.558400, 0.471400),
    (0.612900, 0.583500, 0.467300),
    (0.644900, 0.608900, 0.461700),
    (0.677300, 0.634700, 0.454300),
    (0.710100, 0.661000, 0.445000),
    (0.743400, 0.687700, 0.433800),
    (0.777100, 0.715000, 0.420500),
    (0.811400, 0.742700, 0.404900),
    (0.846100, 0.771000, 0.386900),
    (0.881300, 0.799800, 0.365700),
    (0.917200, 0.829300, 0.340900),
    (0.953600, 0.859300, 0.311600),
    (0.990700, 0.890100, 0.275900),
    (1.000000, 0.916900, 0.273100),
]

private let rdBuHex: [UInt32] = [
    0x67001F, 0xB2182B, 0xD6604D, 0xF4A582, 0xFDDBC7, 0xF7F7F7,
    0xD1E5F0, 0x92C5DE, 0x4393C3, 0x2166AC, 0x053061,
]
