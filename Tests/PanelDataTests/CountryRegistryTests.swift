import Testing
@testable import PanelData

@Suite struct CountryRegistryTests {
    let registry = CountryRegistry.standard

    /// Every country name of the UN E-Government Survey files 2003-2024
    /// (un_egov/un_datacenter/EGOV_DATA_<year>.csv, thirdparty_2024/*.csv), with the ISO3
    /// code that UNU-EGOV's egdi-2018.csv gives it (un_egov/EGOV_country_names_to_iso3__derived.csv;
    /// North Macedonia and Türkiye by hand, they were renamed after 2018).
    static let unEGovNames: [(String, String)] = [
        ("Afghanistan", "AFG"), ("Albania", "ALB"), ("Algeria", "DZA"), ("Andorra", "AND"), ("Angola", "AGO"),
        ("Antigua and Barbuda", "ATG"), ("Argentina", "ARG"), ("Armenia", "ARM"), ("Australia", "AUS"),
        ("Austria", "AUT"), ("Azerbaijan", "AZE"), ("Bahamas", "BHS"), ("Bahrain", "BHR"),
        ("Bangladesh", "BGD"), ("Barbados", "BRB"), ("Belarus", "BLR"), ("Belgium", "BEL"), ("Belize", "BLZ"),
        ("Benin", "BEN"), ("Bhutan", "BTN"), ("Bolivia", "BOL"), ("Bosnia and Herzegovina", "BIH"),
        ("Botswana", "BWA"), ("Brazil", "BRA"), ("Brunei Darussalam", "BRN"), ("Bulgaria", "BGR"),
        ("Burkina Faso", "BFA"), ("Burundi", "BDI"), ("Cabo Verde", "CPV"), ("Cambodia", "KHM"),
        ("Cameroon", "CMR"), ("Canada", "CAN"), ("Central African Republic", "CAF"), ("Chad", "TCD"),
        ("Chile", "CHL"), ("China", "CHN"), ("Colombia", "COL"), ("Comoros", "COM"), ("Congo", "COG"),
        ("Costa Rica", "CRI"), ("Croatia", "HRV"), ("Cuba", "CUB"), ("Cyprus", "CYP"),
        ("Czech Republic", "CZE"), ("Côte d'Ivoire", "CIV"), ("Democratic People's Republic of Korea", "PRK"),
        ("Democratic Republic of the Congo", "COD"), ("Denmark", "DNK"), ("Djibouti", "DJI"),
        ("Dominica", "DMA"), ("Dominican Republic", "DOM"), ("Ecuador", "ECU"), ("Egypt", "EGY"),
        ("El Salvador", "SLV"), ("Equatorial Guinea", "GNQ"), ("Eritrea", "ERI"), ("Estonia", "EST"),
        ("Eswatini", "SWZ"), ("Ethiopia", "ETH"), ("Fiji", "FJI"), ("Finland", "FIN"), ("France", "FRA"),
        ("Gabon", "GAB"), ("Gambia", "GMB"), ("Georgia (Country)", "GEO"), ("Germany", "DEU"),
        ("Ghana", "GHA"), ("Greece", "GRC"), ("Grenada", "GRD"), ("Guatemala", "GTM"), ("Guinea", "GIN"),
        ("Guinea-Bissau", "GNB"), ("Guyana", "GUY"), ("Haiti", "HTI"), ("Honduras", "HND"), ("Hungary", "HUN"),
        ("Iceland", "ISL"), ("India", "IND"), ("Indonesia", "IDN"), ("Iran (Islamic Republic of)", "IRN"),
        ("Iraq", "IRQ"), ("Ireland", "IRL"), ("Israel", "ISR"), ("Italy", "ITA"), ("Jamaica", "JAM"),
        ("Japan", "JPN"), ("Jordan", "JOR"), ("Kazakhstan", "KAZ"), ("Kenya", "KEN"), ("Kiribati", "KIR"),
        ("Kuwait", "KWT"), ("Kyrgyzstan", "KGZ"), ("Lao People's Democratic Republic", "LAO"),
        ("Latvia", "LVA"), ("Lebanon", "LBN"), ("Lesotho", "LSO"), ("Liberia", "LBR"), ("Libya", "LBY"),
        ("Liechtenstein", "LIE"), ("Lithuania", "LTU"), ("Luxembourg", "LUX"), ("Madagascar", "MDG"),
        ("Malawi", "MWI"), ("Malaysia", "MYS"), ("Maldives", "MDV"), ("Mali", "MLI"), ("Malta", "MLT"),
        ("Marshall Islands", "MHL"), ("Mauritania", "MRT"), ("Mauritius", "MUS"), ("Mexico", "MEX"),
        ("Micronesia (Federated States of)", "FSM"), ("Monaco", "MCO"), ("Mongolia", "MNG"),
        ("Montenegro", "MNE"), ("Morocco", "MAR"), ("Mozambique", "MOZ"), ("Myanmar", "MMR"),
        ("Namibia", "NAM"), ("Nauru", "NRU"), ("Nepal", "NPL"), ("Netherlands", "NLD"), ("New Zealand", "NZL"),
        ("Nicaragua", "NIC"), ("Niger", "NER"), ("Nigeria", "NGA"), ("North Macedonia", "MKD"),
        ("Norway", "NOR"), ("Oman", "OMN"), ("Pakistan", "PAK"), ("Palau", "PLW"), ("Panama", "PAN"),
        ("Papua New Guinea", "PNG"), ("Paraguay", "PRY"), ("Peru", "PER"), ("Philippines", "PHL"),
        ("Poland", "POL"), ("Portugal", "PRT"), ("Qatar", "QAT"), ("Republic of Korea", "KOR"),
        ("Republic of Moldova", "MDA"), ("Romania", "ROU"), ("Russian Federation", "RUS"), ("Rwanda", "RWA"),
        ("Saint Kitts and Nevis", "KNA"), ("Saint Lucia", "LCA"), ("Saint Vincent and the Grenadines", "VCT"),
        ("Samoa", "WSM"), ("San Marino", "SMR"), ("Sao Tome and Principe", "STP"), ("Saudi Arabia", "SAU"),
        ("Senegal", "SEN"), ("Serbia", "SRB"), ("Seychelles", "SYC"), ("Sierra Leone", "SLE"),
        ("Singapore", "SGP"), ("Slovakia", "SVK"), ("Slovenia", "SVN"), ("Solomon Islands", "SLB"),
        ("Somalia", "SOM"), ("South Africa", "ZAF"), ("South Sudan", "SSD"), ("Spain", "ESP"),
        ("Sri Lanka", "LKA"), ("Sudan", "SDN"), ("Suriname", "SUR"), ("Sweden", "SWE"), ("Switzerland", "CHE"),
        ("Syrian Arab Republic", "SYR"), ("Tajikistan", "TJK"), ("Thailand", "THA"), ("Timor-Leste", "TLS"),
        ("Togo", "TGO"), ("Tonga", "TON"), ("Trinidad and Tobago", "TTO"), ("Tunisia", "TUN"),
        ("Turkmenistan", "TKM"), ("Tuvalu", "TUV"), ("Türkiye", "TUR"), ("Uganda", "UGA"), ("Ukraine", "UKR"),
        ("United Arab Emirates", "ARE"), ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("United Republic of Tanzania", "TZA"), ("United States of America", "USA"), ("Uruguay", "URY"),
        ("Uzbekistan", "UZB"), ("Vanuatu", "VUT"), ("Venezuela", "VEN"), ("Viet Nam", "VNM"), ("Yemen", "YEM"),
        ("Zambia", "ZMB"), ("Zimbabwe", "ZWE"),
    ]

