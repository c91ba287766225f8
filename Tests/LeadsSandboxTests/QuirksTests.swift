import Foundation
import LeadsSandbox
import Testing
import TiledeskLeads

/// `--quirks`: the real server's lax behaviours, reproduced so clients can be tested against them.
@Suite struct QuirksTests {
    @Test func putAndDeleteOnAnUnknownIdUpsert() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            let unknown = "0123456789abcdef01234567"
            let put = try await sandbox.leads(.PUT, "/\(unknown)", body: #"{"fullname":"Orphan"}"#)
            #expect(put.status == 200)
            #expect(put.lead?.fullname == "Orphan")
            #expect(try await sandbox.leads(.GET, "/\(unknown)").status == 200, "the upsert created a lead")
            let other = "0123456789abcdef01234568"
            #expect(try await sandbox.leads(.DELETE, "/\(other)").lead?.status == 1000)
        }
    }

    @Test func malformedJSONIs500WithErr() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "Q"])
            let reply = try await sandbox.leads(.PUT, "/\(lead.id)", body: "{oops")
            #expect(reply.status == 500)
            #expect(reply.json == ["err": "error"])
        }
    }

    @Test func errorMessagesComeUnderTheRealRoutesKeys() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "K"])
            let missing = "0123456789abcdef01234567"
            // routes/lead.js: PUT, PATCH and DELETE answer under `msg`; the tag routes under
            // `message` (no tag given) and `error` (no such lead).
            let probes: [(HTTPMethod, String, String?, Int, String)] = [
                (.GET, "?limit=-1", nil, 400, "msg"), (.POST, "", #"{"fullname":5}"#, 400, "error"),
                (.PUT, "/\(lead.id)", #"{"tags":"x"}"#, 400, "msg"), (.PATCH, "/\(lead.id)/attributes", "[1]", 400, "msg"),
                (.PATCH, "/\(missing)/attributes", "{}", 404, "msg"), (.POST, "/\(missing)/properties", "{}", 404, "msg"),
                (.PUT, "/\(lead.id)/tag", "[]", 400, "message"), (.PUT, "/\(missing)/tag", #"["a"]"#, 404, "error"),
                (.DELETE, "/\(missing)/tag/a", nil, 404, "error"),
                (.DELETE, "/not-an-id", nil, 500, "msg"),
                (.PUT, "/not-an-id", "{}", 500, "msg"),
            ]
            for (method, path, body, status, key) in probes {
                let reply = try await sandbox.leads(method, path, body: body)
                #expect(reply.status == status, "\(method) \(path)")
                #expect(reply.json?.objectValue?[key]?.stringValue?.isEmpty == false, "\(method) \(path): \(reply.text)")
            }
        }
    }

    @Test func leadsWithEqualSortKeysComeInADifferentOrderOnEveryRequest() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            for index in 0..<30 { _ = try await sandbox.makeLead(["fullname": "Same", "city": .string("c\(index)")]) }
            var orders = Set<[String]>()
            for _ in 0..<8 {
                let page = try #require(try await sandbox.leads(.GET, "?sort=fullname&limit=0").page)
                #expect(Set(page.leads.map(\.id)).count == 30, "every request still lists each lead once")
                orders.insert(page.leads.map(\.id))
            }
            #expect(orders.count > 1, "ties came back in one fixed order")
            // Pages of ties, read one after the other, overlap or skip (the reason clients must not trust skip/limit).
            var seen: [String] = []
            var differs = false
            for _ in 0..<10 {
                seen = []
                for page in 0..<3 {
                    seen += try #require(try await sandbox.leads(.GET, "?sort=fullname&limit=10&page=\(page)").page).leads.map(\.id)
                }
                if Set(seen).count != 30 { differs = true; break }
            }
            #expect(differs, "30 tied leads paged three times never lost or repeated one")
            // A unique key has no ties: sorted by _id the order is the same every time.
            let first = try #require(try await sandbox.leads(.GET, "?sort=_id&limit=0").page).leads.map(\.id)
            #expect(try #require(try await sandbox.leads(.GET, "?sort=_id&limit=0").page).leads.map(\.id) == first)
        }
    }

    @Test func aBadDirectionNeverAnswers() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            let started = ContinuousClock.now
            await #expect(throws: (any Error).self) {
                _ = try await sandbox.leads(.GET, "?direction=sideways", timeout: .milliseconds(800))
            }
            #expect(ContinuousClock.now - started >= .milliseconds(700))
            // A good direction still answers.
            let good = try await sandbox.leads(.GET, "?direction=1")
            #expect(good.status == 200)
        }
    }

    @Test func aLeadIdThatIsNotAnObjectIdIs500() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            let reply = try await sandbox.leads(.GET, "/xyz")
            #expect(reply.status == 500)
        }
    }
}
