import Foundation
import GRDB
import TiledeskLeads

/// Changing leads. Every change is a read-modify-write inside one write transaction, so two
/// requests on the same lead never interleave; `updatedAt` always moves forward, even for two
/// writes in the same millisecond, so a client comparing it sees every change.
extension LeadStore {
    /// Stores a new lead (id and times assigned here) and returns it as stored.
    func insert(project: Int64, _ lead: Lead) async throws -> Lead {
        try await pool.write { db in
            var lead = lead
            if lead.id.isEmpty { lead.id = ObjectID.make() }
            let now = Date()
            lead.createdAt = lead.createdAt ?? now
            lead.updatedAt = lead.updatedAt ?? lead.createdAt
            lead.version = lead.version ?? 0
            lead.status = lead.status ?? LeadStatus.normal
            try Self.insertRow(db, project: project, lead)
            return try Self.fetchLead(db, project: project, id: lead.id) ?? lead
        }
    }

    static func insertRow(_ db: Database, project: Int64, _ lead: Lead) throws {
        try db.execute(
            sql: "INSERT INTO leads(\(LeadRowMapping.insertColumns)) VALUES (\(LeadRowMapping.insertPlaceholders))",
            arguments: LeadRowMapping.insertArguments(lead, project: project))
        try replaceTags(db, rowid: db.lastInsertedRowID, tags: lead.tags)
    }

    /// Applies `change` to the lead and stores it. Nil when the lead does not exist in this
    /// project, unless `upsert` is set (the real server's behaviour, only under `--quirks`): then an
    /// empty lead with that id is created first, as MongoDB's upsert does.
    func mutate(
        project: Int64, id: String, upsert: Bool = false, createdBy: String? = nil,
        _ change: @escaping @Sendable (inout Lead) throws -> Void
    ) async throws -> Lead? {
        try await pool.write { db in
            let id = id.lowercased()
            var lead: Lead
            if let existing = try Self.fetchLead(db, project: project, id: id) {
                lead = existing
            } else if upsert, try Int.fetchOne(db, sql: "SELECT count(*) FROM leads WHERE id = ?", arguments: [id]) == 0 {
                let now = Date()
                lead = Lead(id: id, version: 0, tags: [], createdBy: createdBy, status: LeadStatus.normal, createdAt: now, updatedAt: now)
                try Self.insertRow(db, project: project, lead)
            } else {
                return nil
            }
            let before = lead
            try change(&lead)
            let previous = LeadRowMapping.milliseconds(before.updatedAt)
            let now = LeadRowMapping.milliseconds(Date())
            lead.updatedAt = Date(timeIntervalSince1970: Double(max(now, previous + 1)) / 1000)
            var arguments = LeadRowMapping.insertArguments(lead, project: project)
            arguments += [id]
            try db.execute(
                sql: "UPDATE leads SET (\(LeadRowMapping.insertColumns)) = (\(LeadRowMapping.insertPlaceholders)) WHERE id = ?",
                arguments: arguments)
            if lead.tags != before.tags {
                let rowid = try Int64.fetchOne(db, sql: "SELECT rowid FROM leads WHERE id = ?", arguments: [id])!
                try Self.replaceTags(db, rowid: rowid, tags: lead.tags)
            }
            return try Self.fetchLead(db, project: project, id: id)
        }
    }

    /// Removes a lead for good. False when it is not in this project.
    func deletePhysically(project: Int64, id: String) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM leads WHERE id = ? AND project = ?", arguments: [id.lowercased(), project])
            return db.changesCount > 0
        }
    }

    static func replaceTags(_ db: Database, rowid: Int64, tags: [String]) throws {
        try db.execute(sql: "DELETE FROM lead_tags WHERE lead = ?", arguments: [rowid])
        for tag in Set(tags) {
            try db.execute(sql: "INSERT INTO lead_tags(tag, lead) VALUES (?, ?)", arguments: [tag, rowid])
        }
    }
}
