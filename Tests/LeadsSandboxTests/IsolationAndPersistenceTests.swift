import Foundation
import LeadsSandbox
import Testing
import TiledeskLeads

/// A lead belongs to one project, and to the database file, across restarts.
@Suite struct IsolationAndPersistenceTests {
    @Test func aLeadOfAnotherProjectIs404OnEveryRoute() async throws {
        try await SandboxHarness.with { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "Only in A", "email": "a@example.com", "tags": ["x"]])
            let b = SandboxHarness.projectB
            let routes: [(HTTPMethod, String, String?)] = [
                (.GET, "/\(lead.id)", nil), (.PUT, "/\(lead.id)", #"{"fullname":"hijacked"}"#), (.PUT, "/\(lead.id)/tag", #"["y"]"#),
                (.DELETE, "/\(lead.id)/tag/x", nil), (.PATCH, "/\(lead.id)/attributes", #"{"k":1}"#),
                (.PATCH, "/\(lead.id)/properties", #"{"k":1}"#), (.POST, "/\(lead.id)/properties", #"{"k":1}"#),
                (.DELETE, "/\(lead.id)", nil), (.DELETE, "/\(lead.id)/physical", nil),
            ]
            for (method, path, body) in routes {
                #expect(try await sandbox.leads(method, path, project: b, body: body).status == 404, "\(method) \(path)")
            }
            #expect(try await sandbox.leads(.GET, project: b).page?.count == 0)
            #expect(try await sandbox.leads(.GET, "?email=a%40example.com", project: b).page?.count == 0)
            #expect(try await sandbox.leads(.GET, "/csv", project: b).text.contains("Only in A") == false)
            #expect(try await sandbox.leads(.GET, "/\(lead.id)").lead == lead, "untouched in A")
        }
    }

    @Test func dataAndTokensSurviveARestart() async throws {
        let first = try await SandboxHarness.start()
        let lead = try await first.makeLead(["fullname": "Persistent", "tags": ["keep"], "attributes": ["n": 1.5]])
        let token = try await first.send(.POST, "/auth/signin", body: #"{"email":"owner@example.com","password":"owner-pass"}"#, authorization: nil)
            .json?.objectValue?["token"]?.stringValue ?? ""
        await first.stop(keepFiles: true)
        let second = try await SandboxHarness.start(directory: first.directory)
        let reread = try await second.leads(.GET, "/\(lead.id)", authorization: token)
        await second.stop()
        #expect(reread.status == 200)
        #expect(reread.lead == lead)
    }

    @Test func seedingIsDeterministicAndFillsUpToN() async throws {
        let a = try await SandboxHarness.start(projects: [SandboxHarness.projectA], seed: 300)
        let b = try await SandboxHarness.start(projects: [SandboxHarness.projectA], seed: 300)
        let pageA = try await a.leads(.GET, "?limit=0&sort=_id").page
        let pageB = try await b.leads(.GET, "?limit=0&sort=_id").page
        let trashA = try await a.leads(.GET, "?limit=0&status=1000").page?.count ?? 0
        await a.stop(keepFiles: true)
        await b.stop()
        #expect(pageA != nil && pageA == pageB)
        let visibleA: Int = pageA?.count ?? 0
        #expect(visibleA + trashA == 300)
        // Seeding again to a larger N adds only the missing leads; the first 300 stay as they were.
        let again = try await SandboxHarness.start(projects: [SandboxHarness.projectA], seed: 400, directory: a.directory)
        let all = try await again.leads(.GET, "?limit=0&sort=_id").page
        let trash = try await again.leads(.GET, "?limit=0&status=1000").page?.count ?? 0
        await again.stop()
        let visible: Int = all?.count ?? 0
        #expect(visible + trash == 400)
        let firstIDs = Set(pageA?.leads.map(\.id) ?? [])
        let allIDs = Set(all?.leads.map(\.id) ?? [])
        #expect(firstIDs.isSubset(of: allIDs))
    }
}