    @Test func everyUNEGovernmentSpelling() throws {
        #expect(Self.unEGovNames.count == 193)
        for (name, iso3) in Self.unEGovNames {
            #expect(try registry.resolve(name: name).iso3 == iso3, "\(name)")
        }
        // As they appear in the files: trailing blanks inside quotes.
        #expect(try registry.resolve(name: "Kazakhstan ").iso3 == "KAZ")
        #expect(try registry.resolve(name: "\"Kazakhstan \"").iso3 == "KAZ")
        #expect(try registry.resolve(name: "  \"Georgia (Country) \" ").iso3 == "GEO")
    }

    /// Spellings of older UN downloads and UN documents (SOURCES.md 1a and the UN's
    /// own renamings: Turkey -> Türkiye 2022, Swaziland -> Eswatini 2018,
    /// TFYR Macedonia -> North Macedonia 2019, Libyan Arab Jamahiriya -> Libya 2011).
    @Test func olderUNSpellings() throws {
        let cases: [(String, String)] = [
            ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Turkiye", "TUR"),
            ("The former Yugoslav Republic of Macedonia", "MKD"), ("Swaziland", "SWZ"),
            ("Czech Republic", "CZE"), ("Czechia", "CZE"), ("Cape Verde", "CPV"), ("Cabo Verde", "CPV"),
            ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"), ("Côte d´Ivoire", "CIV"),
            ("Cote d`Ivoire", "CIV"), ("CÔTE D'IVOIRE", "CIV"),
            ("Democratic People's Republic of Korea", "PRK"), ("Democratic People’s Republic of Korea", "PRK"),
            ("Micronesia (Federated States of)", "FSM"), ("Bolivia (Plurinational State of)", "BOL"),
            ("Venezuela (Bolivarian Republic of)", "VEN"), ("Iran (Islamic Republic of)", "IRN"),
            ("United Republic of Tanzania", "TZA"), ("Lao People's Democratic Republic", "LAO"),
            ("Holy See", "VAT"), ("State of Palestine", "PSE"), ("Libyan Arab Jamahiriya", "LBY"),
            ("Netherlands (Kingdom of the)", "NLD"), ("Republic of Korea", "KOR"), ("Viet Nam", "VNM"),
        ]
        for (name, iso3) in cases {
            #expect(try registry.resolve(name: name).iso3 == iso3, "\(name)")
        }
        #expect(try registry.resolve(name: "Holy See").kind == .sovereign)
    }

