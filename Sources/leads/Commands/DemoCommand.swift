import ArgumentParser
import Foundation
import LeadsSandbox
import TiledeskLeads

/// `leads demo`: the sandbox on a free loopback port over a demo database of 5,000 leads, so
/// anyone can try `leads` with no Tiledesk account, opened in the browser. Edits persist;
/// `--reset` starts over; `--serve-only` prints the URL and credentials and serves, for scripts.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Try leads on an embedded sandbox with 5,000 demo leads.")

    @Flag(help: "Delete the demo database and start from fresh demo data.") var reset = false
    @Option(help: "Number of demo leads.") var seed = 5_000
    @Flag(help: "Do not open the browser: print the URL and credentials and serve until Ctrl-C.") var serveOnly = false
    @Flag(help: "Mouse: click selects a row, double click opens it, a header click sorts, the wheel scrolls.") var mouse = false
    @Flag(help: "A project that moves: visitors arrive and fill in their details, other agents edit, trash and restore.")
    var live = false

    /// `--live`: a small shop's afternoon, slow enough to watch.
    static let liveSpec = LiveSpec(rates: [.chat: 0.5, .fill: 0.2, .edit: 0.5, .trash: 0.05, .restore: 0.02])

    func run() async throws {
        let path = SandboxConfiguration.defaultDatabasePath(named: "demo.sqlite")
        if reset {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let server = try await SandboxServer.start(
            SandboxConfiguration(host: "127.0.0.1", port: 0, databasePath: path, seed: seed, live: live ? Self.liveSpec : nil),
            seedProgress: SeedProgress.reporter(total: seed), stopOnSignals: serveOnly)
        let project = server.projectIDs[0]
        guard serveOnly else {
            let configuration = ClientConfiguration(
                baseURL: server.baseURL, projectID: project,
                credentials: .signIn(email: SandboxUser.demo.email, password: SandboxUser.demo.password))
            defer { Task.detached { await server.stop() } }
            try await BrowseSupport.browse(
                try HTTPLeadsClient(configuration), options: try BrowseSupport.options(mouse: mouse, greeting: "demo sandbox at \(server.baseURL)"))
            await server.stop()
            return
        }
        let text = """
            leads demo: a sandbox Tiledesk server with \(seed) leads is running.
              URL      \(server.baseURL)
              project  \(project)
              user     \(SandboxUser.demo.email) (password: \(SandboxUser.demo.password))
            Try, in another terminal:
              TILEDESK_URL=\(server.baseURL) TILEDESK_PROJECT=\(project) TILEDESK_EMAIL=\(SandboxUser.demo.email) TILEDESK_PASSWORD=\(SandboxUser.demo.password) leads list
            Press Ctrl-C to stop.

            """
        FileHandle.standardOutput.write(Data(text.utf8))
        try await server.wait()
    }
}
