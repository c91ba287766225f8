import Foundation
import LeadsTestSupport
import Testing
import TiledeskLeads

/// `leads edit` with editor scripts standing in for the person at the keyboard, against the
/// sandbox over real HTTP: plain YAML saves; a bad line comes back with the error on top and the
/// user's own text; unchanged or emptied cancels; a colleague's change made while the editor is
/// open is merged, or, on the same field, stops with exit code 5 and the text kept in a file.
@Suite struct EditCommandTests {
    /// Writes an executable editor script into the sandbox's home; returns its path.
    func editor(_ name: String, _ body: String, in sandbox: CLISandbox) throws -> String {
        let path = sandbox.home + "/" + name
        // The file is the last argument, whatever options the editor command line carries.
        try ("#!/bin/sh\nset -e\nfor file; do :; done\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    func environment(_ sandbox: CLISandbox, editor: String, visual: String? = nil) -> [String: String] {
        var environment = sandbox.environment()
        environment["EDITOR"] = editor
        environment["VISUAL"] = visual
        environment["LEADS"] = LeadsBinary.path
        return environment
    }

    /// Where `leads edit` journals the lead's document while the editor is open.
    func journal(_ sandbox: CLISandbox, _ id: String) -> String {
        sandbox.home + "/.local/state/leads/drafts/edit/" + CLISandbox.project + "/" + id + ".yaml"
    }

    @Test func plainYAMLTypedInTheEditorIsSaved() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", city: "Roma", tags: ["old"])) }
            let script = try editor("plain.sh", """
                sed -i -e 's/^city:.*/city: Zürich/' -e 's/^zipcode:.*/zipcode: 00184/' -e 's/^phone:.*/phone: +39 0123 456/' \
                  -e 's/^  - old/  - old\\n  - 2024/' -e 's/^attributes:.*/attributes:\\n  seats: 3\\n  trial: no/' "$file"
                """, in: sandbox)
            // VISUAL wins over EDITOR, and may carry arguments.
            let result = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: "false", visual: script + " --wait"))
            #expect(result.code == 0, "\(result.stderr)")
            let stored = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(stored.city == "Zürich" && stored.zipcode == "00184" && stored.phone == "+39 0123 456")
            #expect(stored.tags == ["old", "2024"])
            #expect(stored.attributes == ["seats": 3, "trial": "no"])
            #expect(stored.fullname == "Ada")
            #expect(result.stdout.contains("Zürich"), "the saved lead is printed")
        }
    }

    /// The re-read before the save is also the client's "never write a lead you cannot read"
    /// check: the server sees the read that opened the editor, one re-read and the PUT, not a
    /// second, hidden GET before the PUT.
    @Test func aSaveReadsTheLeadOnceBeforeWritingIt() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", city: "Roma")) }
            let before = try LiveRequestLog(path: sandbox.requestLogPath).entries.count
            let script = try editor("city.sh", "sed -i 's/^city:.*/city: Milano/' \"$file\"", in: sandbox)
            let result = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: script))
            #expect(result.code == 0, "\(result.stderr)")
            let calls = try LiveRequestLog(path: sandbox.requestLogPath).entries.dropFirst(before)
                .filter { $0.target.hasSuffix("/leads/" + lead.id) }.map(\.method)
            #expect(calls == ["GET", "GET", "PUT"], "open, re-read, write")
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.city == "Milano")
        }
    }

    @Test func aBadLineComesBackWithTheErrorOnTopAndIsFixed() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", city: "Roma")) }
            let seen = sandbox.home + "/second-round.yaml"
            let script = try editor("fix.sh", """
                if [ ! -f "$HOME/opened" ]; then
                  touch "$HOME/opened"
                  sed -i -e 's/^city:.*/citty: Milano/' -e 's/^company:.*/company: ACME/' "$file"
                else
                  cp "$file" "\(seen)"
                  sed -i 's/^citty:/city:/' "$file"
                fi
                """, in: sandbox)
            let result = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: script))
            #expect(result.code == 0, "\(result.stderr)")
            let second = try String(contentsOfFile: seen, encoding: .utf8)
            #expect(second.hasPrefix("#! Not saved."))
            let lines = second.components(separatedBy: "\n")
            let errorLine = try #require(lines.first { $0.contains("unknown key citty") })
            let number = try #require(Int(errorLine.split(separator: " ")[2].dropLast()))
            #expect(lines[number - 1] == "citty: Milano", "the error names the line the user sees")
            #expect(second.contains("company: ACME"), "the user's other edit is still there")
            #expect(result.stderr.contains("not saved: 1 problem"))
            let stored = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(stored.city == "Milano" && stored.company == "ACME")
        }
    }

    @Test func savingUnchangedOrEmptyingCancels() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada")) }
            let unchanged = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: "true"))
            #expect(unchanged.code == 0)
            #expect(unchanged.stderr.contains("edit cancelled: nothing was changed"))
            let emptier = try editor("empty.sh", ": > \"$file\"", in: sandbox)
            let emptied = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: emptier))
            #expect(emptied.code == 0)
            #expect(emptied.stderr.contains("the file was emptied"))
            #expect(!FileManager.default.fileExists(atPath: journal(sandbox, lead.id)), "a cancelled edit leaves no journal")

            // An error, then saved as reopened: cancelled, and the typed text kept.
            let stubborn = try editor("stubborn.sh", """
                [ -f "$HOME/once" ] && exit 0
                touch "$HOME/once"
                sed -i 's/^city:.*/city: [Roma/' "$file"
                """, in: sandbox)
            let gaveUp = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: stubborn))
            #expect(gaveUp.code == 1)
            let path = try #require(gaveUp.stderr.components(separatedBy: "kept in ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("city: [Roma"))
            #expect(!FileManager.default.fileExists(atPath: journal(sandbox, lead.id)), "the text moved out of the journal")
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) } == lead, "nothing was written")
        }
    }

    @Test func aColleaguesChangeToAnotherFieldIsMergedAndToTheSameFieldStopsWithExit5() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", city: "Roma")) }
            // While the editor is open, a colleague (another `leads` process) changes the company.
            let other = try editor("other.sh", """
                "$LEADS" update \(lead.id) --set company=Theirs >/dev/null
                sed -i 's/^city:.*/city: Milano/' "$file"
                """, in: sandbox)
            let merged = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: other))
            #expect(merged.code == 0, "\(merged.stderr)")
            #expect(merged.stderr.contains("merged"))
            let both = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(both.company == "Theirs" && both.city == "Milano")

            let same = try editor("same.sh", """
                "$LEADS" update \(lead.id) --set city=Torino >/dev/null
                sed -i 's/^city:.*/city: Napoli/' "$file"
                """, in: sandbox)
            let conflict = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: same))
            #expect(conflict.code == 5, "\(conflict.stderr)")
            #expect(conflict.stderr.contains("City: yours Napoli, theirs Torino, before Milano"))
            let path = try #require(conflict.stderr.components(separatedBy: "kept in ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("city: Napoli"))
            #expect(!FileManager.default.fileExists(atPath: journal(sandbox, lead.id)), "the next edit starts from the lead as it is then")
            let after = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(after.city == "Torino" && after.company == "Theirs", "nothing of mine was written")
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
        }
    }

    @Test func aSaveTheServerRefusesKeepsTheTextAndSaysWhere() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", city: "Roma")) }
            // A note beyond the server's body limit: the re-read succeeds, the write is refused (413).
            let script = try editor("huge.sh", """
                sed -i 's/^city:.*/city: Milano/' "$file"
                printf 'note: ' >> "$file"
                head -c 1100000 /dev/zero | tr '\\0' a >> "$file"
                echo >> "$file"
                sed -i '/^note:$/d' "$file"
                """, in: sandbox)
            let result = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: script))
            #expect(result.code == 1, "\(result.stderr.prefix(500))")
            #expect(result.stderr.contains("could not save lead \(lead.id)"), "\(result.stderr.prefix(500))")
            let path = try #require(result.stderr.components(separatedBy: "kept in ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("city: Milano"), "what was typed is in the file named")
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.city == "Roma", "nothing was written")
        }
    }

    @Test func aLeadTrashedWhileTheEditorIsOpenIsNeverWrittenBack() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", city: "Roma")) }
            let script = try editor("trash.sh", """
                "$LEADS" delete \(lead.id) --yes >/dev/null
                sed -i 's/^city:.*/city: Milano/' "$file"
                """, in: sandbox)
            let result = try await sandbox.leads("edit", lead.id, environment: environment(sandbox, editor: script))
            #expect(result.code == 5, "\(result.stderr)")
            #expect(result.stderr.contains("was moved to the trash while you edited it; nothing was saved"))
            let path = try #require(result.stderr.components(separatedBy: "kept in ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("city: Milano"))
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
            let stored = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(stored.isTrashed && stored.city == "Roma")
        }
    }

    @Test func withNoEditorAnywhereItSaysSo() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada")) }
            var environment = sandbox.environment()
            environment["PATH"] = sandbox.home
            let result = try await sandbox.leads("edit", lead.id, environment: environment)
            #expect(result.code == 1)
            #expect(result.stderr.contains("no editor: set VISUAL or EDITOR"))
        }
    }
}
