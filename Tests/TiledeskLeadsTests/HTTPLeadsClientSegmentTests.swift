import Foundation
import Testing
import TiledeskLeads

/// The client's segment calls against the sandbox over HTTP: what one user saves, another reads
/// and lists leads through; a deleted segment is not written to (PUT would upsert it).
@Suite struct HTTPLeadsClientSegmentTests {
    @Test func aSegmentSavedByOneUserFiltersTheListOfAnother() async throws {
        try await SandboxHarness.with { sandbox in
            let saved = try await sandbox.withClient { client in
                _ = try await client.create(Lead(fullname: "In", tags: ["gold"]))
                _ = try await client.create(Lead(fullname: "Out", tags: ["tin"]))
                return try await client.createSegment(name: "Gold", filters: [SegmentFilter(field: "tags", .equal, "gold")])
            }
            #expect(saved.name == "Gold" && saved.match == "all" && saved.status == 100)
            let agent = Credentials.basic(email: SandboxHarness.agent.email, password: SandboxHarness.agent.password)
            try await sandbox.withClient(agent) { client in
                let segments = try await client.listSegments()
                #expect(segments == [saved])
                let page = try await client.list(LeadQuery(segment: saved.id))
                #expect(page.leads.map(\.fullname) == ["In"])
                let renamed = try await client.updateSegment(id: saved.id, name: "Tin", filters: [SegmentFilter(field: "tags", .equal, "tin")])
                #expect(renamed.name == "Tin")
                #expect(try await client.list(LeadQuery(segment: saved.id)).leads.map(\.fullname) == ["Out"])
            }
        }
    }

    @Test func aDeletedSegmentIsNotFoundForUpdatesAndNotListed() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient { client in
                let segment = try await client.createSegment(name: "Gone", filters: [])
                #expect(try await client.deleteSegment(id: segment.id).status == 0)
                #expect(try await client.listSegments().isEmpty)
                let error = await #expect(throws: APIError.self) {
                    try await client.updateSegment(id: segment.id, name: "Back", filters: [])
                }
                #expect(error?.kind == .notFound)
                #expect(try await client.segment(id: segment.id).name == "Gone", "the update did not resurrect it")
            }
        }
    }

    @Test func startsWithIsAServerFailure() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            try await sandbox.withClient { client in
                let segment = try await client.createSegment(name: "A", filters: [SegmentFilter(field: "fullname", .startsWith, "A")])
                let error = await #expect(throws: APIError.self) { try await client.list(LeadQuery(segment: segment.id)) }
                #expect(error?.status == 500)
            }
        }
    }
}
