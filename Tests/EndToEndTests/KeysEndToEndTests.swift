import Foundation
import Testing
import LeadsTestSupport
import TiledeskLeads

/// `[keys]` in config.toml in a real terminal: the remapped key works, the old one no longer
/// does, and the footer and `?` show the key in effect.
@Suite(.serialized) struct KeysEndToEndTests {
    @Test func aRemappedKeyWorksTheOldOneNoLongerDoesAndHelpShowsIt() async throws {
        try await EndToEndWorld.with(seed: 30) { world in
            let directory = world.home + "/config/leads"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(
                atPath: directory + "/config.toml", contents: Data("[keys.list]\nopen = \"o\"\n".utf8), attributes: [.posixPermissions: 0o600]))
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            let list = try await run.waitFor(" 1 of \(total)")
            #expect(list.contains("o open"), "the footer shows the new key")
            #expect(!list.contains("Enter open"))

            // Enter no longer opens: the `j` typed after it still moves the list's cursor.
            try run.tmux.send("Enter", "j")
            let moved = try await run.waitFor(" 2 of \(total)")
            #expect(!moved.contains("Lead id"))

            try run.tmux.send("?")
            let help = try await run.tmux.waitUntil("help listing o for open") { $0.range(of: "│ o +open", options: .regularExpression) != nil }
            #expect(help.range(of: "Enter +open", options: .regularExpression) == nil, "help no longer lists Enter")
            try run.tmux.send("q")
            try await run.tmux.waitUntil("help to close") { !$0.contains("─ Help ─") }

            try run.tmux.send("o")
            try await run.waitFor("Lead id")
            try run.tmux.send("q")
            try await run.waitFor(" 2 of \(total)")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
        }
    }

    /// The search box's moves, once fixed keys, follow `[keys.search]` too.
    @Test func theSearchBoxMovesWithItsRemappedKey() async throws {
        try await EndToEndWorld.with(seed: 31) { world in
            let directory = world.home + "/config/leads"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(
                atPath: directory + "/config.toml", contents: Data("[keys]\nsearch = { moveDown = \"^N\" }\n".utf8),
                attributes: [.posixPermissions: 0o600]))
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("/")
            let box = try await run.tmux.waitUntil("the search box's footer") { $0.contains("^N down") }
            #expect(box.contains("Enter search"), "the footer shows the search box's keys")
            try run.tmux.send("C-n", "C-n")
            try await run.waitFor(" 3 of \(total)")
            // ↓ no longer moves: from row 3, ↓ then ↑ ends on row 2 (a ↓ that moved would go 4, 3).
            try run.tmux.send("Down", "Up")
            let moved = try await run.waitFor(" 2 of \(total)")
            #expect(moved.contains("^N down"), "the search box is still open")
            // Esc alone (Esc then q at once would read as M-q), then q once the box is closed.
            try run.tmux.send("Escape")
            try await run.tmux.waitUntil("the search box to close") { $0.contains("Enter open") }
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
        }
    }
}
