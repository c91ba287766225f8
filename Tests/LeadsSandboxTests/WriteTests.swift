import Foundation
import LeadsSandbox
import Testing
import TiledeskLeads

/// Creating and changing leads with the real server's semantics.
@Suite struct WriteTests {
    @Test func postAnswers200AndStoresOnlyLeadIDNameEmailAndAttributes() async throws {
        try await SandboxHarness.with { sandbox in
            let body = #"{"lead_id":"ext-1","fullname":"Ada","email":"ada@example.com","phone":"+44 1","company":"X","tags":["a"],"attributes":{"n":1}}"#
            let reply = try await sandbox.leads(.POST, body: body)
            #expect(reply.status == 200)
            let lead = try #require(reply.lead)
            #expect(lead.leadID == "ext-1")
            #expect(lead.fullname == "Ada")
            #expect(lead.attributes == ["n": 1])
            #expect(lead.phone == nil && lead.company == nil && lead.tags.isEmpty)
            #expect(lead.status == 100)
            #expect(lead.projectID == SandboxHarness.projectA)
            // The wire shape: `_id`, `__v`, ISO times with milliseconds.
            let object = try #require(reply.json?.objectValue)
            #expect(object["_id"] != nil && object["id"] == nil && object["__v"] == 0)
            let created = try #require(object["createdAt"]?.stringValue)
            #expect(created.count == 24 && created.hasSuffix("Z") && created.contains("."))
            // Without lead_id, one is made up.
            #expect(try await sandbox.leads(.POST, body: "{}").lead?.leadID?.isEmpty == false)
        }
    }

    @Test func putIsPartialAndReplacesAttributes() async throws {
        try await SandboxHarness.with { sandbox in
            let lead = try await sandbox.makeLead([
                "fullname": "Ada", "email": "ada@example.com", "phone": "+44 1", "city": "London", "tags": ["a", "b"],
                "attributes": ["keep": false, "old": 1],
            ])
            let body = #"{"phone":null,"city":"","company":"Analytical","tags":[],"attributes":{"new":[1,{"x":null}]},"lead_id":"changed","properties":{"p":1},"createdBy":"x"}"#
            let updated = try #require(try await sandbox.leads(.PUT, "/\(lead.id)", body: body).lead)
            #expect(updated.phone == "+44 1", "null is ignored")
            #expect(updated.city == "", "an empty string is stored")
            #expect(updated.company == "Analytical")
            #expect(updated.tags.isEmpty, "tags: [] clears")
            #expect(updated.attributes == ["new": [1, ["x": nil]]], "attributes are replaced whole")
            #expect(updated.leadID == lead.leadID && updated.properties == nil && updated.createdBy == lead.createdBy)
            #expect(updated.fullname == "Ada" && updated.email == "ada@example.com")
            #expect(updated.updatedAt! > lead.updatedAt!)
            #expect(updated.createdAt == lead.createdAt)
        }
    }