    /// The World Bank's non-ISO codes (WGI 2024 and GTMI 2020 files, SOURCES.md §2).
    @Test func worldBankCodes() throws {
        let cases = [("ADO", "AND"), ("ZAR", "COD"), ("ROM", "ROU"), ("TMP", "TLS"), ("KSV", "XKX"),
                     ("WBG", "PSE"), ("XKX", "XKX"), ("PSE", "PSE"), ("CHI", "CHI"), ("JEY", "JEY")]
        for (code, iso3) in cases {
            #expect(try registry.resolve(code: code).iso3 == iso3, "\(code)")
        }
        #expect(try registry.resolve(code: "ksv") == registry.resolve(code: "XKX"))
        #expect(try registry.resolve(code: " \"ROM\" ").iso3 == "ROU")
        #expect(registry.country(iso3: "KSV") == nil)  // canonical codes only
        #expect(registry.country(iso3: "XKX")?.name == "Kosovo")
        #expect(try registry.resolve(code: "KSV").kind == .sovereign)
        #expect(try registry.resolve(name: "West Bank and Gaza").iso3 == "PSE")
        #expect(registry.codes(of: "XKX") == ["XKX", "KSV"])
    }

    @Test func samplesOfOtherSources() throws {
        let cases: [(String, String)] = [
            // TI CPI legacy 1998-2011 (datahub), including the typos TI's tables carry.
            ("Kyrgyz Republic", "KGZ"), ("Taijikistan", "TJK"), ("Moldovaa", "MDA"), ("Kuweit", "KWT"),
            ("Congo  Republic", "COG"), ("Congo, Republic of the", "COG"), ("Congo-Brazzaville", "COG"),
            ("Congo. Democratic Republic", "COD"), ("The Democratic Republic of Congo", "COD"),
            ("Bosnia & Herzegovina", "BIH"), ("Bosnia and Herzgegovina", "BIH"), ("Sao Tome & Principe", "STP"),
            ("Trinidad & Tobago", "TTO"), ("Unit.Kingd.", "GBR"), ("The United States Of America", "USA"),
            ("FYR Macedonia", "MKD"), ("Macedonia (Former Yugoslav Republic of)", "MKD"), ("Czech Republik", "CZE"),
            ("Côte-d'Ivoire", "CIV"), ("Palestinian Authority", "PSE"), ("Luxemburg", "LUX"),
            ("Korea (South)", "KOR"), ("Korea, North", "PRK"), ("Macau", "MAC"),
            // Freedom House.
            ("Russia", "RUS"), ("Congo (Brazzaville)", "COG"), ("Congo (Kinshasa)", "COD"), ("Laos", "LAO"),
            ("Brunei", "BRN"), ("The Gambia", "GMB"), ("Micronesia", "FSM"), ("St. Vincent and the Grenadines", "VCT"),
            ("Kosovo", "XKX"), ("Taiwan", "TWN"), ("Hong Kong", "HKG"), ("Puerto Rico", "PRI"),
            ("Western Sahara", "ESH"),
            // V-Dem country_name.
            ("Burma/Myanmar", "MMR"), ("Ivory Coast", "CIV"), ("Palestine/West Bank", "PSE"),
            ("Republic of the Congo", "COG"), ("Democratic Republic of the Congo", "COD"), ("North Korea", "PRK"),
            // WDI / WGI / GTMI.
            ("Egypt, Arab Rep.", "EGY"), ("Yemen, Rep.", "YEM"), ("Gambia, The", "GMB"), ("Bahamas, The", "BHS"),
            ("Korea, Dem. People's Rep.", "PRK"), ("Korea, Dem. Rep.", "PRK"), ("Korea, DPR", "PRK"),
            ("Korea, Rep.", "KOR"), ("Lao PDR", "LAO"), ("Micronesia, Fed. Sts.", "FSM"),
            ("Hong Kong SAR, China", "HKG"), ("Macao SAR, China", "MAC"), ("Taiwan, China", "TWN"),
            ("Chinese Taipei", "TWN"), ("Venezuela, RB", "VEN"), ("Iran, Islamic Rep.", "IRN"),
            ("São Tomé and Principe", "STP"), ("Curacao", "CUW"), ("Curaçao", "CUW"), ("Virgin Islands (U.S.)", "VIR"),
            ("Jersey, Channel Islands", "JEY"), ("Channel Islands", "CHI"), ("Palestine", "PSE"),
        ]
        for (name, iso3) in cases {
            #expect(try registry.resolve(name: name).iso3 == iso3, "\(name)")
        }
        let vdemCodes = ["MMR", "CIV", "PSE", "COG", "COD", "PRK", "XKX", "TUR", "GMB", "HKG"]
        for code in vdemCodes {
            #expect(try registry.resolve(code: code).iso3 == code)
        }
    }

