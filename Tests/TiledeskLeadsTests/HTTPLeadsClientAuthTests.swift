import Foundation
import LeadsSandbox
import Testing
import TiledeskLeads

/// Sign-in, the JWT scheme, Basic, and what each kind of failure looks like.
@Suite struct HTTPLeadsClientAuthTests {
    @Test func signInReturnsATokenThatWorksWithOrWithoutItsPrefix() async throws {
        try await SandboxHarness.with { sandbox in
            let result = try await sandbox.withClient(.none) { try await $0.signIn(email: sandbox.owner.email, password: sandbox.owner.password) }
            #expect(result.token.hasPrefix("JWT "))
            #expect(result.email == sandbox.owner.email)
            let bare = String(result.token.dropFirst(4))
            for token in [result.token, bare, "jwt " + bare] {
                let page = try await sandbox.withClient(.token(token)) { try await $0.list(LeadQuery()) }
                #expect(page.count == 0)
            }
        }
    }

    @Test func emailAndPasswordSignInOnceThenUseTheToken() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient(.signIn(email: sandbox.owner.email, password: sandbox.owner.password)) { client in
                let lead = try await client.create(Lead(fullname: "Via token"))
                #expect(try await client.get(id: lead.id).fullname == "Via token")
            }
        }
    }

    @Test func wrongCredentialsAreAnAuthenticationError() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient(.basic(email: sandbox.owner.email, password: "wrong")) { client in
                let error = await #expect(throws: APIError.self) { try await client.list(LeadQuery()) }
                #expect(error?.kind == .authentication && error?.status == 401)
                #expect(error?.message == "Unauthorized", "the plain-text body is the message")
            }
            try await sandbox.withClient(.none) { client in
                let error = await #expect(throws: APIError.self) {
                    try await client.signIn(email: sandbox.owner.email, password: "wrong")
                }
                #expect(error?.kind == .authentication)
                #expect(error?.message.contains("Authentication failed") == true)
                let invalid = await #expect(throws: APIError.self) { try await client.signIn(email: "not-an-email", password: "x") }
                #expect(invalid?.kind == .invalid && invalid?.status == 422)
                #expect(invalid?.message == "email: Invalid value")
            }
            try await sandbox.withClient(.token("JWT not.a.token")) { client in
                let error = await #expect(throws: APIError.self) { try await client.get(id: "0123456789abcdef01234567") }
                #expect(error?.kind == .authentication)
            }
        }
    }

    @Test func aBadProjectOrNoProjectSaysSo() async throws {
        try await SandboxHarness.with { sandbox in
            try await sandbox.withClient(project: "64c0ffee00000000000000ff") { client in
                let error = await #expect(throws: APIError.self) { try await client.list(LeadQuery()) }
                #expect(error?.status == 400 && error?.message == "Project not found with id: 64c0ffee00000000000000ff")
            }
            try await sandbox.withClient(project: "") { client in
                await #expect(throws: ConfigurationError.self) { try await client.list(LeadQuery()) }
            }
        }
    }

    @Test func plainHTTPToARemoteHostIsRefusedBeforeAnythingIsSent() throws {
        let configuration = ClientConfiguration(baseURL: "http://tiledesk.example.org:3000", projectID: "p", credentials: .token("t"))
        #expect(throws: ConfigurationError.self) { _ = try HTTPLeadsClient(configuration) }
    }

    @Test func errorMessagesUnderEveryKeyOfTheQuirkyServer() async throws {
        try await SandboxHarness.with(quirks: true) { sandbox in
            try await sandbox.withClient { client in
                let invalid = await #expect(throws: APIError.self) { try await client.list(LeadQuery(limit: -1)) }
                #expect(invalid?.kind == .invalid && invalid?.status == 400)
                #expect(invalid?.message.contains("limit") == true)
                let cast = await #expect(throws: APIError.self) { try await client.get(id: "not-an-id") }
                #expect(cast?.kind == .server && cast?.status == 500)
                #expect(cast?.message.contains("Cast to ObjectId failed") == true)
            }
        }
    }
}
