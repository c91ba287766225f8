import Foundation
import LeadDuplicates
import Testing
import TiledeskLeads
@testable import leads

/// `leads duplicates --json/--ndjson` writes each group straight from its fields; the text is the
/// very text of the group's JSON object (sorted keys, absent fields left out, every escape).
@Suite struct DuplicateGroupTextTests {
    @Test func writtenGroupIsTheTextOfItsJSONObject() {
        let created = Date(timeIntervalSince1970: 1_700_000_000.123)
        let leads = [
            Lead(id: "a1", fullname: "Zoë \"Q\" \u{202E}Ångström", email: "Zoe@Example.com", phone: "+39 333 123 4567", company: "Acme\tSpA",
                 city: "Roma\n", createdAt: created, updatedAt: created.addingTimeInterval(60)),
            Lead(id: "a2", email: " zoe@example.com ", createdAt: created.addingTimeInterval(1)),
            Lead(id: "a3", fullname: "Ångström Zoë", phone: "0039 333 1234567", company: "acme spa", city: "roma"),
            Lead(id: "b1", fullname: "Mario Rossi", company: "Fiat", city: "Torino"),
            Lead(id: "b2", fullname: "Rossi Mario", company: "FIAT", city: "torino", updatedAt: created),
        ]
        let groups = DuplicateFinder.groups(leads.map(DuplicateEntry.init(lead:)))
        #expect(groups.count == 2 && groups.contains { $0.reasons.count > 1 })
        for group in groups {
            var written: [UInt8] = []
            DuplicateGroupText.writeJSON(group, to: &written)
            #expect(String(decoding: written, as: UTF8.self) == DuplicateGroupText.json(group).jsonText)
        }
        for reasons in [[DuplicateReason.email], [.phone], [.nameAndCity], [.email, .phone, .nameAndCompany, .nameAndCity]] {
            let group = DuplicateGroup(entries: groups[0].entries, reasons: reasons)
            var written: [UInt8] = []
            DuplicateGroupText.writeJSON(group, to: &written)
            #expect(String(decoding: written, as: UTF8.self) == DuplicateGroupText.json(group).jsonText, "confidence \(group.confidence)")
        }
    }
}
