import Foundation
import Testing
@testable import LeadDuplicates

/// Grouping numbers keys by hashes made once per entry: two keys get one number exactly when
/// `String` takes them for equal, whatever the hashes do.
@Suite struct KeyNumbersTests {
    static func entry(_ id: Int, email: String?) -> DuplicateEntry {
        DuplicateEntry(
            id: "\(id)", createdAt: nil, updatedAt: nil, fullname: nil, email: email, phone: nil, company: nil, city: nil,
            emailKey: email, phoneKey: nil, nameKey: nil, companyKey: nil, cityKey: nil)
    }

    /// Canonically equivalent spellings (composed and decomposed accents, the Greek question mark
    /// and `;`, the Kelvin sign and `K`) share a number; look-alikes that are only compatible
    /// (half- and full-width kana) and different texts do not; no key is -1.
    @Test func keysShareANumberExactlyWhenStringTakesThemForEqual() {
        let keys: [String?] = [
            "a@x.org", nil, "é@x.org", "e\u{301}@x.org", "a;b@x.org", "a\u{37E}b@x.org", "K", "\u{212A}", "a@x.org", "b@x.org",
            "日本", "日本", "ｶ", "カ", "\u{1FEF}", "`", "", nil,
        ]
        let numbers = KeyNumbers.all(keys.enumerated().map { Self.entry($0.offset, email: $0.element) })[.email]!
        for a in keys.indices {
            #expect((numbers[a] < 0) == (keys[a] == nil))
            for b in keys.indices where keys[a] != nil && keys[b] != nil {
                let scalars = [keys[a]!, keys[b]!].map { $0.unicodeScalars.map(\.value) }
                #expect((numbers[a] == numbers[b]) == (keys[a] == keys[b]), "\(scalars)")
            }
        }
        #expect(numbers.distinct == Set(keys.compactMap { $0 }).count)
        #expect(numbers[0] == 0 && numbers[2] == 1, "numbered in the order first met")
    }

    /// Every hash alike: the texts still tell the keys apart.
    @Test func collidingHashesDoNotMakeDifferentKeysOne() {
        let keys = (0..<600).map { "key \($0 % 137)" }
        let numbers = KeyNumbers(hashes: Array(repeating: 42, count: keys.count)) { keys[$0] == keys[$1] }
        #expect(numbers.distinct == 137)
        for a in keys.indices { #expect(numbers[a] == numbers[a % 137]) }
        #expect(Set(numbers.numbers).count == 137)
    }

    /// A hash of 0 is a lead without the key: numbered -1 and never a match.
    @Test func aZeroHashIsNoKey() {
        let numbers = KeyNumbers(hashes: [0, 7, 0, 7, 9]) { _, _ in true }
        #expect(numbers.numbers == [-1, 0, -1, 0, 1])
        #expect(numbers.distinct == 2)
        #expect(KeyNumbers(hashes: []) { _, _ in true }.distinct == 0)
    }
}
