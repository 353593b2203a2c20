import Foundation
import Testing
@testable import PlotCairo

@Suite struct SVGIdentifiersTests {
    @Test func renumbersSurfaceIdsInOrderOfFirstAppearance() {
        let input = ##"<g id="surface42"><use xlink:href="#surface7"/><g clip-path="url(#surface42)"/></g>"##
        let expected = ##"<g id="surface1"><use xlink:href="#surface2"/><g clip-path="url(#surface1)"/></g>"##
        #expect(String(decoding: SVGIdentifiers.normalized(Data(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func leavesOtherTokensAlone() {
        let input = ##"<g id="glyph0-1"/> mysurface3 surface3a surface- surface"##
        #expect(String(decoding: SVGIdentifiers.normalized(Data(input.utf8)), as: UTF8.self) == input)
    }
}
