import GRDB
import TiledeskLeads

/// The sandbox's tables. One row per lead with a column per field, tags duplicated into
/// `lead_tags` so a tag filter is an index lookup, an index per sortable field so any page of
/// any sort is an index walk, and an FTS5 table over fullname and email for `full_text`.
/// The FTS table tokenizes as the real server's text index with language `none` does: no
/// stemming, no stop words, case and diacritics folded (`v2`; `v1` stemmed with porter, so
/// "mari" found "Mary" where the real server finds nothing).
enum StoreSchema {
    /// Columns a list can be sorted by, mapped from the API's sort names.
    static func column(for sort: LeadSortField) -> String {
        switch sort {
        case .id: "id"
        case .leadID: "lead_id"
        default: sort.rawValue
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE projects(
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    seeded INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE users(
                    id TEXT PRIMARY KEY NOT NULL,
                    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    password_hash TEXT NOT NULL,
                    role TEXT NOT NULL,
                    token_generation INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE leads(
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    project INTEGER NOT NULL REFERENCES projects(rowid),
                    v INTEGER NOT NULL DEFAULT 0,
                    lead_id TEXT, fullname TEXT, email TEXT, phone TEXT, company TEXT, note TEXT,
                    streetAddress TEXT, city TEXT, region TEXT, zipcode TEXT, country TEXT,
                    tags TEXT NOT NULL DEFAULT '[]',
                    attributes TEXT, properties TEXT, createdBy TEXT,
                    status INTEGER NOT NULL DEFAULT 100,
                    createdAt INTEGER NOT NULL, updatedAt INTEGER NOT NULL);
                CREATE TABLE lead_tags(
                    tag TEXT NOT NULL,
                    lead INTEGER NOT NULL REFERENCES leads(rowid) ON DELETE CASCADE,
                    PRIMARY KEY(tag, lead)) WITHOUT ROWID;
                CREATE INDEX lead_tags_by_lead ON lead_tags(lead);
                CREATE VIRTUAL TABLE leads_fts USING fts5(
                    fullname, email, content='leads', content_rowid='rowid',
                    tokenize='porter unicode61 remove_diacritics 2');
                """)
            try createTriggers(db)
            try createSortIndexes(db)
        }
        migrator.registerMigration("v2-fts-language-none") { db in
            try db.execute(sql: """
                DROP TABLE leads_fts;
                CREATE VIRTUAL TABLE leads_fts USING fts5(
                    fullname, email, content='leads', content_rowid='rowid',
                    tokenize='unicode61 remove_diacritics 2');
                INSERT INTO leads_fts(leads_fts) VALUES ('rebuild');
                """)
        }
        migrator.registerMigration("v3-segments") { db in
            // project and status are NULL on a segment an upserting PUT or DELETE made: the real
            // route's `findByIdAndUpdate(…, {upsert: true})` sets only what the request gave.
            try db.execute(sql: """
                CREATE TABLE segments(
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    project INTEGER REFERENCES projects(rowid),
                    document TEXT NOT NULL,
                    status INTEGER,
                    createdAt INTEGER NOT NULL);
                CREATE INDEX segments_by_project ON segments(project, status, createdAt);
                """)
        }
        return migrator
    }

    /// Keeps the FTS index in step with the table. Dropped while seeding (one rebuild at the end
    /// is several times faster than a trigger per row) and created again after.
    static func createTriggers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TRIGGER IF NOT EXISTS leads_fts_insert AFTER INSERT ON leads BEGIN
                INSERT INTO leads_fts(rowid, fullname, email) VALUES (new.rowid, new.fullname, new.email);
            END;
            CREATE TRIGGER IF NOT EXISTS leads_fts_delete AFTER DELETE ON leads BEGIN
                INSERT INTO leads_fts(leads_fts, rowid, fullname, email) VALUES ('delete', old.rowid, old.fullname, old.email);
            END;
            CREATE TRIGGER IF NOT EXISTS leads_fts_update AFTER UPDATE OF fullname, email ON leads BEGIN
                INSERT INTO leads_fts(leads_fts, rowid, fullname, email) VALUES ('delete', old.rowid, old.fullname, old.email);
                INSERT INTO leads_fts(rowid, fullname, email) VALUES (new.rowid, new.fullname, new.email);
            END;
            """)
    }

    static func dropTriggers(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS leads_fts_insert;
            DROP TRIGGER IF EXISTS leads_fts_delete;
            DROP TRIGGER IF EXISTS leads_fts_update;
            """)
    }

    /// One index per sortable field, led by (project, status) so every list query is a range scan
    /// that already comes out in order; rowid (implicitly last) breaks ties.
    static func createSortIndexes(_ db: Database) throws {
        for sort in LeadSortField.allCases where sort != .status && sort != .id {
            let column = column(for: sort)
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS leads_by_\(column) ON leads(project, status, \(column))")
        }
        try db.execute(sql: "CREATE INDEX IF NOT EXISTS leads_by_status ON leads(project, status)")
        try db.execute(sql: "CREATE INDEX IF NOT EXISTS leads_by_id ON leads(project, status, id)")
    }

    static func dropSortIndexes(_ db: Database) throws {
        for sort in LeadSortField.allCases where sort != .status && sort != .id {
            try db.execute(sql: "DROP INDEX IF EXISTS leads_by_\(column(for: sort))")
        }
        try db.execute(sql: "DROP INDEX IF EXISTS leads_by_status")
        try db.execute(sql: "DROP INDEX IF EXISTS leads_by_id")
    }
}
