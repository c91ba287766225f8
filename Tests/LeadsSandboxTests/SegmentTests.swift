import Foundation
import LeadsSandbox
import Testing
import TiledeskLeads

/// `/{project}/segments` and `GET /leads?segment=ID` over real HTTP, with the shapes, statuses
/// and filter semantics of routes/segment.js, routes/lead.js and utils/segment2mongoConverter.js.
@Suite struct SegmentTests {
    /// Creates a segment with these filters and returns its id.
    static func segment(_ sandbox: SandboxHarness, _ filters: [[String: JSONValue]], name: String = "S") async throws -> String {
        let body: JSONValue = ["name": .string(name), "filters": .array(filters.map(JSONValue.object))]
        let reply = try await sandbox.send(.POST, "/\(SandboxHarness.projectA)/segments", body: body.jsonText)
        #expect(reply.status == 200, "\(reply.text)")
        return try #require(reply.json?.objectValue?["_id"]?.stringValue)
    }

    /// The names of the leads the segment lists (`extra` appended to the query), sorted.
    static func names(_ sandbox: SandboxHarness, segment: String, _ extra: String = "") async throws -> [String] {
        let reply = try await sandbox.leads(.GET, "?limit=0&segment=\(segment)\(extra)")
        #expect(reply.status == 200, "\(reply.text)")
        return (reply.page?.leads ?? []).compactMap(\.fullname).sorted()
    }

    static func people(_ sandbox: SandboxHarness) async throws {
        _ = try await sandbox.makeLead(["fullname": "Ann", "email": "ann@acme.io", "city": "Rome", "tags": ["vip", "eu"], "attributes": ["plan": "gold", "seats": 5]])
        _ = try await sandbox.makeLead(["fullname": "Bob", "email": "bob@beta.io", "city": "Oslo", "tags": ["eu"], "attributes": ["plan": "free", "seats": 1]])
        _ = try await sandbox.makeLead(["fullname": "Cy", "city": "Lima", "attributes": ["seats": 12]])
    }

