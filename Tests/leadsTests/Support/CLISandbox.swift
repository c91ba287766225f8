import Foundation
import LeadsSandbox
import LeadsTestSupport
import TiledeskLeads

/// A sandbox on 127.0.0.1 (in this process) plus a private home for the `leads` binary: its own
/// `XDG_CONFIG_HOME`, and the connection passed through the environment as a user would.
struct CLISandbox {
    static let project = "64c0ffee0000000000000001"
    static let owner = SandboxUser(email: "owner@example.com", password: "owner-pass", role: .owner)
    static let agent = SandboxUser(email: "agent@example.com", password: "agent-pass", role: .agent)

    let server: SandboxServer
    let home: String
    /// The owner's token, signed in once: each sign-in costs the sandbox a deliberately slow
    /// password hash, and dozens of processes signing in at once would starve the machine.
    let ownerToken: String

    var url: String { server.baseURL }
    var configHome: String { home + "/config" }
    var configPath: String { configHome + "/leads/config.toml" }
    /// Every request and every `--live` event, with its time.
    var requestLogPath: String { home + "/requests.log" }

    static func with(quirks: Bool = false, seed: Int = 0, live: LiveSpec? = nil, _ body: (CLISandbox) async throws -> Void) async throws {
        let home = NSTemporaryDirectory() + "leads-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/config", withIntermediateDirectories: true)
        let server = try await SandboxServer.start(
            SandboxConfiguration(
                databasePath: home + "/sandbox.sqlite", projectIDs: [project], users: [owner, agent], seed: seed, quirks: quirks,
                requestLogPath: home + "/requests.log", live: live))
        let token: String
        do {
            token = try await HTTPLeadsClient.with(
                ClientConfiguration(baseURL: server.baseURL, projectID: project, credentials: .none)
            ) { try await $0.signIn(email: owner.email, password: owner.password).token }
        } catch {
            await server.stop()
            throw error
        }
        let sandbox = CLISandbox(server: server, home: home, ownerToken: token)
        try await withCleanUp({ try await body(sandbox) }, cleanUp: sandbox.stop)
    }

    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(atPath: home)
    }

    /// The environment of a user with no credentials at all.
    var bareEnvironment: [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_CONFIG_HOME": configHome, "LANG": "C.UTF-8"]
    }

    /// Connection and the owner's token in the environment.
    func environment() -> [String: String] {
        bareEnvironment.merging(["TILEDESK_URL": url, "TILEDESK_PROJECT": Self.project, "TILEDESK_TOKEN": ownerToken]) { $1 }
    }

    /// Connection, email and password in the environment (the binary signs in itself).
    func environment(user: SandboxUser, password: String? = nil) -> [String: String] {
        bareEnvironment.merging([
            "TILEDESK_URL": url, "TILEDESK_PROJECT": Self.project, "TILEDESK_EMAIL": user.email,
            "TILEDESK_PASSWORD": password ?? user.password,
        ]) { $1 }
    }

    /// Runs `leads` with the owner's credentials in the environment unless told otherwise.
    func leads(_ arguments: String..., environment: [String: String]? = nil, stdin: String? = nil) async throws -> LeadsProcess.Result {
        try await LeadsProcess.run(arguments, environment: environment ?? self.environment(), stdin: stdin)
    }

    /// A client for setting up and checking data behind the binary's back.
    func withClient<T: Sendable>(_ body: (HTTPLeadsClient) async throws -> T) async throws -> T {
        try await HTTPLeadsClient.with(
            ClientConfiguration(
                baseURL: url, projectID: Self.project, credentials: .basic(email: Self.owner.email, password: Self.owner.password)),
            body)
    }
}
