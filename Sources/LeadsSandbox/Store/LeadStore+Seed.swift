import GRDB
import TiledeskLeads

/// Filling a project with seeded leads. Large seeds drop the sort indexes and FTS triggers, insert
/// in batches of prepared statements, then build the indexes and the FTS index once: far faster
/// than maintaining fourteen indexes row by row (a million leads in well under three minutes).
extension LeadStore {
    /// The `createdBy` of seeded leads: a fixed id so the same seed gives the same leads.
    static let seedCreator = "64c0ffee00000000000000ff"

    func seed(project: Int64, projectID: String, upTo target: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws {
        let start = try await seededCount(project: project)
        guard start < target else { return }
        let existing = try await leadCount(project: project)
        let bulk = target - start > max(existing, 20_000)
        let generator = SeedGenerator(projectID: projectID, createdBy: Self.seedCreator)
        if bulk {
            try await pool.write { db in
                try StoreSchema.dropTriggers(db)
                try StoreSchema.dropSortIndexes(db)
            }
        }
        let batch = 20_000
        var next = start
        while next < target {
            let end = min(target, next + batch)
            let range = next..<end
            try await pool.write { db in
                let insert = try db.cachedStatement(
                    sql: "INSERT OR IGNORE INTO leads(\(LeadRowMapping.insertColumns)) VALUES (\(LeadRowMapping.insertPlaceholders))")
                let tag = try db.cachedStatement(sql: "INSERT OR IGNORE INTO lead_tags(tag, lead) VALUES (?, ?)")
                for index in range {
                    let lead = generator.lead(at: index)
                    try insert.execute(arguments: LeadRowMapping.insertArguments(lead, project: project))
                    guard db.changesCount > 0 else { continue }
                    let rowid = db.lastInsertedRowID
                    for name in Set(lead.tags) { try tag.execute(arguments: [name, rowid]) }
                }
                try db.execute(sql: "UPDATE projects SET seeded = ? WHERE rowid = ?", arguments: [end, project])
            }
            next = end
            progress?(next, target)
        }
        if bulk {
            try await pool.write { db in
                try StoreSchema.createSortIndexes(db)
                try db.execute(sql: "INSERT INTO leads_fts(leads_fts) VALUES ('rebuild')")
                try StoreSchema.createTriggers(db)
            }
            // Fold the bulk load's write-ahead log into the database file so the WAL does not
            // keep hundreds of megabytes until some later checkpoint.
            try await pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
    }
}
