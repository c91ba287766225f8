import Foundation
import Testing
import TiledeskLeads

/// The built `leads` binary against `leads serve` over real HTTP, as a script would use it.
@Suite struct ScriptingCommandTests {
    @Test func listPrintsJSONAsTheServerGivesItAndTabSeparatedLinesOtherwise() async throws {
        try await CLISandbox.with { sandbox in
            let made = try await sandbox.withClient { client in
                [
                    try await client.create(Lead(fullname: "Anna \u{1B}]0;pwned\u{07}Bianchi", email: "anna@example.com", tags: ["vip"])),
                    try await client.create(Lead(fullname: "Carlo Rossi", email: "carlo@example.com")),
                ]
            }
            let json = try await sandbox.leads("list", "--json")
            #expect(json.code == 0, "\(json.stderr)")
            let leads = try #require(try JSONValue.parse(json.stdout).arrayItems)
            #expect(Set(leads.compactMap { $0.objectValue?["_id"]?.stringValue }) == Set(made.map(\.id)))
            #expect(leads.allSatisfy { $0.objectValue?["id_project"] != nil && $0.objectValue?["createdAt"] != nil })

            let plain = try await sandbox.leads("list", "--sort", "fullname", "--asc")
            #expect(plain.code == 0)
            let lines = plain.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            #expect(lines.map { String($0[0]) } == made.map(\.id))
            #expect(!plain.stdout.contains("\u{1B}") && !plain.stdout.contains("\u{07}"), "control characters never reach the terminal raw")
            #expect(lines[0][1].contains("␛]0;pwned␇Bianchi"))

            let page2 = try await sandbox.leads("list", "--limit", "1", "--page", "2", "--sort", "fullname", "--asc", "--ndjson")
            #expect(page2.stdout.split(separator: "\n").count == 1)
            #expect(page2.stdout.contains("Carlo Rossi"))
            let tagged = try await sandbox.leads("list", "--tag", "vip", "--csv")
            #expect(tagged.stdout.hasPrefix("_id,lead_id,fullname,email"))
            #expect(tagged.stdout.split(separator: "\n").count == 2)
        }
    }

