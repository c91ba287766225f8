import Foundation
import LeadsSandbox
import Testing
import TiledeskLeads

/// Who gets in: Basic and JWT as the real server accepts them, nothing else.
@Suite struct AuthenticationTests {
    @Test func signinReturnsAJWTTokenThatOpensEveryRoute() async throws {
        try await SandboxHarness.with { sandbox in
            let reply = try await sandbox.send(.POST, "/auth/signin", body: #"{"email":"owner@example.com","password":"owner-pass"}"#, authorization: nil)
            #expect(reply.status == 200)
            guard case .object(let body)? = reply.json, case .string(let token)? = body["token"] else {
                Issue.record("no token in \(reply.text)")
                return
            }
            #expect(body["success"] == true)
            #expect(token.hasPrefix("JWT "))
            #expect(body["user"]?.objectValue?["email"] == "owner@example.com")
            #expect(try await sandbox.leads(.GET, authorization: token).status == 200)
            // The scheme word is case-insensitive.
            #expect(try await sandbox.leads(.GET, authorization: "jwt " + token.dropFirst(4)).status == 200)
        }
    }

    @Test func signinRefusesAWrongPasswordAndAMalformedEmail() async throws {
        try await SandboxHarness.with { sandbox in
            let wrong = try await sandbox.send(.POST, "/auth/signin", body: #"{"email":"owner@example.com","password":"nope"}"#, authorization: nil)
            #expect(wrong.status == 401)
            #expect(wrong.json?.objectValue?["success"] == false)
            #expect(wrong.json?.objectValue?["msg"]?.stringValue?.contains("Authentication failed") == true)
            let malformed = try await sandbox.send(.POST, "/auth/signin", body: #"{"email":"not-an-email","password":"x"}"#, authorization: nil)
            #expect(malformed.status == 422)
        }
    }

    @Test func everyBadCredentialIsA401WithAPlainUnauthorizedBody() async throws {
        try await SandboxHarness.with { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "Ada"])
            let token = try await sandbox.send(.POST, "/auth/signin", body: #"{"email":"owner@example.com","password":"owner-pass"}"#, authorization: nil)
                .json?.objectValue?["token"]?.stringValue ?? ""
            let bare = String(token.dropFirst(4))
            let forged = bare.split(separator: ".").prefix(2).joined(separator: ".") + ".c2lnbmVkLXdpdGgtYW5vdGhlci1zZWNyZXQ"
            let noneAlg = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + bare.split(separator: ".")[1] + "."
            let badCredentials: [String?] = [
                nil, "Basic " + Data("owner@example.com:wrong".utf8).base64EncodedString(), "Bearer " + bare, "JWT  " + bare,
                "JWT " + forged, "JWT " + noneAlg, "Basic !!!", "Token abc",
            ]
            let routes: [(HTTPMethod, String, String?)] = [
                (.GET, "", nil), (.GET, "/\(lead.id)", nil), (.POST, "", "{}"), (.PUT, "/\(lead.id)", "{}"),
                (.PUT, "/\(lead.id)/tag", #"["x"]"#), (.DELETE, "/\(lead.id)/tag/x", nil), (.PATCH, "/\(lead.id)/attributes", "{}"),
                (.PATCH, "/\(lead.id)/properties", "{}"), (.POST, "/\(lead.id)/properties", "{}"), (.DELETE, "/\(lead.id)", nil),
                (.DELETE, "/\(lead.id)/physical", nil), (.GET, "/csv", nil),
            ]
            for credential in badCredentials {
                for (method, path, body) in routes {
                    let reply = try await sandbox.leads(method, path, body: body, authorization: credential)
                    #expect(reply.status == 401, "\(method) \(path) with \(credential ?? "nothing")")
                    #expect(reply.text == "Unauthorized")
                }
            }
            // Nothing was changed by any of those requests.
            #expect(try await sandbox.leads(.GET, "/\(lead.id)").lead == lead)
        }
    }

    @Test func aTokenOfADeletedUserStopsWorking() async throws {
        let first = try await SandboxHarness.start()
        let token = try await first.send(.POST, "/auth/signin", body: #"{"email":"agent@example.com","password":"agent-pass"}"#, authorization: nil)
            .json?.objectValue?["token"]?.stringValue ?? ""
        #expect(try await first.leads(.GET, authorization: token).status == 200)
        await first.stop(keepFiles: true)
        // Same database, the agent no longer configured: the user is deleted.
        let second = try await SandboxHarness.start(users: [SandboxHarness.owner], directory: first.directory)
        defer { Task { await second.stop() } }
        #expect(try await second.leads(.GET, authorization: token).status == 401)
        #expect(try await second.leads(.GET, authorization: SandboxHarness.basic(SandboxHarness.agent)).status == 401)
    }

    @Test func onlyAnOwnerDeletesForGood() async throws {
        try await SandboxHarness.with { sandbox in
            let lead = try await sandbox.makeLead(["fullname": "Grace"])
            let agent = SandboxHarness.basic(SandboxHarness.agent)
            let refused = try await sandbox.leads(.DELETE, "/\(lead.id)/physical", authorization: agent)
            #expect(refused.status == 403)
            #expect(refused.json?.objectValue?["success"] == false)
            #expect(try await sandbox.leads(.GET, "/\(lead.id)", authorization: agent).status == 200)
            // The agent can do everything else.
            #expect(try await sandbox.leads(.DELETE, "/\(lead.id)", authorization: agent).lead?.status == 1000)
            #expect(try await sandbox.leads(.DELETE, "/\(lead.id)/physical").status == 200)
            #expect(try await sandbox.leads(.GET, "/\(lead.id)").status == 404)
        }
    }

    @Test func aNonLoopbackHostNeedsExplicitUsers() async throws {
        let configuration = SandboxConfiguration(host: "0.0.0.0", databasePath: "/nonexistent/never-created.sqlite")
        #expect(throws: SandboxSetupError.self) { try configuration.validate() }
    }

    /// The real server checks the project (app.js `projectSetter`) before the route authenticates.
    @Test func anUnknownOrMalformedProjectIs400WithTheRealServersBody() async throws {
        try await SandboxHarness.with { sandbox in
            let unknown = "64c0ffee00000000000000aa"
            for authorization in [SandboxHarness.basic(SandboxHarness.owner), nil] {
                let reply = try await sandbox.leads(.GET, project: unknown, authorization: authorization)
                #expect(reply.status == 400)
                #expect(reply.json == ["error": .string("Project not found with id: \(unknown)")])
                let malformed = try await sandbox.leads(.GET, "/csv", project: "not-a-project", authorization: authorization)
                #expect(malformed.status == 400)
                #expect(malformed.json == ["error": "Invalid project id: not-a-project"])
            }
            // Twelve characters pass Mongoose's ObjectId.isValid, so they are "not found", not "invalid".
            #expect(try await sandbox.leads(.GET, project: "twelve-chars").json == ["error": "Project not found with id: twelve-chars"])
            // A known project still needs credentials.
            #expect(try await sandbox.leads(.GET, authorization: nil).status == 401)
        }
    }
}
