import Testing
import PanelData
import Paradox

@Suite struct ParadoxPanelTests {
    @Test func editionsOfTheEmbeddedPanel() throws {
        let panel = try #require(Shared.panel)
        #expect(panel.editions == [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024])
        #expect(panel.latestEdition == 2024)
        #expect(panel.isPostSoviet("KAZ") && !panel.isPostSoviet("SWE"))
        #expect(panel.name(of: "KAZ") == "Kazakhstan")
    }

    @Test func unknownEditionListsTheEditions() throws {
        let panel = try #require(Shared.panel)
        #expect(throws: ParadoxError.unknownEdition(2011, available: panel.editions)) { try panel.checkEdition(2011) }
        #expect(ParadoxError.unknownEdition(2011, available: [2010, 2012]).description
                == "2011 is not a UN E-Government Survey edition in the data; editions: 2010, 2012.")
    }

    @Test func unknownVariableSuggests() throws {
        let panel = try #require(Shared.panel)
        do {
            _ = try panel.column("wgi_xx")
            Issue.record("expected an error")
        } catch {
            guard case .unknownVariable("wgi_xx", let s) = error else { Issue.record("\(error)"); return }
            #expect(!s.isEmpty)
        }
    }

    @Test func tableWithoutYearIsRefused() throws {
        let t = try Table([.text(TextColumn(name: "iso3", ["KAZ"]))])
        #expect(throws: ParadoxError.missingIdentifier("year")) { try ParadoxPanel(t) }
    }
}
