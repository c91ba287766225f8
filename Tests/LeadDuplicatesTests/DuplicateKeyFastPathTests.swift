import Foundation
import Testing
import TiledeskLeads
@testable import LeadDuplicates
@testable import LeadsSandbox

/// The shortcuts `leads duplicates` takes to make its keys (byte-wise folding of ASCII text,
/// trimming without Foundation, keys of repeated texts looked up) give exactly the keys of the
/// long way, and the groups do not depend on the order the leads came in.
@Suite struct DuplicateKeyFastPathTests {
    /// Every ASCII character alone, between letters and at either end, and texts people type.
    static let asciiTexts: [String] = {
        var texts = ["", " ", "O'Neil", "  Mario  ROSSI ", "ACME S.p.A.", "x\ty\nz", "\r\n", "3M Co.", "d'Artagnan-Smith", "a''b", "\u{0}a\u{1F}"]
        for byte in UInt8(0)..<0x80 {
            let c = String(decoding: [byte], as: UTF8.self)
            texts += [c, "Ab" + c + "9z", c + "Q", "q" + c]
        }
        return texts
    }()

    @Test func asciiTextFoldsAndSplitsAsThroughFoundation() {
        for text in Self.asciiTexts {
            #expect(TextKey.fold(text) == TextKey.foundationFold(text), "\(Array(text.utf8))")
            #expect(TextKey.asciiWords(text) == TextKey.scalarWords(text), "\(Array(text.utf8))")
        }
    }

    @Test func trimmingAgreesWithFoundation() {
        let texts = Self.asciiTexts + ["\u{A0}x\u{A0}", "\u{3000}名前", "é ", " é", "x\u{85}", "\u{2028}x", "a\u{301}", "\u{FEFF}x"]
        for text in texts {
            #expect(TextKey.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
        }
    }

    /// 20,000 seeded leads (every language of the seed, the duplicate families' variants): the
    /// cache's entries are `DuplicateEntry(lead:)`'s, key for key, also for the texts it had seen.
    @Test func cachedKeysAreTheKeysOfTheLongWay() {
        let generator = SeedGenerator(projectID: "64c0ffee0000000000000001", createdBy: LeadStore.seedCreator)
        var cache = DuplicateKeyCache()
        var repeated = 0
        var seen = Set<String>()
        for index in 0..<20_000 {
            let lead = generator.lead(at: index)
            if let city = lead.city, !seen.insert(city).inserted { repeated += 1 }
            #expect(cache.entry(lead) == DuplicateEntry(lead: lead), "\(lead)")
        }
        #expect(repeated > 10_000, "cities repeat, so the cache is used")
    }

    /// The same leads in any order give the same groups, name groups included (a name bucket is
    /// split into people by the order of its members).
    @Test func groupsDoNotDependOnTheOrderOfTheLeads() {
        let generator = SeedGenerator(projectID: "64c0ffee0000000000000001", createdBy: LeadStore.seedCreator)
        let entries = (0..<10_000).map { DuplicateEntry(lead: generator.lead(at: $0)) }
        let groups = DuplicateFinder.groups(entries)
        #expect(groups.contains { $0.reasons.contains(.nameAndCity) || $0.reasons.contains(.nameAndCompany) })
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3 {
            #expect(DuplicateFinder.groups(entries.shuffled(using: &random)) == groups)
        }
        #expect(DuplicateFinder.groups(entries.reversed()) == groups)
    }
}
