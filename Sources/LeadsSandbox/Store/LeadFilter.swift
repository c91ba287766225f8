import GRDB
import TiledeskLeads

/// A validated list request, turned into SQL with bound parameters only. Built by the routes from
/// query parameters; everything here is already known to be well-formed.
struct LeadFilter: Sendable {
    var status: Int = LeadStatus.normal
    var email: String?
    var tag: String?
    /// An FTS5 MATCH expression built by `FullTextQuery`, never raw user text.
    var match: String?
    var withEmail = false
    var withFullname = false
    var sort: LeadSortField = .createdAt
    var direction: SortDirection = .descending
    /// 0 means no limit.
    var limit = LeadQuery.defaultLimit
    var page = 0

    /// `WHERE …` over `leads` for a project, and its arguments.
    func whereClause(project: Int64) -> (sql: String, arguments: StatementArguments) {
        var sql = "leads.project = ? AND leads.status = ?"
        var arguments: StatementArguments = [project, status]
        if let email {
            sql += " AND leads.email = ?"
            arguments += [email]
        }
        if let tag {
            sql += " AND leads.rowid IN (SELECT lead FROM lead_tags WHERE tag = ?)"
            arguments += [tag]
        }
        if let match {
            sql += " AND leads.rowid IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"
            arguments += [match]
        }
        if withEmail { sql += " AND leads.email IS NOT NULL AND leads.email <> ''" }
        if withFullname { sql += " AND leads.fullname IS NOT NULL AND leads.fullname <> ''" }
        return (sql, arguments)
    }

    /// `ORDER BY` for the chosen field and direction, rowid breaking ties the same way.
    var orderClause: String {
        let column = StoreSchema.column(for: sort)
        let dir = direction == .ascending ? "ASC" : "DESC"
        return "leads.\(column) \(dir), leads.rowid \(dir)"
    }

    /// `LIMIT … OFFSET …`, or nothing for no limit.
    var limitClause: String {
        guard limit > 0 else { return "" }
        return " LIMIT \(limit) OFFSET \(page * limit)"
    }
}
