import Foundation
import GRDB
import TiledeskLeads

/// Segments, kept as the JSON document the real server would return (`models/segment.js`:
/// name, match, filters, id_project, status, createdBy, timestamps, `__v`), with the project,
/// status and creation time beside it for the list's `WHERE` and `ORDER BY`.
extension LeadStore {
    /// Stores a new segment document (already validated) and returns it.
    func insertSegment(project: Int64, projectID: String, name: String, match: String, filters: [JSONValue], createdBy: String) async throws -> JSONValue {
        let now = Date()
        let id = ObjectID.make(at: now)
        let stamp = JSONValue.string(ISOTime.format(now))
        let document: JSONValue = [
            "_id": .string(id), "name": .string(name), "match": .string(match), "filters": .array(filters),
            "id_project": .string(projectID), "status": 100, "createdBy": .string(createdBy), "createdAt": stamp, "updatedAt": stamp, "__v": 0,
        ]
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO segments(id, project, document, status, createdAt) VALUES (?, ?, ?, 100, ?)",
                arguments: [id, project, document.jsonText, LeadRowMapping.milliseconds(now)])
        }
        return document
    }

    /// `Segment.findById`: any project's segment, deleted or not, as the real route reads it.
    func segment(id: String) async throws -> JSONValue? {
        try await pool.read { db in try Self.segmentDocument(db, id: id) }
    }

    /// `Segment.findOne({id_project, _id})`, as `GET /leads?segment=` reads it: no status
    /// condition, so a deleted segment still filters.
    func segment(project: Int64, id: String) async throws -> JSONValue? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT document FROM segments WHERE id = ? AND project = ?", arguments: [id.lowercased(), project])
                .flatMap { try? JSONValue.parse($0) }
        }
    }

    /// `findByIdAndUpdate(id, update, {new: true, upsert: true})`: sets the given members and
    /// `updatedAt`; an unknown id becomes a document with only those members and the timestamps.
    func updateSegment(id: String, set members: [String: JSONValue]) async throws -> JSONValue {
        try await pool.write { db in
            let id = id.lowercased()
            let now = Date()
            let stamp = JSONValue.string(ISOTime.format(now))
            var document: [String: JSONValue]
            if let existing = try Self.segmentDocument(db, id: id)?.objectValue {
                document = existing
            } else {
                document = ["_id": .string(id), "createdAt": stamp, "__v": 0]
                try db.execute(
                    sql: "INSERT INTO segments(id, project, document, status, createdAt) VALUES (?, NULL, '{}', NULL, ?)",
                    arguments: [id, LeadRowMapping.milliseconds(now)])
            }
            document.merge(members) { $1 }
            document["updatedAt"] = stamp
            let status: Int64? = if case .int(let n)? = document["status"] { n } else { nil }
            try db.execute(
                sql: "UPDATE segments SET document = ?, status = ? WHERE id = ?", arguments: [JSONValue.object(document).jsonText, status, id])
            return .object(document)
        }
    }

    /// One page of a project's segments with status 100, and their total.
    func segments(project: Int64, newestFirst: Bool, byName: Bool, limit: Int, page: Int) async throws -> (count: Int, documents: [JSONValue]) {
        try await pool.read { db in
            let condition = "project = ? AND status = 100"
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM segments WHERE \(condition)", arguments: [project]) ?? 0
            let direction = newestFirst ? "DESC" : "ASC"
            let order = byName ? "json_extract(document, '$.name') \(direction), rowid \(direction)" : "createdAt \(direction), rowid \(direction)"
            let paging = limit > 0 ? " LIMIT \(limit) OFFSET \(page * limit)" : ""
            let texts = try String.fetchAll(
                db, sql: "SELECT document FROM segments WHERE \(condition) ORDER BY \(order)\(paging)", arguments: [project])
            return (count, texts.compactMap { try? JSONValue.parse($0) })
        }
    }

    private static func segmentDocument(_ db: Database, id: String) throws -> JSONValue? {
        try String.fetchOne(db, sql: "SELECT document FROM segments WHERE id = ?", arguments: [id.lowercased()]).flatMap { try? JSONValue.parse($0) }
    }
}
