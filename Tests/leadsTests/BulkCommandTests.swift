import Foundation
import Testing
import TiledeskLeads

/// `leads tag|update|delete|restore` on many leads, through the built binary against the sandbox:
/// what a dry run shows, ids piped from `list --ndjson`, `--where` and the new filters, and the
/// `--failed` file a retry reads.
@Suite struct BulkCommandTests {
    /// Six leads: three named with email (one at ACME), two anonymous `guest#` leads, one tagged `done`.
    static func seed(_ sandbox: CLISandbox) async throws -> [Lead] {
        try await sandbox.withClient { client in
            [
                try await client.create(Lead(fullname: "Anna Rossi", email: "anna@example.com", company: "ACME", tags: ["x"])),
                try await client.create(Lead(fullname: "Bruno Neri", email: "bruno@example.com", company: "ACME", tags: ["x", "done"])),
                try await client.create(Lead(fullname: "Carla Bo", email: "carla@example.com", company: "Initech")),
                try await client.create(Lead(fullname: "guest#1001", tags: ["x"])),
                try await client.create(Lead(fullname: "guest#1002")),
                try await client.create(Lead(email: "noname@example.com")),
            ]
        }
    }

    static func ids(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").map { String($0.split(separator: "\t")[0]) })
    }

    @Test func dryRunListsWhatWouldChangeWithTheCountAndChangesNothing() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await Self.seed(sandbox)
            let dry = try await sandbox.leads("delete", "--no-email", "--where", "fullname~guest#", "--created-after", "1h", "--dry-run")
            #expect(dry.code == 0, "\(dry.stderr)")
            #expect(Self.ids(dry.stdout) == [leads[3].id, leads[4].id])
            #expect(dry.stdout.contains("guest#1001\ttrash"))
            #expect(dry.stderr.contains("would trash 2 leads; read 6 leads, 2 matched"), "\(dry.stderr)")
            let tagDry = try await sandbox.leads("tag", "--where", "company=ACME", "+x", "--dry-run")
            #expect(tagDry.stdout.isEmpty, "both ACME leads already have x")
            #expect(tagDry.stderr.contains("would tag 0 leads; 2 already as asked"), "\(tagDry.stderr)")
            let none = try await sandbox.leads("delete", "--no-email", "--created-before", "1h", "--dry-run")
            #expect(none.stderr.contains("would trash 0 leads; read 6 leads, 0 matched"), "\(none.stderr)")
            let stored = try await sandbox.withClient { try await $0.list(LeadQuery(limit: 100)) }
            #expect(stored.count == 6 && stored.leads.allSatisfy { !$0.isTrashed && !$0.tags.contains("vip") }, "a dry run writes nothing")

