import Foundation
import Testing
import TiledeskLeads
@testable import LeadsSandbox

@Suite struct SeedGeneratorTests {
    let a = SeedGenerator(projectID: "64c0ffee0000000000000001", createdBy: LeadStore.seedCreator)
    let b = SeedGenerator(projectID: "64c0ffee0000000000000002", createdBy: LeadStore.seedCreator)

    @Test func sameIndexGivesTheSameLead() {
        for index in [0, 1, 37, 999, 123_456] {
            #expect(a.lead(at: index) == SeedGenerator(projectID: a.projectID, createdBy: a.createdBy).lead(at: index))
        }
    }

    @Test func idsAreObjectIDsUniqueAcrossProjects() {
        let ids = (0..<5_000).flatMap { [a.lead(at: $0).id, b.lead(at: $0).id] }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.count == 24 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func leadsAreVariedLikeARealProject() {
        let leads = (0..<10_000).map(a.lead(at:))
        let names = leads.compactMap(\.fullname).joined()
        let scripts: [(String, ClosedRange<UInt32>)] = [
            ("Cyrillic", 0x0400...0x04FF), ("Greek", 0x0370...0x03FF), ("Arabic", 0x0600...0x06FF),
            ("Hebrew", 0x0590...0x05FF), ("CJK", 0x4E00...0x9FFF), ("Hangul", 0xAC00...0xD7AF),
            ("Devanagari", 0x0900...0x097F), ("Latin accents", 0x00C0...0x017F), ("emoji", 0x1F300...0x1FAFF),
        ]
        for (script, range) in scripts {
            #expect(names.unicodeScalars.contains { range.contains($0.value) }, "no \(script) names")
        }
        let trashed = leads.filter { $0.status == LeadStatus.trashed }.count
        #expect((100...300).contains(trashed), "about 2% in the trash, got \(trashed)")
        #expect(Set(leads.compactMap(\.country)).count >= 15)
        #expect(leads.contains { ($0.note ?? "").contains("\n") })
        #expect(leads.contains { $0.tags.contains("lead/hot") } && leads.contains { $0.tags.contains("churn risk") })
        #expect(leads.contains { $0.attributes?["source"]?.objectValue != nil })
        #expect(leads.contains { if case .array? = $0.attributes?["languages"] { true } else { false } })
        let emails = leads.compactMap(\.email)
        #expect(emails.count > 9_000 && emails.allSatisfy { $0.contains("@") && $0.unicodeScalars.allSatisfy(\.isASCII) })
        let days = leads.compactMap(\.createdAt).map(\.timeIntervalSince1970)
        #expect((days.max()! - days.min()!) > 2.9 * 365 * 86_400 && days.max()! <= SeedGenerator.newest)
        #expect(leads.allSatisfy { ($0.updatedAt ?? .distantPast) >= ($0.createdAt ?? .distantFuture) })
        // Edits spread as a real project's do: none after `newest`, and no pile on one millisecond
        // (leads edited "after" `newest` used to all get `newest`, 1.6% of the project).
        let edits = Dictionary(grouping: leads.compactMap(\.updatedAt), by: { $0 }).values.map(\.count)
        #expect(leads.allSatisfy { ($0.updatedAt?.timeIntervalSince1970 ?? 0) <= SeedGenerator.newest })
        #expect(edits.max() ?? 0 <= 2, "at most two leads share an updatedAt, found \(edits.max() ?? 0)")
    }

    @Test func hostileRecordsAreIncludedEarly() {
        let first = (0..<1_200).map(a.lead(at:))
        let texts = first.flatMap { [$0.fullname, $0.note, $0.company, $0.city].compactMap { $0 } }
        #expect(texts.contains { $0.contains("\u{1B}]0;") })
        #expect(texts.contains { $0.contains("\u{1B}]52;") })
        #expect(texts.contains { $0.contains("\u{202E}") })
        #expect(texts.contains { $0.utf8.count >= 5_000 })
        #expect(first.contains { $0.fullname == "" && $0.email == nil })
        #expect(a.lead(at: 37).fullname?.contains("\u{1B}") == true)
    }
}
