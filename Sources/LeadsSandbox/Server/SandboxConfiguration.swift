import Foundation

/// A user of the sandbox. Every user is a member of every project, with one role.
public struct SandboxUser: Sendable, Hashable {
    public var email: String
    public var password: String
    public var role: SandboxRole

    public init(email: String, password: String, role: SandboxRole = .owner) {
        self.email = email
        self.password = password
        self.role = role
    }

    /// The documented demo user, created only when no `--user` is given and the server binds a
    /// loopback address: `demo@example.com`, password `demo`, role owner.
    public static let demo = SandboxUser(email: "demo@example.com", password: "demo", role: .owner)

    /// Parses `EMAIL:PASSWORD[:ROLE]`.
    public init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0].contains("@"), !parts[1].isEmpty else { return nil }
        var role = SandboxRole.owner
        if parts.count == 3 {
            guard let parsed = SandboxRole(rawValue: parts[2]) else { return nil }
            role = parsed
        }
        self.init(email: parts[0], password: parts[1], role: role)
    }
}

/// Project roles, weakest first. Agent is the minimum for every leads route; owner is needed to
/// delete a lead for good.
public enum SandboxRole: String, Sendable, Hashable, CaseIterable, Comparable {
    case agent, admin, owner

    var rank: Int { SandboxRole.allCases.firstIndex(of: self)! }
    public static func < (lhs: SandboxRole, rhs: SandboxRole) -> Bool { lhs.rank < rhs.rank }
}

/// Everything `leads serve` and `leads demo` configure.
public struct SandboxConfiguration: Sendable {
    public var host: String
    /// 0 takes a free port.
    public var port: Int
    public var databasePath: String
    public var projectIDs: [String]
    /// Users to create or update; empty means the demo user (loopback only).
    public var users: [SandboxUser]
    /// Fill each project up to this many seeded leads before listening.
    public var seed: Int
    /// Switch on the real server's lax behaviours (upserts, 500 on bad JSON, varying error keys,
    /// no answer for a bad `direction`) so clients can be tested against them.
    public var quirks: Bool
    /// Largest request body accepted (413 above).
    public var maxBodyBytes: Int
    /// Faults to inject (`--faults`), none when nil.
    public var faults: FaultSpec?
    /// Appends one line per request (`METHOD TARGET STATUS MILLISECONDS TIME`) to this file.
    public var requestLogPath: String?
    /// Makes every project busy (`--live`): visitors, fills, edits, trashes, restores.
    public var live: LiveSpec?

    /// The documented default project, used when no `--project` is given.
    public static let defaultProjectID = "64c0ffee0000000000000001"

    public init(
        host: String = "127.0.0.1", port: Int = 0, databasePath: String,
        projectIDs: [String] = [SandboxConfiguration.defaultProjectID], users: [SandboxUser] = [],
        seed: Int = 0, quirks: Bool = false, maxBodyBytes: Int = 1_048_576,
        faults: FaultSpec? = nil, requestLogPath: String? = nil, live: LiveSpec? = nil
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.projectIDs = projectIDs
        self.users = users
        self.seed = seed
        self.quirks = quirks
        self.maxBodyBytes = maxBodyBytes
        self.faults = faults
        self.requestLogPath = requestLogPath
        self.live = live
    }

    /// `$XDG_DATA_HOME/leads/sandbox.sqlite` (or `~/.local/share/leads/sandbox.sqlite`).
    public static func defaultDatabasePath(named name: String = "sandbox.sqlite") -> String {
        let environment = ProcessInfo.processInfo.environment
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/leads/" + name
    }

    /// True for 127.0.0.0/8, ::1 and localhost.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// True for a 24-hex-digit Mongo ObjectId.
    public static func isObjectID(_ text: some StringProtocol) -> Bool {
        text.utf8.count == 24 && text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70) }
    }

    /// Checks what can be checked before opening anything; the message is for people.
    public func validate() throws {
        for id in projectIDs where !Self.isObjectID(id) {
            throw SandboxSetupError("project id \(id) is not 24 hexadecimal digits")
        }
        if users.isEmpty && !Self.isLoopback(host) {
            throw SandboxSetupError(
                "refusing to serve on \(host) with the public demo user: give at least one --user EMAIL:PASSWORD[:ROLE], or bind 127.0.0.1")
        }
        guard (0...65535).contains(port) else { throw SandboxSetupError("port \(port) is out of range") }
        guard seed >= 0 else { throw SandboxSetupError("--seed must not be negative") }
    }

    /// The users that will exist: the given ones, or the demo user.
    var effectiveUsers: [SandboxUser] { users.isEmpty ? [.demo] : users }
}

/// A configuration or start-up problem, said plainly.
public struct SandboxSetupError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