    @Test func aggregatesAreAggregates() throws {
        let names = ["World", "Euro area", "Europe & Central Asia", "Europe and Central Asia", "IDA total",
                     "IDA & IBRD total", "High income", "Low & middle income", "European Union",
                     "Least developed countries: UN classification", "OECD members", "Arab World",
                     "Middle East, North Africa, Afghanistan & Pakistan", "Sub-Saharan Africa (IDA & IBRD countries)",
                     "Fragile and conflict affected situations", "Not classified", "GLOBAL AVARAGE", "Belgium/Luxembourg"]
        for name in names {
            #expect(try registry.resolve(name: name).kind == .aggregate, "\(name)")
        }
        for code in ["WLD", "EMU", "ECS", "ECA", "TEC", "IDA", "IBT", "HIC", "LMY", "EUU", "INX", "AFE", "SSF"] {
            #expect(try registry.resolve(code: code).kind == .aggregate, "\(code)")
        }
        #expect(try registry.resolve(name: "Europe & Central Asia").iso3 == "ECS")
    }

    @Test func historicalEntities() throws {
        let cases: [(String, String)] = [
            ("Serbia and Montenegro", "SCG"), ("Serbia & Montenegro", "SCG"), ("Yugoslavia", "YUG"),
            ("USSR", "SUN"), ("Soviet Union", "SUN"), ("Czechoslovakia", "CSK"), ("Germany, E.", "DDR"),
            ("Germany, W.", "XGW"), ("Yemen, S.", "YMD"), ("Yemen, N.", "XYN"), ("Vietnam, N.", "XVN"),
            ("Vietnam, S.", "XVS"), ("Netherlands Antilles (former)", "ANT"),
        ]
        for (name, iso3) in cases {
            let c = try registry.resolve(name: name)
            #expect(c.iso3 == iso3, "\(name)")
            #expect(c.kind == .historical, "\(name)")
        }
        // The successors are distinct, current entities.
        #expect(try registry.resolve(name: "Serbia").iso3 == "SRB")
        #expect(try registry.resolve(name: "Germany").iso3 == "DEU")
    }

    @Test func nonSovereignKinds() throws {
        for name in ["Abkhazia", "Crimea", "Transnistria", "Nagorno-Karabakh", "South Ossetia", "Eastern Donbas",
                     "Chechnya", "Tibet", "Somaliland", "Northern Cyprus", "Gaza Strip", "West Bank"] {
            let c = try registry.resolve(name: name)
            #expect(c.kind == .subnationalOrDisputed, "\(name)")
            #expect(c.hasPseudoCode, "\(name)")
        }
        for code in ["PRI", "HKG", "MAC", "GRL", "ABW", "GUM", "ESH", "CHI"] {
            #expect(try registry.resolve(code: code).kind == .territory, "\(code)")
        }
        for code in ["TWN", "XKX", "PSE", "VAT"] {
            #expect(try registry.resolve(code: code).kind == .sovereign, "\(code)")
        }
    }

    @Test func sovereignCountries() {
        // 193 UN members + 2 observers (Holy See, Palestine) + Kosovo + Taiwan.
        #expect(registry.sovereignCountries.count == 197)
        #expect(registry.all.map(\.iso3) == registry.all.map(\.iso3).sorted())
    }

