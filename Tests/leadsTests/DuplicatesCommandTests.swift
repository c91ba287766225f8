import Foundation
import Testing
import TiledeskLeads

/// `leads duplicates`, and the warnings of `create`, `update` and `import`, through the binary
/// against a sandbox: what a user sees on stdout and stderr, the exit codes, and what the server
/// holds afterwards.
@Suite struct DuplicatesCommandTests {
    /// One person three times (email in another case, phone in another format, name reordered in
    /// the same city), and two people who only look alike.
    static func family(_ client: HTTPLeadsClient) async throws -> [Lead] {
        [
            try await client.create(Lead(fullname: "Mario Rossi", email: "mario.rossi@example.it", phone: "+39 333 123 4567", city: "Roma", country: "Italia")),
            try await client.create(Lead(fullname: "Mario Rossi", email: "Mario.Rossi@EXAMPLE.IT", country: "Italia")),
            try await client.create(Lead(fullname: "Rossi Mario", phone: "333 1234567", city: "ROMA", country: "Italia")),
            try await client.create(Lead(fullname: "Mario Rossi", email: "m.rossi@example.com", city: "Milano")),
            try await client.create(Lead(fullname: "Anna Bianchi", email: "anna@example.it", phone: "+39 333 765 4321")),
        ]
    }

