import Testing
@testable import LeadDuplicates

/// The country a lead holds, as a name in any language the demo data uses or as a code, gives the
/// region national phone numbers are read in.
@Suite struct CountryRegionTests {
    /// Every country of the seeded demo data, as the seed writes it.
    static let seedCountries: [(String, String)] = [
        ("United States", "US"), ("United Kingdom", "GB"), ("France", "FR"), ("Deutschland", "DE"), ("España", "ES"),
        ("Brasil", "BR"), ("Polska", "PL"), ("Türkiye", "TR"), ("Россия", "RU"), ("Ελλάδα", "GR"), ("مصر", "EG"),
        ("ישראל", "IL"), ("भारत", "IN"), ("中国", "CN"), ("日本", "JP"), ("대한민국", "KR"), ("Việt Nam", "VN"), ("Italia", "IT"),
    ]

    @Test func everySeedCountryIsKnown() {
        for (name, code) in Self.seedCountries {
            #expect(CountryRegion.code(for: name) == code, "\(name)")
        }
    }

    @Test func namesInTheSeedsLanguagesAndCodes() {
        let names: [(String, String)] = [
            ("Italy", "IT"), ("Italie", "IT"), ("Italien", "IT"), ("Италия", "IT"), ("イタリア", "IT"), ("意大利", "IT"),
            ("이탈리아", "IT"), ("Włochy", "IT"), ("İtalya", "IT"), ("Ιταλία", "IT"), ("إيطاليا", "IT"), ("איטליה", "IT"),
            ("Germany", "DE"), ("Allemagne", "DE"), ("Alemania", "DE"), ("Niemcy", "DE"), ("Германия", "DE"), ("ドイツ", "DE"),
            ("Stati Uniti", "US"), ("USA", "US"), ("U.S.A.", "US"), ("UK", "GB"), ("Regno Unito", "GB"), ("Turkey", "TR"),
            ("Russia", "RU"), ("Korea", "KR"), ("South Korea", "KR"), ("Vietnam", "VN"), ("Egypt", "EG"), ("Israel", "IL"),
            ("India", "IN"), ("China", "CN"), ("Japan", "JP"), ("Brazil", "BR"), ("Spain", "ES"), ("Poland", "PL"), ("Greece", "GR"),
            ("it", "IT"), ("IT", "IT"), ("de", "DE"), ("  FRANCE ", "FR"), ("espana", "ES"), ("TURKIYE", "TR"),
        ]
        for (name, code) in names {
            #expect(CountryRegion.code(for: name) == code, "\(name)")
        }
    }

    @Test func unknownOrEmptyIsNoRegion() {
        #expect(CountryRegion.code(for: nil) == nil)
        #expect(CountryRegion.code(for: "") == nil)
        #expect(CountryRegion.code(for: "Atlantis") == nil)
    }
}
