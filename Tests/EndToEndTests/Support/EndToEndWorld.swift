import Foundation
import LeadsTestSupport
import TiledeskLeads

/// A private world for one end-to-end test: `leads serve` (the built binary) on 127.0.0.1 over
/// its own database, a home with its own config and state directories, and a token for the demo
/// user handed to the program through the environment. `start` runs the program in a tmux pane
/// through a wrapper that records `stty -g` before and after and the exit status.
struct EndToEndWorld: Sendable {
    static let project = "64c0ffee0000000000000001"
    static let demoEmail = "demo@example.com"
    static let demoPassword = "demo"

    let home: String
    let url: String
    let token: String
    let server: ServeProcess

    /// Starts `leads serve --seed seed` and signs in; stops the server and removes the home
    /// afterwards whatever happens.
    /// `live` is a `leads serve --live` spec: a project that moves under the program.
    /// `faults` is a `leads serve --faults` spec (`latency=200ms`: a slow server).
    static func with(seed: Int = 120, live: String? = nil, faults: String? = nil, _ body: (EndToEndWorld) async throws -> Void) async throws {
        let home = NSTemporaryDirectory() + "leads-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let server = try await ServeProcess.start(
            arguments: ["--db", home + "/sandbox.sqlite", "--seed", "\(seed)"] + (live.map { ["--live", $0] } ?? [])
                + (faults.map { ["--faults", $0] } ?? []), home: home)
        let world: EndToEndWorld
        do {
            let token = try await HTTPLeadsClient.with(ClientConfiguration(baseURL: server.url, projectID: project, credentials: .none)) {
                try await $0.signIn(email: demoEmail, password: demoPassword).token
            }
            world = EndToEndWorld(home: home, url: server.url, token: token, server: server)
        } catch {
            await server.stop()
            throw error
        }
        try await withCleanUp({ try await body(world) }) {
            await server.stop()
            try? FileManager.default.removeItem(atPath: home)
        }
    }

    /// What the program sees: a clean environment with this world's directories and connection.
    var environment: [String: String] {
        [
            "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state", "XDG_DATA_HOME": home + "/data",
            "TILEDESK_URL": url, "TILEDESK_PROJECT": Self.project, "TILEDESK_TOKEN": token,
        ]
    }

    /// A client as another user of the same project would have: to set up data and to check
    /// what the program wrote.
    func withClient<T: Sendable>(_ body: (HTTPLeadsClient) async throws -> T) async throws -> T {
        try await HTTPLeadsClient.with(ClientConfiguration(baseURL: url, projectID: Self.project, credentials: .token(token)), body)
    }

    /// How many leads the list shows (the seed trashes about 2%).
    func visibleCount() async throws -> Int {
        try await withClient { try await $0.list(LeadQuery(limit: 1)).count }
    }

    /// Runs `leads ARGUMENTS` in a new tmux pane of this size; `record` keeps every byte it writes.
    func start(
        _ arguments: [String] = [], width: Int = 120, height: Int = 40, extraEnvironment: [String: String] = [:], record: Bool = false
    ) throws -> ProgramRun {
        try ProgramRun(world: self, arguments: arguments, width: width, height: height, extraEnvironment: extraEnvironment, record: record)
    }
}
