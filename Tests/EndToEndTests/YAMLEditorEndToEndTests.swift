import Foundation
import Testing
import TiledeskLeads

/// `^E` in the browser, in a real terminal with a real editor (vim from `$EDITOR`, a command line
/// with arguments): plain unquoted YAML saves through the form's review; a bad line comes back in
/// the editor with the error on top, is fixed and saved; a colleague's change to the same field
/// made while the editor is open reaches the conflict screen; and a document in the editor when
/// `leads` is killed comes back at the next start.
@Suite(.serialized) struct YAMLEditorEndToEndTests {
    static let editor = ["EDITOR": "vi -u NONE -N -n", "VISUAL": ""]

    func ex(_ run: ProgramRun, _ command: String) throws {
        try run.tmux.type(":" + command)
        try run.tmux.send("Enter")
    }

    /// Starts the browser on a world whose newest lead is `lead`, opens it with `^E`, and waits
    /// for the editor.
    func openInEditor(_ world: EndToEndWorld, _ lead: Lead) async throws -> ProgramRun {
        let total = try await world.visibleCount()
        let run = try world.start(extraEnvironment: Self.editor)
        try await run.waitFor(" 1 of \(total)")
        try run.tmux.send("C-e")
        try await run.waitFor("fullname: \(lead.fullname ?? "")")
        return run
    }

    @Test func plainYAMLSavesAndABadLineComesBackWithItsErrorOnTop() async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            let yara = try await world.withClient { try await $0.create(Lead(fullname: "Yara Yaml", city: "Roma")) }
            let run = try await openInEditor(world, yara)
            defer { run.stop() }
            try ex(run, "%s/^city:.*/citty: Zürich/")
            try ex(run, "%s/^zipcode:.*/zipcode: 00184/")
            try ex(run, "wq")
            let reopened = try await run.waitFor("#! Not saved.")
            #expect(reopened.contains("unknown key citty") && reopened.contains("zipcode: 00184"), "my own text, the error on top")
            try ex(run, "%s/^citty/city/")
            try ex(run, "wq")
            let review = try await run.waitFor("Send?")
            #expect(review.contains("Roma → Zürich"))
            try run.tmux.send("y")
            try await run.waitFor("Saved")
            let saved = try await world.withClient { try await $0.get(id: yara.id) }
            #expect(saved.city == "Zürich" && saved.zipcode == "00184" && saved.fullname == "Yara Yaml")
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
            #expect(run.sttyAfter == run.sttyBefore)
        }
    }

    @Test func aConflictMadeWhileTheEditorIsOpenReachesTheConflictScreen() async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            let cleo = try await world.withClient { try await $0.create(Lead(fullname: "Cleo Clash", phone: "+1 555 0000", city: "Roma")) }
            let run = try await openInEditor(world, cleo)
            defer { run.stop() }
            // A colleague changes the city (my field too) and the phone (not mine) meanwhile.
            try await world.withClient { client in
                _ = try await client.update(id: cleo.id, change: LeadChange(fields: [.city: "Torino", .phone: "+1 555 9999"]))
            }
            try ex(run, "%s/^city:.*/city: Napoli/")
            try ex(run, "wq")
            try await run.waitFor("Send?")
            try run.tmux.send("y")
            let screen = try await run.waitFor("Changed on the server")
            #expect(screen.contains("theirs  Torino") && screen.contains("mine    Napoli") && screen.contains("was     Roma"), "\(screen)")
            #expect(!screen.contains("Phone"), "the phone changed on one side only")
            #expect(try await world.withClient { try await $0.get(id: cleo.id) }.city == "Torino", "nothing written before a choice")
            try run.tmux.send("m")
            try await run.waitFor("all decided")
            try run.tmux.send("y")
            try await run.waitFor("Saved")
            let saved = try await world.withClient { try await $0.get(id: cleo.id) }
            #expect(saved.city == "Napoli" && saved.phone == "+1 555 9999")
        }
    }

    @Test func aDocumentInTheEditorWhenLeadsIsKilledComesBackAtTheNextStart() async throws {
        try await EndToEndWorld.with(seed: 5) { world in
            let kira = try await world.withClient { try await $0.create(Lead(fullname: "Kira Kept", city: "Roma")) }
            let first = try await openInEditor(world, kira)
            defer { first.stop() }
            try ex(first, "%s/^city:.*/city: Bergamo/")
            try ex(first, "w")  // saved in the editor, not yet closed
            try await first.waitFor("written")
            // leads dies with the editor open (kill -9); then the editor is closed too.
            let leads = try #require(first.programPID())
            var editors = ProcessTable.children(of: leads)
            editors += editors.flatMap { ProcessTable.children(of: $0) }
            kill(leads, SIGKILL)
            #expect(try await first.waitForExit() == 137)
            for pid in editors { kill(pid, SIGKILL) }

            let second = try world.start(extraEnvironment: Self.editor)
            defer { second.stop() }
            let offer = try await second.waitFor("Reopen it in the editor")
            #expect(offer.contains("A YAML document of Kira Kept") && offer.contains("Roma → Bergamo"), "\(offer)")
            try second.tmux.send("Enter")
            try await second.waitFor("city: Bergamo")
            try ex(second, "wq")
            try await second.waitFor("Send?")
            try second.tmux.send("y")
            try await second.waitFor("Saved")
            #expect(try await world.withClient { try await $0.get(id: kira.id) }.city == "Bergamo")
            let drafts = (try? FileManager.default.contentsOfDirectory(atPath: world.home + "/state/leads/drafts")) ?? []
            #expect(drafts.isEmpty, "the saved document leaves nothing behind: \(drafts)")
        }
    }
}