            let refused = try await sandbox.leads("delete", "--no-email")
            #expect(refused.code == 2, "many leads are only changed with --yes when there is no terminal")
            #expect(refused.stderr.contains("refusing to trash 2 leads without --yes"))
            let done = try await sandbox.leads("delete", "--no-email", "--yes")
            #expect(done.code == 0, "\(done.stderr)")
            #expect(done.stderr.contains("trashed 2 leads"))
            let restored = try await sandbox.leads("restore", "--where", "fullname~guest", "--yes")
            #expect(restored.stderr.contains("restored 2 leads"), "\(restored.stderr)")
            #expect(try await sandbox.withClient { try await $0.list(LeadQuery(trash: true)) }.count == 0)
        }
    }

    @Test func tagTakesTheIdsThatListPrintsAsNDJSONOnStandardInput() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await Self.seed(sandbox)
            let listed = try await sandbox.leads("list", "--tag", "x", "--ndjson")
            #expect(listed.code == 0)
            let tagged = try await sandbox.leads("tag", "--stdin", "vip", "--remove", "x", "--yes", stdin: listed.stdout)
            #expect(tagged.code == 0, "\(tagged.stderr)")
            #expect(tagged.stderr.contains("tagged 3 leads; 0 failed"), "\(tagged.stderr)")
            let after = try await sandbox.withClient { client in try await leads.asyncMap { try await client.get(id: $0.id) } }
            #expect(after.map(\.tags) == [["vip"], ["done", "vip"], [], ["vip"], [], []])

            let json = try await sandbox.leads("list", "--tag", "vip", "--json")
            let plain = [leads[2].id, leads[4].id].joined(separator: "\n") + "\n"
            for input in [json.stdout, plain] {
                let again = try await sandbox.leads("tag", "--stdin", "+vip", "--yes", stdin: input)
                #expect(again.code == 0, "\(again.stderr)")
            }
            let all = try await sandbox.withClient { try await $0.list(LeadQuery(limit: 100, tag: "vip")) }
            #expect(all.count == 5)
            let ids = try await sandbox.leads("tag", leads[0].id, leads[5].id, "two", "--yes")
            #expect(ids.stderr.contains("tagged 2 leads"), "leading ids are the leads, the rest tags: \(ids.stderr)")
        }
    }

    @Test func whereAndTheNewFiltersSelectForUpdateListAndExport() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await Self.seed(sandbox)
            _ = try await sandbox.withClient { try await $0.mergeAttributes(id: leads[2].id, ["plan": "pro", "seats": 12]) }
            let list = try await sandbox.leads("list", "--where", "company=ACME", "--where", "tags!=done")
            #expect(Self.ids(list.stdout) == [leads[0].id])
            #expect(list.stderr.contains("1 lead matched the filters, of 6 leads read"), "\(list.stderr)")
            let deep = try await sandbox.leads("list", "--where", "attributes.seats>=10", "--where", "attributes.plan=pro", "--ndjson")
            #expect(Self.ids(deep.stdout).count == 1 && deep.stdout.contains(leads[2].id))
            let noName = try await sandbox.leads("export", "--no-name", "--ndjson", "--updated-after", "2020-01-01")
            #expect(noName.stdout.split(separator: "\n").count == 1 && noName.stdout.contains("noname@example.com"))
            #expect(noName.stderr.contains("1 lead matched the filters, of 6 leads read"), "export says what it read: \(noName.stderr)")
            let bad = try await sandbox.leads("list", "--where", "colour=blue")
            #expect(bad.code == 2 && bad.stderr.contains("colour is not a lead field"))

            let update = try await sandbox.leads("update", "--where", "company=ACME", "--set", "country=IT", "--attr", "seats=3", "--yes")
            #expect(update.code == 0, "\(update.stderr)")
            #expect(update.stderr.contains("updated 2 leads"))
            let after = try await sandbox.withClient { client in try await leads.asyncMap { try await client.get(id: $0.id) } }
            #expect(after.map(\.country) == ["IT", "IT", nil, nil, nil, nil])
            #expect(after[0].attributes == ["seats": 3] && after[0].tags == ["x"], "only the one field and attribute change")
        }
    }

    @Test func failedLeadsAreListedInTheFailedFileAndExitIsOne() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await Self.seed(sandbox)
            let file = sandbox.home + "/failed.txt"
            let gone = "0123456789abcdef01234567"
            let input = [leads[3].id, gone, leads[4].id].joined(separator: "\n")
            // An agent may not delete for good: each attempt is refused (403) and listed.
            let agent = try await sandbox.leads(
                "delete", "--forever", "--stdin", "--yes", "--failed", file, environment: sandbox.environment(user: CLISandbox.agent),
                stdin: input)
            #expect(agent.code == 1, "\(agent.stderr)")
            #expect(agent.stderr.contains("deleted for good 0 leads"), "\(agent.stderr)")
            #expect(agent.stderr.contains("; 3 failed"), "the role is checked before the lead: \(agent.stderr)")
            #expect(agent.stderr.contains("failed \(leads[3].id): you need the owner role"))
            let written = try String(contentsOfFile: file, encoding: .utf8)
            #expect(Set(written.split(separator: "\n").map(String.init)) == [leads[3].id, gone, leads[4].id])

            let retry = try await sandbox.leads("delete", "--forever", "--stdin", "--yes", "--failed", file, stdin: written)
            #expect(retry.code == 0, "a lead that is gone is skipped and reported, not failed: \(retry.stderr)")
            #expect(retry.stderr.contains("skipped \(gone): no such lead"))
            #expect(retry.stderr.contains("deleted for good 2 leads; 1 skipped; 0 failed"), "\(retry.stderr)")
            #expect(try String(contentsOfFile: file, encoding: .utf8).isEmpty)
            #expect(try await sandbox.withClient { try await $0.list(LeadQuery()) }.count == 4)
        }
    }
}

extension Array where Element: Sendable {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