    @Test func tagsAreAddedOnceInOrderAndRemovedEverywhere() async throws {
        try await SandboxHarness.with { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "T", "tags": ["a"]])
            let added = try await sandbox.leads(.PUT, "/\(lead.id)/tag", body: #"["b","a","c/d","e f","b"]"#).lead
            #expect(added?.tags == ["a", "b", "c/d", "e f"])
            #expect(try await sandbox.leads(.PUT, "/\(lead.id)/tag", body: "[]").status == 400)
            #expect(try await sandbox.leads(.PUT, "/\(lead.id)/tag", body: #"{"tag":"x"}"#).status == 400)
            #expect(try await sandbox.leads(.DELETE, "/\(lead.id)/tag/c%2Fd").lead?.tags == ["a", "b", "e f"])
            #expect(try await sandbox.leads(.DELETE, "/\(lead.id)/tag/e%20f").lead?.tags == ["a", "b"])
            let absent = try await sandbox.leads(.DELETE, "/\(lead.id)/tag/zzz")
            #expect(absent.status == 200 && absent.lead?.tags == ["a", "b"])
            // Tag filter follows tag edits.
            #expect(try await sandbox.leads(.GET, "?tags=c%2Fd").page?.count == 0)
            #expect(try await sandbox.leads(.GET, "?tags=b").page?.count == 1)
        }
    }

    @Test func attributesAndPropertiesMergeTopLevelKeys() async throws {
        try await SandboxHarness.with { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "M", "attributes": ["a": 1, "nested": ["x": 1]]])
            let merged = try await sandbox.leads(.PATCH, "/\(lead.id)/attributes", body: #"{"b":true,"nested":{"y":2}}"#).lead
            #expect(merged?.attributes == ["a": 1, "b": true, "nested": ["y": 2]])
            #expect(try await sandbox.leads(.PATCH, "/\(lead.id)/attributes", body: "[1]").status == 400)
            let p1 = try await sandbox.leads(.POST, "/\(lead.id)/properties", body: #"{"plan":"pro"}"#).lead
            #expect(p1?.properties == ["plan": "pro"])
            let p2 = try await sandbox.leads(.PATCH, "/\(lead.id)/properties", body: #"{"seats":3}"#).lead
            #expect(p2?.properties == ["plan": "pro", "seats": 3])
        }
    }

    @Test func deleteTrashesAndStatus100Restores() async throws {
        try await SandboxHarness.with { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "D"])
            let trashed = try await sandbox.leads(.DELETE, "/\(lead.id)")
            #expect(trashed.status == 200 && trashed.lead?.status == 1000)
            #expect(try await sandbox.leads(.GET, "/\(lead.id)").lead?.status == 1000)
            #expect(try await sandbox.leads(.PUT, "/\(lead.id)", body: #"{"status":100}"#).lead?.status == 100)
            #expect(try await sandbox.leads(.GET).page?.count == 1)
            #expect(try await sandbox.leads(.DELETE, "/\(lead.id)/physical").status == 200)
            #expect(try await sandbox.leads(.GET, "/\(lead.id)").status == 404)
            #expect(try await sandbox.leads(.GET, "?status=1000").page?.count == 0)
        }
    }

    @Test func strictErrorsForUnknownIdsBadIdsBadBodiesAndHugeBodies() async throws {
        try await SandboxHarness.with { sandbox in
            let unknown = "0123456789abcdef01234567"
            for (method, path, body) in [(HTTPMethod.GET, "/\(unknown)", nil), (.PUT, "/\(unknown)", "{}"), (.DELETE, "/\(unknown)", nil),
                                         (.PUT, "/\(unknown)/tag", #"["x"]"#), (.DELETE, "/\(unknown)/tag/x", nil),
                                         (.PATCH, "/\(unknown)/attributes", "{}"), (.DELETE, "/\(unknown)/physical", nil)] {
                let reply = try await sandbox.leads(method, path, body: body)
                #expect(reply.status == 404, "\(method) \(path)")
                #expect(reply.json?.objectValue?["msg"] == "Object not found.")
            }
            #expect(try await sandbox.leads(.GET).page?.count == 0, "no upsert created anything")
            #expect(try await sandbox.leads(.GET, "/not-an-id").status == 400)
            #expect(try await sandbox.send(.GET, "/not-a-project/leads").status == 400)
            #expect(try await sandbox.send(.GET, "/ffffffffffffffffffffffff/leads").status == 400, "the real server's project check answers 400")
            let lead = try await sandbox.makeLead(["fullname": "B"])
            #expect(try await sandbox.leads(.PUT, "/\(lead.id)", body: "{not json").status == 400)
            #expect(try await sandbox.leads(.PUT, "/\(lead.id)", body: #"{"tags":"x"}"#).status == 400)
            #expect(try await sandbox.leads(.PUT, "/\(lead.id)", body: #"{"status":5}"#).status == 400)
            #expect(try await sandbox.leads(.POST, body: #"{"fullname":{"$gt":""}}"#).status == 400)
            let huge = #"{"note":""# + String(repeating: "x", count: 1_100_000) + #""}"#
            #expect(try await sandbox.leads(.PUT, "/\(lead.id)", body: huge).status == 413)
            #expect(try await sandbox.leads(.GET, "/\(lead.id)").lead == lead, "nothing changed")
        }
    }

    @Test func concurrentWritesToOneLeadAllLand() async throws {
        try await SandboxHarness.with { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "C"])
            try await withThrowingTaskGroup(of: Int.self) { group in
                for i in 0..<40 {
                    group.addTask { try await sandbox.leads(.PUT, "/\(lead.id)/tag", body: #"["t\#(i)"]"#).status }
                }
                for try await status in group { #expect(status == 200) }
            }
            #expect(try await sandbox.leads(.GET, "/\(lead.id)").lead?.tags.count == 40)
        }
    }
}
