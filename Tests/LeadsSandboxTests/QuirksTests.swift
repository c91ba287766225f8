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

    @Test func errorMessagesComeUnderVaryingKeys() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "K"])
            var keys = Set<String>()
            let probes: [(HTTPMethod, String, String?)] = [
                (.GET, "?limit=-1", nil), (.POST, "", #"{"fullname":5}"#), (.PUT, "/\(lead.id)", #"{"tags":"x"}"#),
                (.PUT, "/\(lead.id)/tag", "[]"), (.PATCH, "/\(lead.id)/attributes", "[1]"),
            ]
            for (method, path, body) in probes {
                let reply = try await sandbox.leads(method, path, body: body)
                #expect(reply.status == 400, "\(method) \(path)")
                keys.formUnion(reply.json?.objectValue?.keys.filter { $0 != "success" } ?? [])
            }
            #expect(keys.count >= 4, "error keys seen: \(keys)")
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
