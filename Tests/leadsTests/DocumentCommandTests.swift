import Foundation
import Testing
import TiledeskLeads

/// `leads get --yaml`, `leads update --from` and `leads create --from`: a lead goes out as a
/// document and comes back with every field exactly as it was, whether the document is YAML or
/// JSON, from a file or standard input.
@Suite struct DocumentCommandTests {
    static let awkward = Lead(
        fullname: "Zoë \u{1B}[2J Ångström", email: "zoe@example.com", phone: "+39 0123 456", company: "yes",
        note: "Called twice.\n  Indented: with a colon.\n\n", streetAddress: " Via Roma 1 ", city: "مرحبا", region: "null",
        zipcode: "00184", country: "NO", tags: ["vip", "2024", "a: b"],
        attributes: ["plan": "pro", "seats": 3, "ratio": 0.25, "trial": false, "none": nil, "zip": "00184", "list": [1, "two", ["x": true]]])

    @Test func getYAMLThenUpdateFromItChangesNothingAndAnEditedCopyChangesOnlyTheEdit() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Self.awkward) }
            let yaml = try await sandbox.leads("get", lead.id, "--yaml")
            #expect(yaml.code == 0, "\(yaml.stderr)")
            #expect(yaml.stdout.contains("zipcode: \"00184\"") && yaml.stdout.contains("note: |+"))
            #expect(!yaml.stdout.contains("\u{1B}"), "escapes, not raw control characters")

            let same = try await sandbox.leads("update", lead.id, "--from", "-", stdin: yaml.stdout)
            #expect(same.code == 0, "\(same.stderr)")
            #expect(same.stderr.contains("nothing to change"))

            let edited = yaml.stdout.replacingOccurrences(of: "country: \"NO\"", with: "country: IT")
            let path = sandbox.home + "/lead.yaml"
            try edited.write(toFile: path, atomically: true, encoding: .utf8)
            let result = try await sandbox.leads("update", lead.id, "--from", path)
            #expect(result.code == 0, "\(result.stderr)")
            var expected = try await sandbox.withClient { try await $0.get(id: lead.id) }
            #expect(expected.country == "IT")
            expected.country = lead.country
            #expect(LeadChange.between(lead, expected).isEmpty, "every other field exactly as it was")
        }
    }

    @Test func jsonFromGetIsReadTooAndMustNameTheSameLead() async throws {
        try await CLISandbox.with { sandbox in
            let (lead, other) = try await sandbox.withClient { client in
                (try await client.create(Self.awkward), try await client.create(Lead(fullname: "Other")))
            }
            let json = try await sandbox.leads("get", lead.id, "--json")
            let same = try await sandbox.leads("update", lead.id, "--from", "-", stdin: json.stdout)
            #expect(same.code == 0, "\(same.stderr)")
            #expect(same.stderr.contains("nothing to change"))
            let changed = json.stdout.replacingOccurrences(of: "\"city\":\"مرحبا\"", with: "\"city\":\"Roma\"")
            #expect(try await sandbox.leads("update", lead.id, "--from", "-", stdin: changed).code == 0)
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.city == "Roma")

            let wrong = try await sandbox.leads("update", other.id, "--from", "-", stdin: json.stdout)
            #expect(wrong.code == 2)
            #expect(wrong.stderr.contains("is lead \(lead.id), not \(other.id)"))
            #expect(try await sandbox.withClient { try await $0.get(id: other.id) }.city == nil)
        }
    }

    @Test func createFromADocumentKeepsEveryField() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Self.awkward) }
            let yaml = try await sandbox.leads("get", lead.id, "--yaml")
            let created = try await sandbox.leads("create", "--from", "-", "--json", stdin: yaml.stdout)
            #expect(created.code == 0, "\(created.stderr)")
            let copy = try Lead(jsonObject: try JSONValue.parse(created.stdout))
            #expect(copy.id != lead.id)
            let stored = try await sandbox.withClient { try await $0.get(id: copy.id) }
            #expect(LeadChange.between(lead, stored).isEmpty, "\(LeadChange.between(lead, stored))")

            let hand = "fullname: Ann\nzipcode: 00144\ntags: [new]\n"
            let typed = try await sandbox.leads("create", "--from", "-", "--json", stdin: hand)
            let ann = try Lead(jsonObject: try JSONValue.parse(typed.stdout))
            #expect(ann.fullname == "Ann" && ann.zipcode == "00144" && ann.tags == ["new"])
        }
    }

    @Test func aBadDocumentIsRefusedWithItsLineAndNothingIsWritten() async throws {
        try await CLISandbox.with { sandbox in
            let lead = try await sandbox.withClient { try await $0.create(Lead(fullname: "Ada")) }
            let result = try await sandbox.leads("update", lead.id, "--from", "-", stdin: "fullname: Ann\ncitty: Roma\n")
            #expect(result.code == 2)
            #expect(result.stderr.contains("standard input: line 2: unknown key citty"))
            #expect(try await sandbox.withClient { try await $0.get(id: lead.id) }.fullname == "Ada")
            let empty = try await sandbox.leads("create", "--from", "-", stdin: "# nothing\n")
            #expect(empty.code == 2)
            #expect(empty.stderr.contains("gives no field of a lead"))
        }
    }
}
