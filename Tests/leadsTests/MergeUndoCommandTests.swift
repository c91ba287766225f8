import Foundation
import LeadDuplicates
import LeadsSandbox
import Testing
import TiledeskLeads

/// `leads merge --undo SURVIVOR` through the binary against the sandbox: after a merge, a
/// colleague changes one merged value; the undo brings every merged lead out of the trash without
/// `mergedInto`, puts back each of the survivor's values the merge wrote except the colleague's,
/// and says so. A second undo finds nothing to undo.
@Suite struct MergeUndoCommandTests {
    @Test func undoRestoresTheMergedLeadsAndTheSurvivorButNotAColleaguesChange() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await sandbox.withClient { try await MergeCommandTests.people($0) }
            let ids = leads.map(\.id)
            let merged = try await sandbox.leads(["merge"] + ids + ["--yes"])
            #expect(merged.code == 0, "\(merged.stderr)")
            try await sandbox.withClient { client in
                _ = try await client.update(id: ids[0], change: LeadChange(fields: [.zipcode: "00100"]))  // a colleague, since
            }

            let usage = try await sandbox.leads(["merge", ids[0], "--undo", ids[0]])
            #expect(usage.code == 2, "--undo takes the survivor alone")
            let dry = try await sandbox.leads(["merge", "--undo", ids[0], "--dry-run"])
            #expect(dry.code == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("restore \(ids[1])") && dry.stdout.contains("restore \(ids[2])"))
            #expect(dry.stdout.contains("zipcode: changed since the merge"), "\(dry.stdout)")
            #expect(dry.stdout.contains("dry run: nothing was changed"))
            #expect(try await sandbox.withClient { try await $0.get(id: ids[1]).isTrashed }, "a dry run writes nothing")
            let unasked = try await sandbox.leads(["merge", "--undo", ids[0]])
            #expect(unasked.code == 2 && unasked.stderr.contains("--yes"), "never undone unasked")

            let undone = try await sandbox.leads(["merge", "--undo", ids[0], "--yes"])
            #expect(undone.code == 0, "\(undone.stderr)")
            #expect(undone.stdout.contains("properties.industry: the API cannot remove a property"))
            try await sandbox.withClient { client in
                let survivor = try await client.get(id: ids[0])
                let before = leads[0]
                for field in LeadField.allCases where field != .zipcode {
                    #expect((survivor[field] ?? "") == (before[field] ?? ""), "\(field) is as before the merge")
                }
                #expect(survivor.zipcode == "00100", "the colleague's change stays")
                #expect(survivor.tags == before.tags && survivor.attributes == before.attributes, "no record left either")
                for (index, id) in ids.enumerated().dropFirst() {
                    let other = try await client.get(id: id)
                    #expect(!other.isTrashed && other.attributes?[MergePlan.mergedIntoKey] == nil)
                    #expect(other.attributes == leads[index].attributes && other.tags == leads[index].tags)
                }
            }
            let again = try await sandbox.leads(["merge", "--undo", ids[0], "--yes"])
            #expect(again.code == 3 && again.stderr.contains("nothing to undo"), "\(again.stderr)")
        }
    }

    /// As for a merge, `--json` leaves stdout to the lead alone, so a script can read the survivor
    /// as the undo left it; the review and the "undone" line go to stderr.
    @Test func undoWithJSONPrintsTheRestoredSurvivorAloneOnStdout() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await sandbox.withClient { try await MergeCommandTests.people($0) }
            let ids = leads.map(\.id)
            #expect(try await sandbox.leads(["merge"] + ids + ["--yes"]).code == 0)

            let dry = try await sandbox.leads(["merge", "--undo", ids[0], "--dry-run", "--json"])
            #expect(dry.code == 0, "\(dry.stderr)")
            #expect(dry.stdout.isEmpty, "a dry run has no survivor to print: \(dry.stdout)")
            #expect(dry.stderr.contains("restore \(ids[1])") && dry.stderr.contains("dry run: nothing was changed"))

            let undone = try await sandbox.leads(["merge", "--undo", ids[0], "--yes", "--json"])
            #expect(undone.code == 0, "\(undone.stderr)")
            let printed = try Lead(jsonObject: JSONValue.parse(undone.stdout))
            #expect(undone.stderr.contains("restore \(ids[2])") && undone.stderr.contains("merge into \(ids[0]) undone"))
            #expect(printed.id == ids[0] && (printed.phone ?? "") == "" && printed.tags == leads[0].tags, "the survivor as before the merge")
            #expect(printed.attributes?[MergeRecord.key] == nil, "printed after the record was removed")
            let held = try await sandbox.withClient { try await $0.get(id: ids[0]) }
            #expect(held == printed, "what was printed is what the server holds")
        }
    }

    @Test func twoMergesIntoOneSurvivorAreUndoneNewestFirst() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await sandbox.withClient { try await MergeCommandTests.people($0) }
            let ids = leads.map(\.id)
            #expect(try await sandbox.leads(["merge", ids[0], ids[1], "--yes"]).code == 0)
            #expect(try await sandbox.leads(["merge", ids[0], ids[2], "--yes"]).code == 0)
            #expect(try await sandbox.leads(["merge", "--undo", ids[0], "--yes"]).code == 0)
            try await sandbox.withClient { client in
                let third = try await client.get(id: ids[2]), second = try await client.get(id: ids[1])
                #expect(!third.isTrashed && second.isTrashed, "only the second merge is undone")
                let survivor = try await client.get(id: ids[0])
                #expect(MergeRecord(survivor.attributes?[MergeRecord.key])?.leads == [ids[1]], "the first merge's record is back")
                #expect(!survivor.tags.contains("lead/hot") && survivor.tags.contains("newsletter"))
            }
            #expect(try await sandbox.leads(["merge", "--undo", ids[0], "--yes"]).code == 0)
            try await sandbox.withClient { client in
                let survivor = try await client.get(id: ids[0])
                #expect(survivor.tags == leads[0].tags && survivor.attributes == leads[0].attributes && (survivor.phone ?? "") == (leads[0].phone ?? ""))
                let second = try await client.get(id: ids[1])
                #expect(!second.isTrashed)
            }
        }
    }
}
