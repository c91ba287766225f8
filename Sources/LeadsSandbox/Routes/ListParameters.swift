import TiledeskLeads

/// Validates the query of `GET /leads` and `GET /leads/csv` into a `LeadFilter`. Anything
/// malformed is a 400 naming the parameter, where the real server would fail with a 500 or
/// never answer.
enum ListParameters {
    static func filter(from query: QueryString, allowStatus: Bool = true, defaultLimit: Int = LeadQuery.defaultLimit) throws -> LeadFilter {
        var filter = LeadFilter()
        filter.limit = defaultLimit
        if let text = query["page"] {
            guard let page = Int(text), page >= 0, page <= 10_000_000 else {
                throw SandboxFailure.badRequest("page must be a whole number from 0 (pages count from 0)")
            }
            filter.page = page
        }
        if let text = query["limit"] {
            guard let limit = Int(text), limit >= 0, limit <= 1_000_000 else {
                throw SandboxFailure.badRequest("limit must be a whole number from 0 (0 means no limit)")
            }
            filter.limit = limit
        }
        if let text = query["sort"] ?? query["sortField"] {
            guard let sort = LeadSortField(rawValue: text) else {
                throw SandboxFailure.badRequest("cannot sort by \(text); sort by one of \(LeadSortField.apiNames)")
            }
            filter.sort = sort
        }
        if let text = query["direction"] {
            guard let direction = direction(text) else {
                throw SandboxFailure.badRequest("direction must be 1 (ascending) or -1 (descending)")
            }
            filter.direction = direction
        }
        if allowStatus, let text = query["status"] {
            guard let status = Int(text), [LeadStatus.temporary, LeadStatus.normal, LeadStatus.trashed].contains(status) else {
                throw SandboxFailure.badRequest("status must be 50, 100 or 1000")
            }
            filter.status = status
        }
        if let email = query["email"], !email.isEmpty { filter.email = email }
        if let tag = query["tags"], !tag.isEmpty { filter.tag = tag }
        if let text = query["full_text"], !text.trimmingCharacters(in: .whitespaces).isEmpty {
            // A text with no searchable word matches nothing, as on the real server.
            filter.match = FullTextQuery.expression(for: text) ?? "\"\""
        }
        filter.withEmail = try flag(query, "with_email")
        filter.withFullname = try flag(query, "with_fullname")
        return filter
    }

    /// Accepts what MongoDB's sort accepts: 1, -1, asc, desc, ascending, descending.
    static func direction(_ text: String) -> SortDirection? {
        switch text.lowercased() {
        case "1", "asc", "ascending": .ascending
        case "-1", "desc", "descending": .descending
        default: nil
        }
    }

    private static func flag(_ query: QueryString, _ name: String) throws -> Bool {
        guard let text = query[name] else { return false }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no", "": return false
        default: throw SandboxFailure.badRequest("\(name) must be true or false")
        }
    }
}

import Foundation
