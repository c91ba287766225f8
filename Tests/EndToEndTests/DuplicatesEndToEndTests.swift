import Foundation
import Testing
import LeadsTestSupport
import TiledeskLeads

/// Duplicates in the real program: `D` shows the groups (the index built on the way), a group
/// opens side by side, an attribute's value is chosen, `m` reviews, `y` after a colleague's change
/// writes nothing and shows it, the next `y` merges, `u` undoes; then the form warns on create about
/// the same email (the server) and the same phone (the index). Each write is checked through the
/// API as another user of the project would see it.
@Suite(.serialized) struct DuplicatesEndToEndTests {
    @Test func duplicatesViewMergeUndoAndTheWarningOnCreate() async throws {
        try await EndToEndWorld.with { world in
            let (older, newer) = try await world.withClient { client in
                let older = try await client.create(Lead(fullname: "Quintus Duplicatus", email: "quintus@example.org", attributes: ["plan": "pro"]))
                var newer = try await client.create(Lead(fullname: "QUINTUS Duplicatus", email: "Quintus@Example.org", attributes: ["plan": "free"]))
                newer = try await client.update(id: newer.id, change: LeadChange(fields: [.phone: "+39 333 765 4321", .company: "Dup Srl"]))
                return (older, newer)
            }
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")

            try run.tmux.send("D")
            try await run.waitFor("Duplicates · ")
            try await run.tmux.waitUntil("the groups") { $0.contains("groups ·") || $0.contains("group ·") }
            try await run.waitFor("Quintus Duplicatus <quintus@example.org>")
            for _ in 0..<60 {
                let selected = run.tmux.screen().split(separator: "\n").first { $0.hasPrefix("› ") } ?? ""
                if selected.contains("Quintus") { break }
                try run.tmux.send("j")
                try await run.tmux.waitUntil("the cursor to move") { $0.split(separator: "\n").first { $0.hasPrefix("› ") } != selected }
            }
            try run.tmux.send("Enter")
            try await run.waitFor("#1 oldest · survivor")
            try await run.waitFor("Dup Srl")
            // The plan attribute differs: its own row (below the ten fields, tags and attributes);
            // the newer lead's value is kept there.
            for _ in 0..<12 { try run.tmux.send("j") }
            try await run.waitFor("›   plan")
            try run.tmux.send("l")
            try run.tmux.send("Enter")
            try await run.waitFor("✓ \"free\"")
            try run.tmux.send("m")
            try await run.waitFor("Survivor \(older.id)")
            try await run.waitFor("company: (empty) → Dup Srl")
            try await run.waitFor("attributes.plan: \"free\" (from \(newer.id))")

            // A colleague changes the newer lead meanwhile: y writes nothing and the review shows it.
            _ = try await world.withClient { try await $0.update(id: newer.id, change: LeadChange(fields: [.company: "Dup Group"])) }
            try run.tmux.send("y")
            try await run.waitFor("\(newer.id) changed since the group was shown")
            try await run.waitFor("company: (empty) → Dup Group")
            #expect(try await world.withClient { try await $0.get(id: older.id).company ?? "" } == "", "nothing was written")
            try run.tmux.send("y")
            try await run.waitFor("Merged 1 lead into Quintus Duplicatus")
            let merged = try await world.withClient { try await $0.get(id: older.id) }
            #expect(merged.phone == "+39 333 765 4321" && merged.company == "Dup Group", "the survivor took the values it lacked")
            #expect(merged.attributes?["plan"] == "free", "the chosen attribute value")
            let trashed = try await world.withClient { try await $0.get(id: newer.id) }
            #expect(trashed.isTrashed && trashed.attributes?["mergedInto"] == .string(older.id))

            try run.tmux.send("u")
            try await run.waitFor("Merge undone")
            let restored = try await world.withClient { try await $0.get(id: newer.id) }
            #expect(!restored.isTrashed && restored.attributes?["mergedInto"] == nil)
            let survivor = try await world.withClient { try await $0.get(id: older.id) }
            #expect((survivor.phone ?? "").isEmpty && (survivor.company ?? "").isEmpty, "the survivor is as it was")
            #expect(survivor.attributes == ["plan": "pro"], "its own attribute back, and no record of the merge left")

            // A new lead with their email and phone: warned beside each field, never refused.
            try run.tmux.send("q")
            try await run.waitFor(" of \(total)")
            try run.tmux.send("n")
            try await run.waitFor("New lead")
            try run.tmux.type("Quintus Third")
            try run.tmux.send("Tab")
            try run.tmux.type("Quintus@Example.org")
            try run.tmux.send("Tab")
            try await run.waitFor("2 leads have this email — ^G opens them")
            try run.tmux.type("0039 3337654321")
            try run.tmux.send("Tab")
            try await run.waitFor("1 lead has this phone — ^G opens it")
            try run.tmux.send("Escape")
            try await run.waitFor("Discard your edits?")
            try run.tmux.send("y")
            try await run.waitFor(" of \(total)")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
            #expect(try await world.visibleCount() == total, "nothing was created")
        }
    }
}
