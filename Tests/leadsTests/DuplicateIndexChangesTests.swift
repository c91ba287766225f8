import Foundation
import LeadDuplicates
import Testing
import TiledeskLeads
@testable import leads

/// What the server says changed since the index's mark lands on the index as it did when it was
/// applied page by page: live leads first, then the trash; a lead read again at its own
/// `updatedAt` keeps its entry; a lead trashed that the index never had is no removal.
@Suite struct DuplicateIndexChangesTests {
    static func lead(_ id: String, _ name: String, at milliseconds: Int64) -> Lead {
        Lead(id: id, fullname: name, updatedAt: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    @Test func changesLandLiveThenTrashedAndCountOnlyWhatMoved() {
        let known = [Self.lead("a", "A", at: 100), Self.lead("b", "B", at: 200), Self.lead("c", "C", at: 300)]
        var contents = DuplicateIndexFile.Contents(entries: known.map(DuplicateIndexFile.entry), mark: 300)
        var changes = DuplicateIndexer.Changes(mark: 300)
        changes.live = [Self.lead("d", "D", at: 400), Self.lead("c", "C again", at: 300), Self.lead("b", "B2", at: 350), Self.lead("e", "E", at: 310)]
        changes.trashed = [Self.lead("e", "E", at: 320), Self.lead("a", "A", at: 330), Self.lead("zz", "never indexed", at: 340)]
        let (changed, removed) = changes.apply(to: &contents)
        #expect(contents.entries.map(\.id) == ["b", "c", "d"])
        #expect(contents.entry(id: "c")?.fullname == "C", "read again at its own updatedAt: its entry stands")
        #expect(contents.entry(id: "b")?.fullname == "B2")
        #expect(changed == 3, "d and e new, b changed")
        #expect(removed == 2, "e (new, then trashed) and a; zz was never in the index")
        #expect(contents.mark == 400)
    }
}
