import Foundation
import TiledeskLeads

/// The filters the server has no parameter for (`--no-email`, `--no-name`, the date bounds and
/// `--where`), applied to the stream of pages the server returns. Clauses the server can answer
/// itself (`tags=X`, `email=X`) also narrow the request, so fewer pages are read.
struct LeadMatcher: Sendable {
    var conditions: [LeadCondition] = []
    var noEmail = false
    var noName = false
    var createdBefore: Date?
    var createdAfter: Date?
    var updatedBefore: Date?
    var updatedAfter: Date?

    /// True when some filter runs here rather than on the server (then the summary says how many were read).
    var filtersLocally: Bool {
        noEmail || noName || createdBefore != nil || createdAfter != nil || updatedBefore != nil || updatedAfter != nil
            || conditions.contains { $0.serverTag == nil && $0.serverEmail == nil }
    }

    var isEmpty: Bool { !filtersLocally && conditions.isEmpty }

    func matches(_ lead: Lead) -> Bool {
        if noEmail, !(lead.email ?? "").isEmpty { return false }
        if noName, !(lead.fullname ?? "").isEmpty { return false }
        if let createdBefore, !((lead.createdAt ?? .distantFuture) < createdBefore) { return false }
        if let createdAfter, !((lead.createdAt ?? .distantPast) > createdAfter) { return false }
        if let updatedBefore, !((lead.updatedAt ?? .distantFuture) < updatedBefore) { return false }
        if let updatedAfter, !((lead.updatedAt ?? .distantPast) > updatedAfter) { return false }
        return conditions.allSatisfy { $0.matches(lead) }
    }

    /// The query with the server-side parts of the clauses added, where the query leaves room.
    func narrowing(_ query: LeadQuery) -> LeadQuery {
        var query = query
        if query.tag == nil, let tag = conditions.lazy.compactMap(\.serverTag).first { query.tag = tag }
        if query.email == nil, let email = conditions.lazy.compactMap(\.serverEmail).first { query.email = email }
        return query
    }
}
