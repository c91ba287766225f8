import ArgumentParser
import Foundation
import LeadsSandbox

/// `leads serve`: the Tiledesk-compatible sandbox server, for trying `leads` and for tests.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a Tiledesk-compatible leads server on SQLite.",
        discussion: """
            The first line on stdout is `listening on http://HOST:PORT`, then one `project ID` line per project.
            Without --user a demo user exists (demo@example.com, password demo), on a loopback host only.
            --user puts a password in the process list: use it for throwaway passwords only, and prefer
            --users-file or the LEADS_SERVE_USERS environment variable (EMAIL:PASSWORD[:ROLE], one per line).
            """
    )

    @Option(help: "Address to bind.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 takes a free port).") var port = 3000
    @Option(help: "SQLite database file (default: $XDG_DATA_HOME/leads/sandbox.sqlite).") var db: String?
    @Option(name: .customLong("project"), help: "A project id (24 hex digits); repeatable.") var projects: [String] = []
    @Option(name: .customLong("user"), help: "EMAIL:PASSWORD[:ROLE] (agent, admin or owner); repeatable.") var users: [String] = []
    @Option(help: "A file of users, one EMAIL:PASSWORD[:ROLE] per line.") var usersFile: String?
    @Option(help: "Fill each project up to N seeded leads before listening.") var seed = 0
    @Flag(help: "Behave like the real server where it is lax (upserts, 500 on bad JSON, varying error keys, hangs).")
    var quirks = false
    @Option(help: "Inject faults, e.g. latency=50-400ms,error=0.2,drop=0.05,hang=0.02,status=500|502|503|429,seed=7.")
    var faults: String?
    @Option(help: "Append one line per request (METHOD TARGET STATUS MS TIME) to this file; --live events too.") var requestLog: String?
    @Option(
        help: ArgumentHelp(
            "Make every project busy, e.g. chats=20/s,fill=2/s,edits=5/s,trash=2/s,restore=0.5/s,seed=7 (rates per second, or /m).",
            valueName: "SPEC"))
    var live: String?

    func run() async throws {
        var configuration = SandboxConfiguration(
            host: host, port: port, databasePath: db ?? SandboxConfiguration.defaultDatabasePath(),
            users: try allUsers(), seed: seed, quirks: quirks, requestLogPath: requestLog)
        do {
            configuration.faults = try faults.map(FaultSpec.init(parsing:))
            configuration.live = try live.map(LiveSpec.init(parsing:))
        } catch let error as SandboxSetupError {
            throw ValidationError(error.description)
        }
        if !projects.isEmpty { configuration.projectIDs = projects }
        let server: SandboxServer
        do {
            server = try await SandboxServer.start(configuration, seedProgress: SeedProgress.reporter(total: seed), stopOnSignals: true)
        } catch let error as SandboxSetupError {
            throw ValidationError(error.description)
        }
        var banner = "listening on \(server.baseURL)\n"
        for id in server.projectIDs { banner += "project \(id)\n" }
        FileHandle.standardOutput.write(Data(banner.utf8))
        if configuration.users.isEmpty {
            FileHandle.standardError.write(Data("demo user: \(SandboxUser.demo.email), password \(SandboxUser.demo.password)\n".utf8))
        }
        try await server.wait()
    }

    /// Users from --user, --users-file and LEADS_SERVE_USERS.
    private func allUsers() throws -> [SandboxUser] {
        var specs = users
        if let usersFile {
            specs += try String(contentsOfFile: usersFile, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        }
        if let variable = ProcessInfo.processInfo.environment["LEADS_SERVE_USERS"] {
            specs += variable.split(whereSeparator: { $0.isNewline || $0 == "," }).map(String.init)
        }
        return try specs.map { spec in
            guard let user = SandboxUser(argument: spec.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("a user is EMAIL:PASSWORD[:ROLE] with ROLE agent, admin or owner")
            }
            return user
        }
    }
}
