import Foundation
import Testing
import TiledeskLeads
@testable import leads

/// The pieces of a bulk command that decide which leads and what each gets: `--where` clauses,
/// times and ages, ids on standard input, and a write that meets a lead trashed meanwhile.
@Suite struct BulkPlanningTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let lead = Lead(
        id: "a", fullname: "guest#12", email: "", company: "ACME", tags: ["vip", "b2b"],
        attributes: ["plan": "pro", "seats": 12, "source": ["channel": "web"]], properties: ["utm": ["source": "ads"]], status: 100,
        createdAt: now.addingTimeInterval(-40 * 86_400), updatedAt: now.addingTimeInterval(-3600))

    @Test(arguments: [
        ("company=ACME", true), ("company!=ACME", false), ("company~acm", true), ("fullname~GUEST#", true),
        ("email=", true), ("email!=", false), ("phone=", true), ("phone!=x", true), ("tags=vip", true), ("tags!=vip", false),
        ("tags=", false), ("tags~b2", true), ("attributes.plan=pro", true), ("attributes.seats>10", true),
        ("attributes.seats<=9", false), ("attributes.source.channel=web", true), ("attributes.missing=", true),
        ("status=100", true), ("createdAt<30d", true), ("createdAt>30d", false), ("updatedAt>2h", true),
        ("createdAt<2026-01-01", false), ("properties.utm.source=ads", true), ("properties.utm.source!=ads", false),
        ("properties.utm.medium=", true),
    ])
    func whereClausesMatchAsDocumented(clause: String, expected: Bool) throws {
        #expect(try LeadCondition(parsing: clause, now: Self.now).matches(Self.lead) == expected)
    }

    @Test func badClausesAndTimesAreUsageErrors() {
        for clause in ["company", "=x", "colour=blue", "createdAt<soon"] {
            #expect(throws: CLIError.self) { try LeadCondition(parsing: clause, now: Self.now) }
        }
        #expect(TimeBound.parse("30d", now: Self.now) == Self.now.addingTimeInterval(-30 * 86_400))
        #expect(TimeBound.parse("2w", now: Self.now) == Self.now.addingTimeInterval(-14 * 86_400))
        #expect(TimeBound.parse("2026-01-31", now: Self.now) == ISOTime.parse("2026-01-31T00:00:00.000Z"))
        #expect(TimeBound.parse("yesterday", now: Self.now) == nil)
    }

    @Test func matcherFiltersLocallyOnlyWhatTheServerCannot() throws {
        let byTag = LeadMatcher(conditions: [try LeadCondition(parsing: "tags=vip")])
        #expect(!byTag.filtersLocally)
        #expect(byTag.narrowing(LeadQuery()).tag == "vip")
        let anonymous = LeadMatcher(noEmail: true, createdBefore: Self.now.addingTimeInterval(-30 * 86_400))
        #expect(anonymous.filtersLocally && anonymous.matches(Self.lead))
        #expect(!LeadMatcher(noName: true).matches(Self.lead))
    }

    @Test func standardInputTakesIdsJSONAndNDJSONOnce() throws {
        #expect(try BulkInput.ids(in: "a\n\n b \na\n") == ["a", "b"])
        #expect(try BulkInput.ids(in: #"[{"_id":"a","tags":[]},{"id":"b"}]"#) == ["a", "b"])
        #expect(try BulkInput.ids(in: "{\"_id\":\"a\"}\n{\"_id\":\"c\",\"x\":1}\n") == ["a", "c"])
        #expect(throws: CLIError.self) { try BulkInput.ids(in: "a b\n") }
        #expect(throws: CLIError.self) { try BulkInput.ids(in: "{\"fullname\":\"no id\"}\n") }
    }

    @Test func aTagWriteOnALeadTrashedMeanwhileIsTakenBackAndReported() async throws {
        try await CLISandbox.with { sandbox in
            try await sandbox.withClient { client in
                let lead = try await client.create(Lead(fullname: "T", tags: ["old"]))
                let edit = BulkEdit.tags(add: ["new", "old"], remove: [])
                let planned = try #require(try edit.plan(lead))
                #expect(planned.tagsToAdd == ["new"], "only what the lead lacks is sent")
                _ = try await client.trash(id: lead.id)
                let outcome = await BulkApplier(api: client, edit: edit).apply(BulkItem(id: lead.id, planned: planned))
                #expect(outcome == .skipped("trashed meanwhile; its tags were put back"))
                #expect(try await client.get(id: lead.id).tags == ["old"])

                try await client.deleteForever(id: lead.id)
                let gone = await BulkApplier(api: client, edit: edit).apply(BulkItem(id: lead.id, planned: planned))
                #expect(gone == .skipped("deleted meanwhile"))
            }
        }
    }
}
