import Testing
@testable import PanelData

@Suite struct CountryGroupsTests {
    @Test func postSovietIsExactlyTheFifteen() {
        #expect(CountryGroups.postSoviet == ["ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LTU", "LVA",
                                             "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"])
        let registry = CountryRegistry.standard
        #expect(registry.postSovietCountries.map(\.iso3) == CountryGroups.postSoviet)
        #expect(registry.all.filter(\.isPostSoviet).map(\.iso3) == CountryGroups.postSoviet)
        #expect(registry.postSovietCountries.allSatisfy { $0.kind == .sovereign })
    }

    @Test func subregions() throws {
        #expect(PostSovietSubregion.baltic.members == ["EST", "LTU", "LVA"])
        #expect(PostSovietSubregion.easternEurope.members == ["BLR", "MDA", "RUS", "UKR"])
        #expect(PostSovietSubregion.southCaucasus.members == ["ARM", "AZE", "GEO"])
        #expect(PostSovietSubregion.centralAsia.members == ["KAZ", "KGZ", "TJK", "TKM", "UZB"])
        // Labels stored in the panel's `subregion` column (DESIGN.md §4).
        #expect(PostSovietSubregion.allCases.map(\.rawValue)
            == ["Baltic", "Eastern Europe", "South Caucasus", "Central Asia"])
        let registry = CountryRegistry.standard
        #expect(try registry.resolve(name: "Georgia (Country)").postSovietSubregion == .southCaucasus)
        #expect(try registry.resolve(name: "Republic of Moldova").postSovietSubregion == .easternEurope)
        #expect(try registry.resolve(name: "Kyrgyz Republic").postSovietSubregion == .centralAsia)
        #expect(try registry.resolve(code: "LTU").postSovietSubregion == .baltic)
    }

    @Test func outsidersAreNotPostSoviet() throws {
        let registry = CountryRegistry.standard
        for code in ["SUN", "POL", "MNG", "ROU", "XTR", "XAB", "XCR", "ECS"] {
            let c = try registry.resolve(code: code)
            #expect(!c.isPostSoviet, "\(code)")
            #expect(c.postSovietSubregion == nil, "\(code)")
        }
        #expect(PostSovietSubregion(iso3: "USA") == nil)
    }
}
