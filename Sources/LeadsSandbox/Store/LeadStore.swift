import Foundation
import GRDB
import TiledeskLeads

/// The sandbox's data: leads, projects, users and server secrets in one SQLite file (WAL, so
/// readers never wait for the writer). All SQL takes bound parameters; no request text is ever
/// spliced into a statement.
final class LeadStore: Sendable {
    let pool: DatabasePool

    init(path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.maximumReaderCount = 8
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try StoreSchema.migrator.migrate(pool)
        try pool.write { db in
            // A bulk seed interrupted before its end leaves indexes and triggers dropped: rebuild them.
            if try !db.triggerExists("leads_fts_insert") {
                try StoreSchema.createSortIndexes(db)
                try db.execute(sql: "INSERT INTO leads_fts(leads_fts) VALUES ('rebuild')")
                try StoreSchema.createTriggers(db)
            }
        }
    }

    // MARK: - Projects

    /// Makes sure every configured project exists; returns their row ids by project id.
    func ensureProjects(_ ids: [String]) throws -> [String: Int64] {
        try pool.write { db in
            var rows: [String: Int64] = [:]
            for id in ids {
                let lower = id.lowercased()
                try db.execute(sql: "INSERT OR IGNORE INTO projects(id) VALUES (?)", arguments: [lower])
                rows[lower] = try Int64.fetchOne(db, sql: "SELECT rowid FROM projects WHERE id = ?", arguments: [lower])
            }
            return rows
        }
    }

    /// How many seeded leads a project already has.
    func seededCount(project: Int64) async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(db, sql: "SELECT seeded FROM projects WHERE rowid = ?", arguments: [project]) ?? 0
        }
    }

    // MARK: - Server secrets

    /// The JWT signing secret, made once per database so tokens survive a restart.
    func jwtSecret() throws -> [UInt8] {
        try pool.write { db in
            if let hex = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'jwt_secret'") {
                return Hex.decode(hex)
            }
            var bytes = [UInt8](repeating: 0, count: 32)
            var generator = SystemRandomNumberGenerator()
            for i in bytes.indices { bytes[i] = generator.next() }
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('jwt_secret', ?)", arguments: [Hex.encode(bytes)])
            return bytes
        }
    }

    // MARK: - Users

    struct StoredUser: Sendable, Hashable {
        var id: String
        var email: String
        var passwordHash: String
        var role: SandboxRole
    }

    /// Makes the users table hold exactly `users`: existing ones keep their id (so their tokens
    /// stay valid), changed passwords are re-hashed, and users no longer configured are deleted
    /// (their tokens stop working).
    func syncUsers(_ users: [SandboxUser]) throws {
        try pool.write { db in
            let wanted = Set(users.map { $0.email.lowercased() })
            let existing = try Row.fetchAll(db, sql: "SELECT id, email, password_hash FROM users")
            for row in existing where !wanted.contains((row["email"] as String).lowercased()) {
                try db.execute(sql: "DELETE FROM users WHERE id = ?", arguments: [row["id"] as String])
            }
            for user in users {
                let current = try Row.fetchOne(
                    db, sql: "SELECT id, password_hash FROM users WHERE email = ?", arguments: [user.email])
                if let current {
                    let hash: String = current["password_hash"]
                    let newHash = PasswordHash.verify(user.password, against: hash) ? hash : PasswordHash.make(user.password)
                    try db.execute(
                        sql: "UPDATE users SET password_hash = ?, role = ? WHERE id = ?",
                        arguments: [newHash, user.role.rawValue, current["id"] as String])
                } else {
                    try db.execute(
                        sql: "INSERT INTO users(id, email, password_hash, role) VALUES (?, ?, ?, ?)",
                        arguments: [ObjectID.make(), user.email, PasswordHash.make(user.password), user.role.rawValue])
                }
            }
        }
    }

    func user(email: String) async throws -> StoredUser? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, email, password_hash, role FROM users WHERE email = ?", arguments: [email])
                .map(Self.storedUser)
        }
    }

    func user(id: String) async throws -> StoredUser? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, email, password_hash, role FROM users WHERE id = ?", arguments: [id])
                .map(Self.storedUser)
        }
    }

    private static func storedUser(_ row: Row) -> StoredUser {
        StoredUser(
            id: row["id"], email: row["email"], passwordHash: row["password_hash"],
            role: SandboxRole(rawValue: row["role"]) ?? .agent)
    }
}
