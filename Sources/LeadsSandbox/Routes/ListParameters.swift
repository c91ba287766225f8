import TiledeskLeads

/// Validates the query of `GET /leads` and `GET /leads/csv` into a `LeadFilter`, reading the
/// parameters `routes/lead.js` reads and no others (the docs' `sortField` is not one of them:
/// like the real server, the sandbox ignores it). Anything malformed is a 400 naming the
/// parameter, where the real server would fail with a 500 or never answer.
enum ListParameters {
    /// The filter of `GET /leads`.
    static func filter(from query: QueryString) throws -> LeadFilter {
        var filter = try ordered(query, defaultLimit: LeadQuery.defaultLimit)
        if let text = query["limit"] {
            guard let limit = Int(text), limit >= 0, limit <= 1_000_000 else {
                throw SandboxFailure.badRequest("limit must be a whole number from 0 (0 means no limit)")
            }
            filter.limit = limit
        }
        if let text = query["status"] {
            guard let status = Int(text), [LeadStatus.temporary, LeadStatus.normal, LeadStatus.trashed].contains(status) else {
                throw SandboxFailure.badRequest("status must be 50, 100 or 1000")
            }
            filter.status = .equal(status)
        }
        if let tag = query["tags"], !tag.isEmpty { filter.tag = tag }
        // As in routes/lead.js: any non-empty value switches these on (even "false"); they mean
        // "the field exists", and with_email replaces an email filter.
        if let text = query["with_email"], !text.isEmpty {
            filter.email = nil
            filter.withEmail = true
        }
        if let text = query["with_fullname"], !text.isEmpty { filter.withFullname = true }
        return filter
    }

    /// The filter of `GET /leads/csv`: every lead not in the trash (temporary ones too), pages of
    /// 100,000; `limit`, `tags`, `status` and `with_*` are not read there.
    static func csvFilter(from query: QueryString, pageSize: Int) throws -> LeadFilter {
        var filter = try ordered(query, defaultLimit: pageSize)
        filter.status = .belowTrash
        return filter
    }

    /// What both routes read: page, sort, direction, email and full_text.
    private static func ordered(_ query: QueryString, defaultLimit: Int) throws -> LeadFilter {
        var filter = LeadFilter()
        filter.limit = defaultLimit
        if let text = query["page"] {
            guard let page = Int(text), page >= 0, page <= 10_000_000 else {
                throw SandboxFailure.badRequest("page must be a whole number from 0 (pages count from 0)")
            }
            filter.page = page
        }
        if let text = query["sort"] {
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
        if let email = query["email"], !email.isEmpty { filter.email = email }
        if let text = query["full_text"], !text.trimmingCharacters(in: .whitespaces).isEmpty {
            // A text with no searchable word matches nothing, as on the real server.
            filter.match = FullTextQuery.expression(for: text) ?? "\"\""
        }
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
}