    @Test func normalisation() {
        #expect(CountryRegistry.normalize("  \"Côte  d’Ivoire \" ") == "cote d'ivoire")
        #expect(CountryRegistry.normalize("Bosnia & Herzegovina") == "bosnia and herzegovina")
        #expect(CountryRegistry.normalize("Bosnia&Herzegovina") == "bosnia and herzegovina")
        #expect(CountryRegistry.normalize("SÃO TOMÉ\tand  Príncipe") == "sao tome and principe")
        #expect(CountryRegistry.normalize(" \" ' ") == "")
    }

    @Test func unknownNameErrorText() {
        #expect(throws: RegistryError.unknownName("Kazakstan", source: "EGOV_DATA_2003.csv", suggestions: ["Kazakhstan"])) {
            try registry.resolve(name: " Kazakstan ", source: "EGOV_DATA_2003.csv")
        }
        let error = RegistryError.unknownName("Kazakstan", source: "EGOV_DATA_2003.csv", suggestions: ["Kazakhstan"])
        #expect(error.description == "unknown country name 'Kazakstan' (source: EGOV_DATA_2003.csv); did you mean "
            + "'Kazakhstan'? Correct the spelling, or identify the country by its ISO 3166 alpha-3 code in an iso3 column "
            + "(egov data merge and every --data file match a country by its code, or by any spelling that the official sources use).")
        #expect(!error.description.contains("CountryRegistry") && !error.description.contains(".py"))
        let several = RegistryError.unknownName("Nigerr", source: nil, suggestions: ["Niger", "Nigeria"])
        #expect(several.description.hasPrefix("unknown country name 'Nigerr'; did you mean 'Niger' or 'Nigeria'? "))
        let none = RegistryError.unknownName("Atlantis", source: nil, suggestions: [])
        #expect(none.description.hasPrefix("unknown country name 'Atlantis'; no similar name is known. "))
        // No fuzzy auto-match: near misses are errors that carry suggestions.
        #expect(throws: RegistryError.unknownName("Nigerr", source: nil, suggestions: ["Niger", "Nigeria"])) {
            try registry.resolve(name: "Nigerr")
        }
        #expect(throws: RegistryError.emptyName(source: "row 7")) { try registry.resolve(name: " \"\" ", source: "row 7") }
    }

    @Test func unknownCodeErrorText() {
        #expect(throws: RegistryError.unknownCode("QQQ", source: "wgi.csv")) { try registry.resolve(code: "QQQ", source: "wgi.csv") }
        #expect(RegistryError.unknownCode("QQQ", source: "wgi.csv").description
            == "unknown country code 'QQQ' (source: wgi.csv): not an ISO 3166-1 alpha-3, World Bank, V-Dem or TI "
            + "code known to the registry. Use the country's ISO 3166 alpha-3 code (e.g. KAZ), or give its name in a country column instead.")
    }

    @Test func extendingTheRegistry() throws {
        let extended = try registry.addingAlias("Kazakstan", for: "KAZ")
        #expect(try extended.resolve(name: "kazakstan").iso3 == "KAZ")
        #expect(extended.spellings(of: "KAZ").last == "Kazakstan")
        #expect(throws: RegistryError.self) { try registry.resolve(name: "Kazakstan") }  // original unchanged
        #expect(throws: RegistryError.conflictingAlias("Niger", existing: "NER", requested: "NGA")) {
            try registry.addingAlias("Niger", for: "NGA")
        }
        #expect(throws: RegistryError.unknownEntity(iso3: "QQQ")) { try registry.addingAlias("Q", for: "QQQ") }
        let coded = try registry.addingCode("kaz1", for: "KAZ")
        #expect(try coded.resolve(code: "KAZ1").iso3 == "KAZ")
        #expect(throws: RegistryError.conflictingCode("ROM", existing: "ROU", requested: "RUS")) {
            try registry.addingCode("ROM", for: "RUS")
        }
        let atlantis = Country(iso3: "XAT", name: "Atlantis", kind: .subnationalOrDisputed)
        let bigger = try registry.adding(atlantis, aliases: ["Atlantida"])
        #expect(try bigger.resolve(name: "Atlantida") == atlantis)
        #expect(bigger.all.count == registry.all.count + 1)
        #expect(try bigger.resolve(code: "ZAR").iso3 == "COD")  // old entries keep their codes
        #expect(try bigger.resolve(name: "Georgia (Country)").iso3 == "GEO")
    }
}
