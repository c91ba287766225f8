import Foundation
import Testing
import LeadsTestSupport
import TiledeskLeads

/// Bulk work in the real program: mark rows with keys, tag them all, undo, each step checked
/// through the API as another user of the project would see it.
@Suite(.serialized) struct BulkEndToEndTests {
    @Test func markThreeRowsTagThemThenUndo() async throws {
        try await EndToEndWorld.with { world in
            let total = try await world.visibleCount()
            let firstThree = try await world.withClient { try await $0.list(LeadQuery(limit: 3)).leads }
            let run = try world.start()
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("Space", "Space", "Space")
            let marked = try await run.waitFor("3 marked · 4 of \(total)")
            #expect(marked.components(separatedBy: "✓ ").count - 1 == 3, "the marked rows show their check")
            try run.tmux.send("+")
            try await run.waitFor("Tag to add to the 3 marked")
            try run.tmux.type("bulk-e2e")
            try run.tmux.send("Enter")
            try await run.waitFor("Add tag bulk-e2e to 3 leads?")
            try run.tmux.send("y")
            try await run.waitFor("Tagged 3 leads")
            let tagged = try await world.withClient { client in
                try await client.list(LeadQuery(limit: 100, tag: "bulk-e2e")).leads.map(\.id)
            }
            #expect(Set(tagged) == Set(firstThree.map(\.id)))

            try run.tmux.send("u")
            try await run.waitFor("Untagged 3 leads")
            let after = try await world.withClient { try await $0.list(LeadQuery(limit: 100, tag: "bulk-e2e")).count }
            #expect(after == 0)
            for lead in firstThree {
                let now = try await world.withClient { try await $0.get(id: lead.id) }
                #expect(now.tags == lead.tags, "undo leaves each lead's tags as they were")
            }
            try run.tmux.send("Escape")
            try await run.tmux.waitUntil("the marks to clear") { !$0.contains("3 marked") }
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
        }
    }
}
