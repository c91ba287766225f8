import Foundation
import LeadsSandbox
import LeadsTestSupport
import TiledeskLeads

/// A sandbox on 127.0.0.1 over a fresh temporary database, and `HTTPLeadsClient`s for it, so the
/// client is tested over real HTTP against the server's real behaviour (and `--quirks`).
struct SandboxHarness {
    static let projectA = "64c0ffee0000000000000001"
    static let projectB = "64c0ffee0000000000000002"
    static let owner = SandboxUser(email: "owner@example.com", password: "owner-pass", role: .owner)
    static let agent = SandboxUser(email: "agent@example.com", password: "agent-pass", role: .agent)

    let server: SandboxServer
    let directory: String

    /// Runs `body` against a fresh sandbox and always stops it afterwards, even when `body` throws.
    static func with(
        users: [SandboxUser] = [owner, agent], projects: [String] = [projectA, projectB], seed: Int = 0,
        quirks: Bool = false, live: LiveSpec? = nil, _ body: (SandboxHarness) async throws -> Void
    ) async throws {
        let directory = NSTemporaryDirectory() + "leads-client-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let server = try await SandboxServer.start(
            SandboxConfiguration(
                databasePath: directory + "/sandbox.sqlite", projectIDs: projects, users: users, seed: seed, quirks: quirks,
                requestLogPath: directory + "/requests.log", live: live))
        let sandbox = SandboxHarness(server: server, directory: directory)
        try await withCleanUp({ try await body(sandbox) }, cleanUp: sandbox.stop)
    }

    /// The request log: every request and every `--live` event, with its time.
    var requestLogPath: String { directory + "/requests.log" }

    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A configuration for this sandbox; short timeouts and quick retries keep failing tests fast.
    func configuration(
        _ credentials: Credentials = .basic(email: owner.email, password: owner.password), project: String = projectA
    ) -> ClientConfiguration {
        ClientConfiguration(
            baseURL: server.baseURL, projectID: project, credentials: credentials, connectTimeout: .seconds(5),
            requestTimeout: .seconds(10), retry: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(20), maxDelay: .milliseconds(100)))
    }

    /// Runs `body` with a client for this sandbox, shut down afterwards.
    @discardableResult
    func withClient<T: Sendable>(
        _ credentials: Credentials = .basic(email: owner.email, password: owner.password), project: String = projectA,
        _ body: (HTTPLeadsClient) async throws -> T
    ) async throws -> T {
        try await HTTPLeadsClient.with(configuration(credentials, project: project), body)
    }

    var owner: SandboxUser { Self.owner }
}