    @Test func findsTheFamilyWithReasonsThenKeepsItsIndexUpToDate() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await sandbox.withClient { try await Self.family($0) }
            let first = try await sandbox.leads("duplicates", "--json")
            #expect(first.code == 0, "\(first.stderr)")
            let groups = try JSONValue.parse(first.stdout)
            guard case .array(let list) = groups, list.count == 1, let group = list[0].objectValue else {
                Issue.record("one group expected: \(first.stdout)")
                return
            }
            let ids = group["leads"].flatMap { if case .array(let items) = $0 { items.compactMap { $0.objectValue?["_id"]?.stringValue } } else { nil } }
            #expect(ids == leads.prefix(3).map(\.id), "the three leads of one person, oldest first")
            #expect(group["reasons"] == ["email", "phone", "name+city"])
            #expect(group["confidence"] == .double(0.99))
            #expect(first.stderr.contains("read 5 leads"))
            let cache = sandbox.home + "/.cache/leads"
            let files = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasPrefix("duplicates-") && $0.hasSuffix(".tsv") }
            #expect(files.count == 1, "one index for the project, in $HOME/.cache/leads without XDG_CACHE_HOME")
            let mode = try FileManager.default.attributesOfItem(atPath: cache + "/" + (files.first ?? ""))[.posixPermissions] as? Int
            #expect(mode == 0o600, "the index holds names and addresses: only its owner reads it")

            let second = try await sandbox.leads("duplicates", "--by", "email")
            #expect(second.code == 0 && second.stderr.contains("index up to date: 0 changed, 0 gone"), "\(second.stderr)")
            #expect(second.stdout.hasPrefix("2 leads · email · confidence 0.90"), "\(second.stdout)")

            // An edit and a trashing since the last run are read, and only they.
            try await sandbox.withClient { client in
                _ = try await client.update(id: leads[4].id, change: LeadChange(fields: [.email: "MARIO.ROSSI@example.it "]))
                _ = try await client.trash(id: leads[1].id)
            }
            let third = try await sandbox.leads("duplicates", "--ndjson", "--by", "email,phone")
            #expect(third.stderr.contains("1 changed, 1 gone"), "\(third.stderr)")
            let lines = third.stdout.split(separator: "\n")
            #expect(lines.count == 1)
            let members = try lines.first.map { try JSONValue.parse(String($0)) }?.objectValue?["leads"]
            #expect(members.map { if case .array(let items) = $0 { items.count } else { 0 } } == 3, "Rossi by phone, Anna now by email")

            // A lead deleted for good leaves only the count behind: the index is rebuilt.
            try await sandbox.withClient { try await $0.deleteForever(id: leads[0].id) }
            let fourth = try await sandbox.leads("duplicates", "--by", "phone")
            #expect(fourth.stderr.contains("read 3 leads") && fourth.stderr.contains("0 groups") && fourth.stdout.isEmpty, "\(fourth.stderr)")
            let rebuilt = try await sandbox.leads("duplicates", "--rebuild")
            #expect(rebuilt.stderr.contains("read 3 leads"), "--rebuild reads everything again")
        }
    }

    @Test func createWarnsOrRefusesWithExitFive() async throws {
        try await CLISandbox.with { sandbox in
            let existing = try await sandbox.withClient { try await $0.create(Lead(fullname: "Zoë Ångström", email: "zoe@example.org")) }
            let refused = try await sandbox.leads("create", "--set", "email=Zoe@Example.org", "--set", "fullname=Zoe", "--no-duplicates")
            #expect(refused.code == 5, "\(refused.stderr)")
            #expect(refused.stderr.contains("1 lead has this email") && refused.stderr.contains(existing.id))
            #expect(try await sandbox.withClient { try await $0.list(LeadQuery()).count } == 1, "nothing created")

            let warned = try await sandbox.leads("create", "--set", "email=zoe@example.org", "--set", "fullname=Zoe", "--json")
            #expect(warned.code == 0)
            #expect(warned.stderr.contains("leads: warning: 1 lead has this email: \(existing.id) Zoë Ångström <zoe@example.org>"))
            #expect(try await sandbox.withClient { try await $0.list(LeadQuery()).count } == 2, "a warning, not a refusal")

            // With an index (left by `leads duplicates`), a phone or a name in the same city is found too.
            _ = try await sandbox.withClient { try await $0.create(Lead(fullname: "Jürgen Weiß", phone: "+49 151 23456789", city: "Köln")) }
            #expect(try await sandbox.leads("duplicates").code == 0)
            let phone = try await sandbox.leads("create", "--set", "phone=0151 23456789", "--set", "country=Deutschland", "--no-duplicates")
            #expect(phone.code == 5 && phone.stderr.contains("1 lead has this phone"), "\(phone.stderr)")
            let name = try await sandbox.leads("create", "--set", "fullname=WEISS Jurgen", "--set", "city=koln")
            #expect(name.code == 0 && name.stderr.contains("1 lead has this name and city"), "\(name.stderr)")
        }
    }

    @Test func anUpdateThatChangesEmailOrPhoneIsChecked() async throws {
        try await CLISandbox.with { sandbox in
            let (a, b) = try await sandbox.withClient { client in
                (try await client.create(Lead(fullname: "A", email: "a@example.org")), try await client.create(Lead(fullname: "B", email: "b@example.org")))
            }
            let refused = try await sandbox.leads("update", b.id, "--set", "email=A@example.org", "--no-duplicates")
            #expect(refused.code == 5 && refused.stderr.contains(a.id), "\(refused.stderr)")
            #expect(try await sandbox.withClient { try await $0.get(id: b.id) }.email == "b@example.org")
            let unrelated = try await sandbox.leads("update", a.id, "--set", "company=ACME", "--no-duplicates")
            #expect(unrelated.code == 0 && !unrelated.stderr.contains("warning"), "the lead itself and unchanged emails are not duplicates")
        }
    }

    @Test func importReportsDuplicatesPerRowAndCanSkipThem() async throws {
        try await CLISandbox.with { sandbox in
            _ = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada", email: "ada@example.com")) }
            let file = sandbox.home + "/in.ndjson"
            try """
                {"fullname":"Ada L","email":"ADA@example.com"}
                {"fullname":"Bob","email":"bob@example.com"}
                {"fullname":"Bob again","email":"bob@example.com"}
                """.write(toFile: file, atomically: true, encoding: .utf8)
            let result = try await sandbox.leads("import", file, "--skip-duplicates")
            #expect(result.code == 0, "\(result.stderr)")
            #expect(result.stderr.contains("line 1: skipped, 1 lead has this email"))
            #expect(result.stderr.contains("line 3: skipped, 1 lead has this email"), "a row made earlier in the file counts")
            #expect(result.stdout.contains("created 1") && result.stdout.contains("skipped 2 as duplicates"))
            let emails = try await sandbox.withClient { try await $0.list(LeadQuery(sort: .email, direction: .ascending)).leads.map(\.email) }
            #expect(emails == ["ada@example.com", "bob@example.com"])
        }
    }
}
