import GRDB
import TiledeskLeads

/// A validated list request, turned into SQL with bound parameters only. Built by the routes from
/// query parameters; everything here is already known to be well-formed.
struct LeadFilter: Sendable {
    /// Which statuses are listed.
    enum Statuses: Sendable, Equatable {
        case equal(Int)
        /// Everything not in the trash, as `GET /csv` exports (`status < 1000`).
        case belowTrash
    }

    var status: Statuses = .equal(LeadStatus.normal)
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
    /// When set (`--quirks`), leads with equal sort keys come back in an order drawn afresh for
    /// each request, as MongoDB may return them: skip/limit has no tie-breaker there.
    var tieShuffle: Int64?

    /// `WHERE …` over `leads` for a project, and its arguments.
    func whereClause(project: Int64) -> (sql: String, arguments: StatementArguments) {
        var sql: String
        var arguments: StatementArguments
        switch status {
        case .equal(let value):
            sql = "leads.project = ? AND leads.status = ?"
            arguments = [project, value]
        case .belowTrash:
            sql = "leads.project = ? AND leads.status < ?"
            arguments = [project, LeadStatus.trashed]
        }
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
        // "The field exists" (`$exists: true`): an empty string exists.
        if withEmail { sql += " AND leads.email IS NOT NULL" }
        if withFullname { sql += " AND leads.fullname IS NOT NULL" }
        return (sql, arguments)
    }

    /// `ORDER BY` for the chosen field and direction, rowid breaking ties the same way, or under
    /// `tieShuffle` a hash of rowid salted per request (the same within the request, so the page
    /// and its order agree).
    var orderClause: String {
        let column = StoreSchema.column(for: sort)
        let dir = direction == .ascending ? "ASC" : "DESC"
        if let salt = tieShuffle {
            return "leads.\(column) \(dir), ((leads.rowid * \(salt | 1)) % 1000003)"
        }
        return "leads.\(column) \(dir), leads.rowid \(dir)"
    }

    /// `LIMIT … OFFSET …`, or nothing for no limit.
    var limitClause: String {
        guard limit > 0 else { return "" }
        return " LIMIT \(limit) OFFSET \(page * limit)"
    }
}
