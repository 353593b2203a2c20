import Testing
@testable import Plot

struct PaletteTests {
    // Okabe & Ito (2008), Color Universal Design, table of RGB values:
    // black 0,0,0; orange 230,159,0; sky blue 86,180,233; bluish green 0,158,115;
    // yellow 240,228,66; blue 0,114,178; vermillion 213,94,0; reddish purple 204,121,167.
    @Test func okabeItoExact() {
        let rgb: [(Double, Double, Double)] = [(0, 0, 0), (230, 159, 0), (86, 180, 233), (0, 158, 115),
                                               (240, 228, 66), (0, 114, 178), (213, 94, 0), (204, 121, 167)]
        #expect(OkabeIto.all.count == 8)
        for (c, e) in zip(OkabeIto.all, rgb) {
            #expect(c == Color(red: e.0 / 255, green: e.1 / 255, blue: e.2 / 255))
        }
        #expect(SceneDump.hex(OkabeIto.orange) == "#E69F00")
        #expect(SceneDump.hex(OkabeIto.reddishPurple) == "#CC79A7")
    }
    @Test func groupsGetDistinctColourAndShape() {
        let p = DiscretePalette.okabeIto
        #expect(Set((0..<8).map { p.color($0) }).count == 8)
        #expect(Set((0..<8).map { p.shape($0) }).count == 8)
        #expect(p.shape(0) == .circle && p.shape(1) == .triangle && p.shape(2) == .square && p.shape(3) == .diamond)
        #expect(p.color(8) == p.color(0))
    }
}
