import GRDB
import TiledeskLeads

/// Reading leads: one by id, and pages. A page is a "deferred join": the ordered, offset walk
/// runs over the covering sort index (rowids only) and just the rows of the page are read from
/// the table, so a page a million rows deep costs an index walk, not a million row reads.
extension LeadStore {
    func lead(project: Int64, id: String) async throws -> Lead? {
        try await pool.read { db in try Self.fetchLead(db, project: project, id: id) }
    }

    static func fetchLead(_ db: Database, project: Int64, id: String) throws -> Lead? {
        try Row.fetchOne(
            db,
            sql: "SELECT \(LeadRowMapping.selectColumns) FROM leads JOIN projects ON projects.rowid = leads.project "
                + "WHERE leads.id = ? AND leads.project = ?",
            arguments: [id.lowercased(), project]
        ).map(LeadRowMapping.lead)
    }

    /// The total count for the filter and the requested page of leads.
    func page(project: Int64, filter: LeadFilter) async throws -> (count: Int, leads: [Lead]) {
        try await pool.read { db in
            let (condition, arguments) = filter.whereClause(project: project)
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM leads WHERE \(condition)", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(LeadRowMapping.selectColumns) FROM leads JOIN projects ON projects.rowid = leads.project
                    WHERE leads.rowid IN (SELECT leads.rowid FROM leads WHERE \(condition) ORDER BY \(filter.orderClause)\(filter.limitClause))
                    ORDER BY \(filter.orderClause)
                    """,
                arguments: arguments)
            return (count, rows.map(LeadRowMapping.lead))
        }
    }

    /// The number of leads in a project, trash included.
    func leadCount(project: Int64) async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM leads WHERE project = ?", arguments: [project]) ?? 0
        }
    }
}