    @Test func getShowsEveryFieldAndAMissingLeadExits3() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient {
                try await $0.create(Lead(fullname: "Zoë", phone: "+39 0123", zipcode: "00144", attributes: ["plan": "pro"]))
            }
            let shown = try await sandbox.leads("get", lead.id)
            #expect(shown.code == 0)
            for text in [lead.id, "Zoë", "+39 0123", "00144", "attributes.plan", "pro"] { #expect(shown.stdout.contains(text), "\(text)") }
            let json = try await sandbox.leads("get", lead.id, "--json")
            #expect(try Lead(jsonObject: try JSONValue.parse(json.stdout)) == lead)

            let missing = try await sandbox.leads("get", "0123456789abcdef01234567")
            #expect(missing.code == 3)
            #expect(missing.stdout.isEmpty)
            #expect(missing.stderr.split(separator: "\n").count == 1, "one clear line: \(missing.stderr)")
            #expect(missing.stderr.contains("0123456789abcdef01234567"))
        }
    }

    @Test func createKeepsEveryTypedFieldAndPrintsTheId() async throws {
        try await CLISandbox.with { sandbox in
            let result = try await sandbox.leads(
                "create", "--set", "fullname=Zoë Ångström", "--set", "email=zoe@example.com", "--set", "phone=+39 0123 456",
                "--set", "company=ACME", "--set", "note=two\nlines", "--set", "zipcode=00144", "--set", "country=IT",
                "--tag", "vip", "--tag", "a/b c", "--attr", "plan=\"pro\"", "--attr", "seats=12", "--attr", "nested={\"ok\":[1,null]}",
                "--json")
            #expect(result.code == 0, "\(result.stderr)")
            let printed = try Lead(jsonObject: try JSONValue.parse(result.stdout))
            let stored = try await sandbox.withClient { try await $0.get(id: printed.id) }
            #expect(stored.phone == "+39 0123 456" && stored.company == "ACME" && stored.note == "two\nlines")
            #expect(stored.zipcode == "00144" && stored.country == "IT")
            #expect(stored.tags == ["vip", "a/b c"])
            #expect(stored.attributes == ["plan": "pro", "seats": 12, "nested": ["ok": [1, nil]]])

            let bad = try await sandbox.leads("create", "--set", "colour=blue")
            #expect(bad.code == 2)
            #expect(bad.stderr.contains("colour is not an editable field"))
            let count = try await sandbox.withClient { try await $0.list(LeadQuery()).count }
            #expect(count == 1, "a rejected command creates nothing")
        }
    }

    @Test func updateReadsFirstAndSendsOnlyTheChange() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient {
                try await $0.create(Lead(fullname: "Old", phone: "111", tags: ["a", "b"], attributes: ["k1": 1, "k2": 2]))
            }
            // A colleague changes the phone after our process starts: the update must not undo it.
            _ = try await sandbox.withClient { try await $0.update(id: lead.id, change: LeadChange(fields: [.phone: "222"])) }
            let result = try await sandbox.leads(
                "update", lead.id, "--set", "fullname=New", "--tag", "-a", "--tag", "+c", "--attr", "k3=true", "--attr-unset", "k1",
                "--unset", "phone", "--json")
            #expect(result.code == 0, "\(result.stderr)")
            let stored = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(stored.fullname == "New")
            #expect(stored.phone == "")
            #expect(stored.tags == ["b", "c"])
            #expect(stored.attributes == ["k2": 2, "k3": true])

            let keep = try await sandbox.leads("update", lead.id, "--set", "company=ACME")
            #expect(keep.code == 0)
            let after = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(after.phone == "" && after.fullname == "New" && after.company == "ACME")
        }
    }

    @Test func tagAddsAndRemovesTagsWithAwkwardCharacters() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "T", tags: ["old/one"])) }
            let result = try await sandbox.leads("tag", lead.id, "x y", "q?#&", "--remove", "old/one")
            #expect(result.code == 0, "\(result.stderr)")
            let stored = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(stored.tags == ["x y", "q?#&"])
        }
    }

    @Test func deleteAsksOrRefusesThenTrashRestoreAndForever() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Bin")) }
            let refused = try await sandbox.leads("delete", lead.id)
            #expect(refused.code == 2)
            #expect(refused.stderr.contains("--yes"))
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.isTrashed == false)

            #expect(try await sandbox.leads("delete", lead.id, "--yes").code == 0)
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.isTrashed)
            let trash = try await sandbox.leads("list", "--trash")
            #expect(trash.stdout.hasPrefix(lead.id))

            #expect(try await sandbox.leads("restore", lead.id).code == 0)
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.status == LeadStatus.normal)

            let agent = try await sandbox.leads("delete", lead.id, "--forever", "--yes", environment: sandbox.environment(user: CLISandbox.agent))
            #expect(agent.code == 4, "an agent may not delete for good: \(agent.stderr)")
            #expect(try await sandbox.leads("delete", lead.id, "--forever", "--yes").code == 0)
            #expect(try await sandbox.leads("get", lead.id).code == 3)
            #expect(try await sandbox.leads("restore", lead.id).code == 3)
        }
    }

    @Test func exitCodesForUsageAndAuthentication() async throws {
        try await CLISandbox.with { sandbox in
            #expect(try await sandbox.leads("list", "--page", "0").code == 2)
            #expect(try await sandbox.leads("list", "--sort", "shoe-size").code == 2)
            #expect(try await sandbox.leads("frobnicate").code == 2)
            let wrong = try await sandbox.leads("list", environment: sandbox.environment(user: CLISandbox.owner, password: "wrong-password"))
            #expect(wrong.code == 4)
            #expect(wrong.stderr.contains("Authentication failed"))
            #expect(!wrong.stderr.contains("wrong-password"), "the password is never printed")
            let none = try await sandbox.leads("list", environment: sandbox.bareEnvironment.merging(["TILEDESK_PROJECT": CLISandbox.project]) { $1 })
            #expect(none.code == 4)
            #expect(none.stderr.contains("leads login"))
            let signedIn = try await sandbox.leads("list", environment: sandbox.environment(user: CLISandbox.owner))
            #expect(signedIn.code == 0, "TILEDESK_EMAIL and TILEDESK_PASSWORD sign in: \(signedIn.stderr)")
            let help = try await sandbox.leads("list", "--help")
            #expect(help.code == 0 && help.stdout.contains("--search"))
        }
    }

    @Test func plainHTTPToARemoteHostIsRefused() async throws {
        try await CLISandbox.with { sandbox in
            var environment = sandbox.environment()
            environment["TILEDESK_URL"] = "http://tiledesk.example.org:3000"
            let result = try await sandbox.leads("list", environment: environment)
            #expect(result.code == 2)
            #expect(result.stderr.contains("refusing plain http://"))
            #expect(result.stderr.contains("--allow-http"))
        }
    }
}

extension JSONValue {
    var arrayItems: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }
}
