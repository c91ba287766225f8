import Testing
@testable import LeadDuplicates

/// Phones from twenty countries, each written the ways people write it, come out as one E.164
/// number; the lead's country (a name in any language of the demo data, or a code) reads the
/// national forms.
@Suite struct PhoneKeyTests {
    /// (country as a lead holds it, spellings, E.164)
    static let table: [(String, [String], String)] = [
        ("Italia", ["+39 333 123 4567", "0039 3331234567", "333 123 4567", "(+39) 333-1234567"], "+393331234567"),
        ("United States", ["+1 (415) 555-2671", "415-555-2671", "001 415 555 2671", "(415) 555 2671"], "+14155552671"),
        ("United Kingdom", ["+44 7911 123456", "07911 123456", "0044 7911 123 456"], "+447911123456"),
        ("France", ["+33 6 12 34 56 78", "06 12 34 56 78", "0033 612345678"], "+33612345678"),
        ("Deutschland", ["+49 151 23456789", "0151 23456789", "0049 15123456789"], "+4915123456789"),
        ("España", ["+34 612 345 678", "612 34 56 78", "0034612345678"], "+34612345678"),
        ("Brasil", ["+55 11 91234-5678", "(11) 91234-5678", "0055 11 912345678"], "+5511912345678"),
        ("Polska", ["+48 512 345 678", "512-345-678", "0048 512345678"], "+48512345678"),
        ("Türkiye", ["+90 532 123 45 67", "0532 123 45 67", "0090 5321234567"], "+905321234567"),
        ("Россия", ["+7 912 345-67-89", "8 (912) 345-67-89", "8 912 3456789"], "+79123456789"),
        ("Ελλάδα", ["+30 691 234 5678", "691 234 5678", "0030 6912345678"], "+306912345678"),
        ("مصر", ["+20 10 1234 5678", "010 1234 5678", "0020 1012345678"], "+201012345678"),
        ("ישראל", ["+972 52-123-4567", "052-123-4567", "00972 521234567"], "+972521234567"),
        ("भारत", ["+91 98765 43210", "098765 43210", "98765-43210"], "+919876543210"),
        ("中国", ["+86 138 1234 5678", "138 1234 5678", "0086 13812345678"], "+8613812345678"),
        ("日本", ["+81 90-1234-5678", "090-1234-5678", "090 1234 5678"], "+819012345678"),
        ("대한민국", ["+82 10-1234-5678", "010-1234-5678", "01012345678"], "+821012345678"),
        ("Việt Nam", ["+84 91 234 56 78", "091 234 56 78", "0084 912345678"], "+84912345678"),
        ("CH", ["+41 78 123 45 67", "078 123 45 67", "0041781234567"], "+41781234567"),
        ("Nederland", ["+31 6 12345678", "06-12345678", "0031 612345678"], "+31612345678"),
    ]

    @Test func everySpellingOfANumberIsOneE164Number() {
        #expect(Self.table.count == 20)
        for (country, spellings, e164) in Self.table {
            for spelling in spellings {
                #expect(PhoneKey.key(spelling, country: country) == e164, "\(spelling) in \(country)")
            }
            #expect(PhoneKey.isValid(e164, region: nil), "\(e164) is a valid number")
        }
    }

    @Test func internationalFormsNeedNoCountry() {
        #expect(PhoneKey.key("+39 333 123 4567", country: nil) == "+393331234567")
        #expect(PhoneKey.key("0039 333 123 4567", country: nil) == "+393331234567")
        #expect(PhoneKey.key("+39 333 123 4567", country: "Japan") == "+393331234567", "a + wins over the country")
    }

    @Test func theSameNationalDigitsInTwoCountriesAreTwoNumbers() {
        let italy = PhoneKey.key("0612345678", country: "Italia")
        let france = PhoneKey.key("0612345678", country: "France")
        #expect(italy != nil && france != nil && italy != france)
    }

    @Test func textThatIsNoNumberHasNoKey() {
        #expect(PhoneKey.key("", country: "Italia") == nil)
        #expect(PhoneKey.key("n/a", country: "Italia") == nil)
        #expect(PhoneKey.key("call me", country: nil) == nil)
        // Unreadable without a country, but the same digits still match themselves.
        #expect(PhoneKey.key("333 123 4567", country: nil) == "digits:3331234567")
    }
}
