import Testing
@testable import PanelData

@Suite struct CountryTests {
    @Test func valueSemanticsAndDescription() {
        let kaz = Country(iso3: "KAZ", name: "Kazakhstan", kind: .sovereign)
        #expect(kaz == Country(iso3: "KAZ", name: "Kazakhstan", kind: .sovereign))
        #expect(kaz != Country(iso3: "KAZ", name: "Kazakhstan", kind: .territory))
        #expect(kaz.description == "Kazakhstan (KAZ)")
    }

    @Test func pseudoCodes() {
        #expect(Country(iso3: "XAB", name: "Abkhazia", kind: .subnationalOrDisputed).hasPseudoCode)
        // XKX is the World Bank's own code for Kosovo, not one of ours.
        #expect(!Country(iso3: "XKX", name: "Kosovo", kind: .sovereign).hasPseudoCode)
        #expect(!Country(iso3: "SUN", name: "Soviet Union", kind: .historical).hasPseudoCode)
    }

    @Test func kindRawValuesAreStable() {
        #expect(EntityKind.allCases.map(\.rawValue)
            == ["sovereign", "territory", "historical", "subnationalOrDisputed", "aggregate"])
    }

    @Test func recordKeepsAliasesAndCodes() {
        let r = CountryRecord("XKX", "Kosovo", .sovereign, aliases: ["Kosova"], codes: ["KSV"])
        #expect(r.country == Country(iso3: "XKX", name: "Kosovo", kind: .sovereign))
        #expect(r.aliases == ["Kosova"])
        #expect(r.codes == ["KSV"])
    }
}
