import Foundation
import Testing
import TiledeskLeads

/// Safety with people's work and with strangers' data, in the real terminal: an edit survives
/// SIGKILL, a colleague's concurrent change is never overwritten without the user's choice, and
/// escape sequences in a lead never reach the terminal.
@Suite(.serialized) struct SafetyEndToEndTests {
    @Test func anEditSurvivesSIGKILLAndComesBackOnTheNextStart() async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            let dora = try await world.withClient { try await $0.create(Lead(fullname: "Dora Draft", email: "dora@example.com")) }
            let total = try await world.visibleCount()
            let first = try world.start()
            defer { first.stop() }
            try await first.waitFor(" 1 of \(total)")
            try first.tmux.send("e")
            try await first.waitFor("Edit · Dora Draft")
            try first.tmux.send("C-e")
            try first.tmux.type(" unsaved words")
            try await first.waitFor("Dora Draft unsaved words")
            try first.signal(SIGKILL)
            #expect(try await first.waitForExit() == 137)

            let second = try world.start()
            defer { second.stop() }
            let offer = try await second.waitFor("Unsaved edits to Dora Draft")
            #expect(offer.contains("Name: Dora Draft → Dora Draft unsaved words"), "the offer shows the diff:\n\(offer)")
            try second.tmux.send("Enter")  // the first choice: reopen
            try await second.waitFor("Dora Draft unsaved words")
            try second.tmux.send("C-s")
            try await second.waitFor("Send?")
            try second.tmux.send("y")
            try await second.waitFor("Saved")
            let saved = try await world.withClient { try await $0.get(id: dora.id) }
            #expect(saved.fullname == "Dora Draft unsaved words")
            let drafts = (try? FileManager.default.contentsOfDirectory(atPath: world.home + "/state/leads/drafts")) ?? []
            #expect(drafts.isEmpty, "a saved edit leaves no draft behind")
            // The form was reopened from the list, so saving goes back to the list.
            try await second.waitFor(" 1 of \(total)")
            try second.tmux.send("q")
            #expect(try await second.waitForExit() == 0)
        }
    }

    @Test func aConflictingChangeIsNeverOverwrittenWithoutTheUsersChoice() async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            let cora = try await world.withClient {
                try await $0.create(Lead(fullname: "Cora Conflict", phone: "+1 555 0000", company: "Start Co"))
            }
            let total = try await world.visibleCount()
            let run = try world.start()
            defer { run.stop() }
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("e")
            try await run.waitFor("Edit · Cora Conflict")
            for _ in 0..<3 { try run.tmux.send("Tab") }
            try run.tmux.send("C-a", "C-k")
            try run.tmux.type("Mine Co")
            try await run.waitFor("Mine Co")

            // A colleague changes the phone (another field) and the company (the same field).
            try await world.withClient { client in
                let now = try await client.get(id: cora.id)
                var theirs = now
                theirs.phone = "+1 555 9999"
                theirs.company = "Theirs Co"
                _ = try await client.update(id: cora.id, change: LeadChange.between(now, theirs))
            }

            try run.tmux.send("C-s")
            try await run.waitFor("Send?")
            try run.tmux.send("y")
            let screen = try await run.waitFor("Changed on the server")
            #expect(screen.contains("theirs  Theirs Co") && screen.contains("mine    Mine Co") && screen.contains("was     Start Co"),
                    "both sides shown side by side:\n\(screen)")
            #expect(!screen.contains("Phone"), "the phone changed on one side only and merges by itself")
            try run.tmux.send("y")  // not yet: the overlap is undecided
            try run.tmux.send("Escape")
            try await run.tmux.waitUntil("the form to come back") { $0.contains("Edit · Cora Conflict") }
            #expect(try await world.withClient { try await $0.get(id: cora.id) }.company == "Theirs Co", "nothing written without a choice")

            try run.tmux.send("C-s")
            try await run.waitFor("Send?")
            try run.tmux.send("y")
            try await run.waitFor("Changed on the server")
            try run.tmux.send("m")
            try await run.waitFor("all decided")
            try run.tmux.send("y")
            try await run.waitFor("Saved")
            let saved = try await world.withClient { try await $0.get(id: cora.id) }
            #expect(saved.company == "Mine Co", "the user chose mine over theirs")
            #expect(saved.phone == "+1 555 9999", "the colleague's change to another field is kept")
        }
    }

    @Test func escapeSequencesInALeadNeverReachTheTerminal() async throws {
        try await EndToEndWorld.with(seed: 2) { world in
            let hostile = Lead(
                fullname: "Evil\u{1B}]0;pwned\u{07}\u{1B}]52;c;aGk=\u{07}\u{1B}[2J\u{9B}31m\u{202E}Mallory",
                email: "mallory@example.com", company: String(repeating: "W", count: 10_000),
                note: "line1\u{1B}[1A\u{1B}[2Kline2\u{08}\u{08}\u{7F}", city: "Bell\u{07}\u{07}", tags: ["\u{1B}[5mblink", "\u{200B}zw"])
            _ = try await world.withClient { try await $0.create(hostile) }
            let total = try await world.visibleCount()
            let run = try world.start(record: true)
            defer { run.stop() }
            let titleBefore = run.tmux.display("#{pane_title}")
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("Enter")
            try await run.waitFor("q/Esc back")  // the detail's footer; the 10,000-character company fills the page
            try run.tmux.send("e")
            try await run.waitFor("Edit · Evil")
            try run.tmux.send("Escape")
            try await run.tmux.waitUntil("the detail again") { !$0.contains("Edit · ") && $0.contains("q/Esc back") }
            try run.tmux.send("q")
            try await run.waitFor(" 1 of \(total)")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)

            let bytes = try Data(contentsOf: URL(fileURLWithPath: run.recordingPath))
            #expect(bytes.count > 1_000, "the recording holds the session")
            let written = String(decoding: bytes, as: UTF8.self)
            for forbidden in ["\u{1B}]", "\u{07}", "\u{9B}", "\u{202E}", "\u{1B}[5m", "\u{1B}[1A", "\u{1B}[2K"] {
                #expect(!written.contains(forbidden), "the program wrote \(forbidden.debugDescription), which came from the data")
            }
            #expect(run.tmux.display("#{pane_title}") == titleBefore, "the pane title is unchanged")
        }
    }
}
