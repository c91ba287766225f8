import Foundation
import LeadsTestSupport
import Testing
import TiledeskLeads

/// Against `leads serve --quirks` (the real server's lax ways) and a scripted server for error
/// bodies under every key the real server uses.
@Suite struct QuirksCommandTests {
    @Test func updatingAnUnknownIdExits3AndCreatesNothing() async throws {
        try await CLISandbox.with(quirks: true) { sandbox in
            let unknown = "0123456789abcdef01234567"
            for arguments in [
                ["update", unknown, "--set", "fullname=Orphan"], ["delete", unknown, "--yes"], ["restore", unknown],
                ["tag", unknown, "x"],
            ] {
                let result = try await LeadsProcess.run(arguments, environment: sandbox.environment())
                #expect(result.code == 3, "\(arguments): \(result.stderr)")
            }
            let counts = try await sandbox.withClient { client in
                (try await client.list(LeadQuery()).count, try await client.list(LeadQuery(trash: true)).count)
            }
            #expect(counts == (0, 0), "no orphan lead was upserted")
        }
    }

    @Test func aMalformedIdShowsTheServersMessage() async throws {
        try await CLISandbox.with(quirks: true) { sandbox in
            let result = try await sandbox.leads("get", "not-an-id")
            #expect(result.code == 1)
            #expect(result.stderr.contains("Cast to ObjectId failed"))
            #expect(result.stderr.contains("HTTP 500"))
        }
    }

    // One case at a time: nine `leads` processes and nine in-process servers at once, beside the
    // rest of the suite, starved the servers' two cooperative threads past the 30 s timeout.
    @Test(.serialized, arguments: [
        (400, #"{"success":false,"msg":"bad page"}"#, "bad page", Int32(1)),
        (400, #"{"success":false,"message":"tags must be strings"}"#, "tags must be strings", Int32(1)),
        (400, #"{"success":false,"error":"no email"}"#, "no email", Int32(1)),
        (500, #"{"err":"error"}"#, "error (HTTP 500)", Int32(1)),
        (422, #"{"errors":[{"param":"email","msg":"Invalid value"}]}"#, "email: Invalid value", Int32(1)),
        (401, "Unauthorized", "Unauthorized", Int32(4)),
        (403, #"{"success":false,"msg":"you are not a member"}"#, "you are not a member", Int32(4)),
        (404, #"{"success":false,"msg":"Object not found."}"#, "Object not found.", Int32(3)),
        (409, #"{"message":"version clash"}"#, "version clash", Int32(5)),
    ])
    func errorMessagesUnderEveryKeyAreShown(status: Int, body: String, message: String, code: Int32) async throws {
        try await ScriptedServer.with({ _, _ in
            body.hasPrefix("{") ? .json(status, body) : .respond(status: status, headers: ["Content-Type": "text/plain"], body: body)
        }) { server in
            let environment = [
                "PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "TILEDESK_URL": server.baseURL, "TILEDESK_PROJECT": CLISandbox.project,
                "TILEDESK_TOKEN": "t",
            ]
            let result = try await LeadsProcess.run(["list"], environment: environment)
            #expect(result.code == code)
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        try await ScriptedServer.with({ _, _ in .hang }) { server in
            let environment = [
                "PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "TILEDESK_URL": server.baseURL, "TILEDESK_PROJECT": CLISandbox.project,
                "TILEDESK_TOKEN": "t",
            ]
            let started = Date()
            let result = try await LeadsProcess.run(["list", "--timeout", "0.5"], environment: environment)
            #expect(result.code == 1)
            #expect(result.stderr.contains("no answer"))
            #expect(!result.timedOut, "leads gave up by itself")
            // Generous: process start-up is slow while other tests run; the hang itself would be an hour.
            #expect(Date().timeIntervalSince(started) < 45)
        }
    }
}
