import Foundation
import Testing
import TiledeskLeads

/// `leads edit` from a shell in a real terminal, with a real editor (vim, started from `$EDITOR`
/// as a command line with arguments): plain YAML saves; a bad line comes back in the editor with
/// the error on top and the user's own text; a colleague's change to the same field made while the
/// editor is open stops the save with exit code 5 and keeps the text in a file.
@Suite(.serialized) struct EditEndToEndTests {
    /// vim without any user's configuration, no swap file: the same on every machine.
    static let editor = ["EDITOR": "vi -u NONE -N -n", "VISUAL": ""]

    /// Runs an Ex command in vim and waits for it to be done (vim echoes nothing for `:s`).
    func ex(_ run: ProgramRun, _ command: String) throws {
        try run.tmux.type(":" + command)
        try run.tmux.send("Enter")
    }

    @Test func aBadLineComesBackWithTheErrorOnTopThenThePlainYAMLSaves() async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            let vera = try await world.withClient { try await $0.create(Lead(fullname: "Vera Vim", city: "Roma", zipcode: "1")) }
            let run = try world.start(["edit", vera.id], extraEnvironment: Self.editor)
            defer { run.stop() }
            try await run.waitFor("fullname: Vera Vim")
            // Plain, unquoted YAML as anyone writes it, and a misspelt key.
            try ex(run, "%s/^city:.*/citty: Zürich/")
            try ex(run, "%s/^zipcode:.*/zipcode: 00184/")
            try ex(run, "wq")
            let reopened = try await run.waitFor("#! Not saved.")
            #expect(reopened.contains("unknown key citty"))
            #expect(reopened.contains("zipcode: 00184"), "the user's own text came back")
            try ex(run, "%s/^citty:/city:/")
            try ex(run, "wq")
            #expect(try await run.waitForExit() == 0, "\(run.stderr)")
            #expect(run.stderr.contains("not saved: 1 problem(s); the editor opens again"))
            #expect(run.sttyAfter == run.sttyBefore, "the terminal is as it was")
            let saved = try await world.withClient { try await $0.get(id: vera.id) }
            #expect(saved.city == "Zürich" && saved.zipcode == "00184" && saved.fullname == "Vera Vim")
        }
    }

    @Test func aConflictMadeWhileTheEditorIsOpenStopsWithExit5AndKeepsTheText() async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            let cleo = try await world.withClient { try await $0.create(Lead(fullname: "Cleo Clash", city: "Roma")) }
            let run = try world.start(["edit", cleo.id], extraEnvironment: Self.editor)
            defer { run.stop() }
            try await run.waitFor("fullname: Cleo Clash")
            // A colleague changes the same field while the editor is open.
            _ = try await world.withClient { try await $0.update(id: cleo.id, change: LeadChange(fields: [.city: "Torino"])) }
            try ex(run, "%s/^city:.*/city: Napoli/")
            try ex(run, "wq")
            #expect(try await run.waitForExit() == 5, "\(run.stderr)")
            #expect(run.stderr.contains("City: yours Napoli, theirs Torino, before Roma"))
            let path = try #require(run.stderr.components(separatedBy: "kept in ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("city: Napoli"))
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
            #expect(try await world.withClient { try await $0.get(id: cleo.id) }.city == "Torino", "theirs is not overwritten")
        }
    }
}
