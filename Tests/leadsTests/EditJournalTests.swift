import Foundation
import LeadsTestSupport
import Testing
import TiledeskLeads

/// `leads edit` killed with SIGKILL while the editor is open (as a crash or a dropped SSH session
/// would end it) loses nothing: the next `leads edit` of the lead opens the editor on the user's
/// text with a note on top, and saving it lands the user's change merged with a colleague's
/// change made meanwhile. Emptying it discards it. The journal is private and goes when an edit
/// ends. Through the binary, against the sandbox over real HTTP, editor scripts at the keyboard.
@Suite struct EditJournalTests {
    let scripts = EditCommandTests()

    /// Starts `leads edit ID` with an editor that changes the city, then blocks; kills `leads`
    /// with SIGKILL once the editor has saved, and lets the orphaned editor go.
    func editKilledInTheEditor(_ sandbox: CLISandbox, _ id: String, city: String) async throws {
        let ready = sandbox.home + "/ready-\(city)"
        let release = sandbox.home + "/release-\(city)"
        let blocked = try scripts.editor("blocked-\(city).sh", """
            sed -i 's/^city:.*/city: \(city)/' "$file"
            touch "\(ready)"
            i=0
            while [ ! -f "\(release)" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done
            """, in: sandbox)
        let leads = try LeadsProcess.start(["edit", id], environment: scripts.environment(sandbox, editor: blocked))
        defer { _ = FileManager.default.createFile(atPath: release, contents: nil) }
        let deadline = ContinuousClock.now + .seconds(30)
        while !FileManager.default.fileExists(atPath: ready), leads.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        try #require(FileManager.default.fileExists(atPath: ready), "the editor never saved")
        kill(leads.processIdentifier, SIGKILL)
        // The orphaned editor goes first: Foundation notices the end of `leads` only once every
        // process holding what it gave `leads` has ended.
        _ = FileManager.default.createFile(atPath: release, contents: nil)
        leads.waitUntilExit()
        #expect(leads.terminationReason == .uncaughtSignal, "leads died of the signal, not of its own accord")
    }

    @Test func anEditKilledWithSIGKILLComesBackAndSavesMergedWithAColleaguesChange() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", company: "Old", city: "Roma")) }
            try await editKilledInTheEditor(sandbox, lead.id, city: "Milano")
            let kept = try String(contentsOfFile: scripts.journal(sandbox, lead.id), encoding: .utf8)
            #expect(kept.contains("city: Milano"), "the editor's file is the journal")
            let mode = try FileManager.default.attributesOfItem(atPath: scripts.journal(sandbox, lead.id))[.posixPermissions] as? Int
            #expect(mode == 0o600, "it holds personal data")
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.city == "Roma", "nothing was saved")

            // Meanwhile a colleague changes another field.
            _ = try await sandbox.withClient { try await $0.update(id: lead.id, change: LeadChange(fields: [.company: "Theirs"])) }

            // The next start opens on the user's text; saving it as it is applies it.
            let seen = sandbox.home + "/seen.yaml"
            let looker = try scripts.editor("look.sh", "cp \"$file\" \"\(seen)\"", in: sandbox)
            let resumed = try await sandbox.leads("edit", lead.id, environment: scripts.environment(sandbox, editor: looker))
            #expect(resumed.code == 0, "\(resumed.stderr)")
            let shown = try String(contentsOfFile: seen, encoding: .utf8)
            #expect(shown.hasPrefix("# leads: This is the text of an edit of lead \(lead.id) that did not finish (last saved "))
            #expect(shown.contains("city: Milano") && shown.contains("company: Old"), "the user's text, not the server's lead")
            #expect(resumed.stderr.contains("the editor opens on the text of an edit of lead \(lead.id) that did not finish"))
            #expect(resumed.stderr.contains("merged with changes made meanwhile"))
            let stored = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(stored.city == "Milano", "the user's change landed")
            #expect(stored.company == "Theirs", "the colleague's change survived")
            #expect(!FileManager.default.fileExists(atPath: scripts.journal(sandbox, lead.id)), "a finished edit leaves no journal")

            // Finished means finished: the next edit opens on the lead as it is.
            let again = try await sandbox.leads("edit", lead.id, environment: scripts.environment(sandbox, editor: looker))
            #expect(again.code == 0 && again.stderr.contains("edit cancelled: nothing was changed"), "\(again.stderr)")
            #expect(try !String(contentsOfFile: seen, encoding: .utf8).contains("did not finish"))
        }
    }

    @Test func emptyingAnEditThatCameBackDiscardsIt() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", city: "Roma")) }
            try await editKilledInTheEditor(sandbox, lead.id, city: "Napoli")
            let emptier = try scripts.editor("empty.sh", ": > \"$file\"", in: sandbox)
            let emptied = try await sandbox.leads("edit", lead.id, environment: scripts.environment(sandbox, editor: emptier))
            #expect(emptied.code == 0 && emptied.stderr.contains("the file was emptied; nothing was saved"), "\(emptied.stderr)")
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.city == "Roma")
            #expect(!FileManager.default.fileExists(atPath: scripts.journal(sandbox, lead.id)))
        }
    }

    @Test func anEditWhoseStartIsNotKnownIsTakenAgainstTheLeadAsItIsNowAndSaysSo() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", city: "Roma")) }
            try await editKilledInTheEditor(sandbox, lead.id, city: "Torino")
            // The lead as it was when the edit started is journaled beside the text; without it…
            unlink(String(scripts.journal(sandbox, lead.id).dropLast(".yaml".count)) + ".json")
            let seen = sandbox.home + "/seen.yaml"
            let looker = try scripts.editor("look.sh", "cp \"$file\" \"\(seen)\"", in: sandbox)
            let resumed = try await sandbox.leads("edit", lead.id, environment: scripts.environment(sandbox, editor: looker))
            #expect(resumed.code == 0, "\(resumed.stderr)")
            #expect(resumed.stderr.contains("all of it is taken as your edit of the lead as it is now"))
            #expect(try String(contentsOfFile: seen, encoding: .utf8).contains("# leads: The lead as it was when that edit started is not known"))
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.city == "Torino")
        }
    }

    @Test func aSecondEditOfALeadBeingEditedStopsAndLeavesTheFirstAlone() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", city: "Roma")) }
            let second = sandbox.home + "/second.txt"
            // The editor of the first edit starts a second `leads edit` of the same lead (once).
            let nested = try scripts.editor("nested.sh", """
                if [ ! -f "$HOME/nested" ]; then
                  touch "$HOME/nested"
                  "$LEADS" edit \(lead.id) > "\(second)" 2>&1 || echo "exit $?" >> "\(second)"
                fi
                sed -i 's/^city:.*/city: Bari/' "$file"
                """, in: sandbox)
            let first = try await sandbox.leads("edit", lead.id, environment: scripts.environment(sandbox, editor: nested))
            #expect(first.code == 0, "\(first.stderr)")
            let said = try String(contentsOfFile: second, encoding: .utf8)
            #expect(said.contains("lead \(lead.id) is open in another `leads edit`") && said.contains("exit 1"), "\(said)")
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.city == "Bari")
        }
    }
}