    @Test func createListGetUpdateAndDeleteAnswerAsTheRealRoutes() async throws {
        try await SandboxHarness.with { sandbox in
            let path = "/\(SandboxHarness.projectA)/segments"
            let created = try await sandbox.send(.POST, path, body: #"{"name":"VIP","filters":[{"field":"tags","operator":"=","value":"vip","extra":1}]}"#)
            #expect(created.status == 200)
            let document = try #require(created.json?.objectValue)
            #expect(document["name"] == "VIP")
            #expect(document["match"] == "all", "match defaults to all")
            #expect(document["status"] == 100)
            #expect(document["id_project"] == .string(SandboxHarness.projectA))
            #expect(document["filters"] == [["field": "tags", "operator": "=", "value": "vip"]], "members outside the schema are dropped")
            for key in ["_id", "createdBy", "createdAt", "updatedAt", "__v"] { #expect(document[key] != nil, "\(key)") }
            let id = try #require(document["_id"]?.stringValue)

            let listed = try #require(try await sandbox.send(.GET, path).json?.objectValue)
            #expect(listed["perPage"] == 40)
            #expect(listed["count"] == 1)
            #expect(listed["segments"] == [.object(document)])

            let renamed = try await sandbox.send(.PUT, "\(path)/\(id)", body: #"{"name":"Very important","match":null}"#)
            #expect(renamed.status == 200)
            #expect(renamed.json?.objectValue?["name"] == "Very important")
            #expect(renamed.json?.objectValue?["match"] == "all", "null is skipped like undefined")

            let deleted = try await sandbox.send(.DELETE, "\(path)/\(id)")
            #expect(deleted.status == 200)
            #expect(deleted.json?.objectValue?["status"] == 0, "a soft delete")
            #expect(try await sandbox.send(.GET, path).json?.objectValue?["count"] == 0, "deleted segments are not listed")
            #expect(try await sandbox.send(.GET, "\(path)/\(id)").json?.objectValue?["status"] == 0, "but findById still finds them")
        }
    }

    @Test func failuresHaveTheRealStatusesAndBodies() async throws {
        try await SandboxHarness.with { sandbox in
            let path = "/\(SandboxHarness.projectA)/segments"
            let updateFailed: JSONValue = ["success": false, "msg": "Error updating object."]
            for body in [#"{}"#, #"{"name":""}"#, #"{"name":"x","match":null}"#, #"{"name":"x","filters":[{"field":"email","operator":"="}]}"#] {
                let reply = try await sandbox.send(.POST, path, body: body)
                #expect(reply.status == 500, "\(body)")
                #expect(reply.json == updateFailed, "\(body): \(reply.text)")
            }
            let missing = "0123456789abcdef01234567"
            let notFound = try await sandbox.send(.GET, "\(path)/\(missing)")
            #expect(notFound.status == 404)
            #expect(notFound.json == ["success": false, "msg": "Object not found."])
            #expect(try await sandbox.send(.GET, "\(path)/nope").status == 500)
            #expect(try await sandbox.send(.PUT, "\(path)/nope", body: "{}").json == updateFailed)
            #expect(try await sandbox.send(.GET, path, authorization: nil).status == 401)

            let unknown = try await sandbox.leads(.GET, "?segment=\(missing)")
            #expect(unknown.status == 404)
            #expect(unknown.json == ["success": false, "msg": "Error segment not found"])
        }
    }

    @Test func aPutOnAnUnknownIdUpsertsABareDocument() async throws {
        try await SandboxHarness.with { sandbox in
            let id = "0123456789abcdef01234567"
            let reply = try await sandbox.send(.PUT, "/\(SandboxHarness.projectA)/segments/\(id)", body: #"{"name":"Orphan"}"#)
            #expect(reply.status == 200)
            let document = try #require(reply.json?.objectValue)
            #expect(document["_id"] == .string(id))
            #expect(document["name"] == "Orphan")
            #expect(document["status"] == nil && document["id_project"] == nil, "only what the request gave")
            #expect(try await sandbox.send(.GET, "/\(SandboxHarness.projectA)/segments").json?.objectValue?["count"] == 0)
        }
    }

    @Test func eachOperatorFiltersAsMongoDBDoes() async throws {
        try await SandboxHarness.with { sandbox in
            try await Self.people(sandbox)
            let cases: [([String: JSONValue], [String])] = [
                (["field": "tags", "operator": "=", "value": "vip"], ["Ann"]),
                (["field": "city", "operator": "!=", "value": "Rome"], ["Bob", "Cy"]),
                (["field": "attributes.seats", "operator": ">", "value": 1], ["Ann", "Cy"]),
                (["field": "attributes.seats", "operator": ">=", "value": 5], ["Ann", "Cy"]),
                (["field": "attributes.seats", "operator": ">", "value": "1"], []),
                (["field": "fullname", "operator": ">", "value": "Bob"], ["Cy"]),
                (["field": "email", "operator": "contains", "value": "@acme"], ["Ann"]),
                (["field": "email", "operator": "contains", "value": "ACME"], []),
                (["field": "email", "operator": "contains", "value": "^b.*io$"], ["Bob"]),
                (["field": "email", "operator": "is null", "value": true], ["Cy"]),
                (["field": "attributes.plan", "operator": "is not null", "value": true], ["Ann", "Bob"]),
                (["field": "createdAt", "operator": ">", "value": "2000-01-01"], ["Ann", "Bob", "Cy"]),
                (["field": "createdAt", "operator": ">", "value": "2999-01-01T00:00:00.000Z"], []),
                (["field": "city", "operator": "ends with", "value": "a"], ["Ann", "Bob", "Cy"]),
                (["field": "attributes.seats", "operator": "=", "value": "5"], []),
                (["field": "attributes.seats", "operator": "=", "value": 5], ["Ann"]),
            ]
            for (filter, expected) in cases {
                let id = try await Self.segment(sandbox, [filter])
                #expect(try await Self.names(sandbox, segment: id) == expected, "\(JSONValue.object(filter).jsonText)")
            }
        }
    }

    @Test func aLaterFilterOnTheSameFieldAndTheRequestParametersReplaceEarlierOnes() async throws {
        try await SandboxHarness.with { sandbox in
            try await Self.people(sandbox)
            let twice = try await Self.segment(sandbox, [
                ["field": "city", "operator": "=", "value": "Rome"], ["field": "city", "operator": "=", "value": "Oslo"],
            ])
            #expect(try await Self.names(sandbox, segment: twice) == ["Bob"])
            let vip = try await Self.segment(sandbox, [["field": "tags", "operator": "=", "value": "vip"]])
            #expect(try await Self.names(sandbox, segment: vip, "&tags=eu") == ["Ann", "Bob"], "tags= replaces the segment's tags")
            let ann = try await Self.segment(sandbox, [["field": "email", "operator": "=", "value": "ann@acme.io"]])
            #expect(try await Self.names(sandbox, segment: ann, "&email=bob@beta.io") == ["Bob"], "email= replaces the segment's email")
            #expect(try await Self.names(sandbox, segment: ann, "&with_email=1") == ["Ann", "Bob"], "so does with_email")
            let status = try await Self.segment(sandbox, [["field": "status", "operator": "=", "value": 1000]])
            #expect(try await Self.names(sandbox, segment: status) == ["Ann", "Bob", "Cy"], "status is always set after the segment")
            let page = try #require(try await sandbox.leads(.GET, "?limit=1&page=1&sort=fullname&direction=1&segment=\(status)").page)
            #expect(page.count == 3)
            #expect(page.leads.map(\.fullname) == ["Bob"], "pages count over the segment's leads")
        }
    }

    @Test func matchAnyIsStoredButFiltersAsAll() async throws {
        try await SandboxHarness.with { sandbox in
            try await Self.people(sandbox)
            let body = #"{"name":"Any","match":"any","filters":[{"field":"city","operator":"=","value":"Rome"},{"field":"fullname","operator":"=","value":"Bob"}]}"#
            let reply = try await sandbox.send(.POST, "/\(SandboxHarness.projectA)/segments", body: body)
            #expect(reply.json?.objectValue?["match"] == "any")
            let id = try #require(reply.json?.objectValue?["_id"]?.stringValue)
            #expect(try await Self.names(sandbox, segment: id) == [], "both conditions hold, as with all")
        }
    }

    @Test func aValueThatCannotBeCastIsRefusedOutsideQuirks() async throws {
        try await SandboxHarness.with { sandbox in
            let id = try await Self.segment(sandbox, [["field": "createdAt", "operator": ">", "value": "not a date"]])
            let reply = try await sandbox.leads(.GET, "?segment=\(id)")
            #expect(reply.status == 400)
            #expect(reply.text.contains("Cast to date failed"), "\(reply.text)")
        }
    }

    @Test(arguments: [false, true]) func startsWithFailsWith500(quirks: Bool) async throws {
        try await SandboxHarness.with(quirks: quirks) { sandbox in
            try await Self.people(sandbox)
            let id = try await Self.segment(sandbox, [["field": "fullname", "operator": "starts with", "value": "A"]])
            let reply = try await sandbox.leads(.GET, "?segment=\(id)")
            #expect(reply.status == 500)
            #expect(reply.text.contains("convertStarsWithOperatorFilter"), "\(reply.text)")
        }
    }

    @Test func aDeletedSegmentStillFiltersTheLeads() async throws {
        try await SandboxHarness.with { sandbox in
            try await Self.people(sandbox)
            let id = try await Self.segment(sandbox, [["field": "city", "operator": "=", "value": "Lima"]])
            #expect(try await sandbox.send(.DELETE, "/\(SandboxHarness.projectA)/segments/\(id)").status == 200)
            #expect(try await Self.names(sandbox, segment: id) == ["Cy"])
        }
    }
}
