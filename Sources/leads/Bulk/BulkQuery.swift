import Foundation
import TiledeskLeads

/// Turning a bulk command's arguments into where its leads come from.
enum BulkQuery {
    /// Leads per request when a query is read to the end.
    static let pageSize = 500

    /// True when a filter was given, so the command acts on a query rather than ids.
    static func isGiven(_ filters: LeadFilterOptions, _ match: LeadMatchOptions) -> Bool {
        filters.search != nil || filters.email != nil || filters.tag != nil || filters.trash || match.isGiven
    }

    /// A MongoDB ObjectId: 24 hex digits.
    static func looksLikeID(_ text: String) -> Bool {
        text.utf8.count == 24 && text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70) }
    }

    /// The server query the list filters give, or nil when none was given.
    static func query(_ filters: LeadFilterOptions, _ match: LeadMatchOptions) -> LeadQuery? {
        isGiven(filters, match) ? filters.query(page: 0, limit: pageSize) : nil
    }

    /// The ids from the arguments or stdin, or the query (nil when no filter was given).
    static func source(ids: [String], stdin: Bool, query: LeadQuery?, match: LeadMatchOptions, edit: BulkEdit) throws -> BulkFlow.Source {
        if stdin {
            guard ids.isEmpty, query == nil else {
                throw CLIError(.usage, "--stdin takes the ids from standard input: give no ids or filters besides it")
            }
            let read = try BulkInput.readStandardInput()
            guard !read.isEmpty else { throw CLIError(.usage, "no lead ids on standard input") }
            return .ids(read)
        }
        if var query {
            guard ids.isEmpty else { throw CLIError(.usage, "give lead ids or a query, not both") }
            if edit.actsOnTrash { query.trash = true }
            return .query(query, try match.matcher())
        }
        return .ids(ids)
    }
}
