import Foundation

/// Finding a lead by its external `lead_id`. The server has no filter for it, so the look-up
/// narrows by what the lead carries (its exact email, else its name as a quoted `full_text`
/// phrase) and otherwise (or when the phrase finds nothing) walks the project newest first, back to the time the lead could have
/// been made. Every walk is a `LeadWalk`: exact while leads keep arriving and leaving, and not
/// bounded by a number of leads, so thousands of creates in between do not hide it.
extension LeadsAPI {
    /// The lead carrying `leadID`, or nil when none was found.
    /// - Parameters:
    ///   - email, fullname: what the wanted lead was created with, to narrow the search.
    ///   - createdWithin: how long ago the lead can have been created at the earliest; the walk
    ///     newest first stops at leads older than that (measured on the server's clock: from the
    ///     newest lead's `createdAt`, less a two-minute allowance). Nil walks every lead.
    public func findLead(
        leadID: String, email: String? = nil, fullname: String? = nil, createdWithin: Duration? = nil, pageSize: Int = 200
    ) async throws -> Lead? {
        if let email, !email.isEmpty {
            return try await first(leadID, in: LeadQuery(email: email), pageSize: pageSize, createdWithin: nil)
        }
        // A name is searched as a phrase; the text index's idea of a word may differ from ours, so
        // a miss there still walks back by time before the lead is declared absent.
        if let fullname, !fullname.contains("\""), fullname.contains(where: { $0.isLetter || $0.isNumber }),
            let lead = try await first(leadID, in: LeadQuery(fullText: "\"\(fullname)\""), pageSize: pageSize, createdWithin: nil)
        {
            return lead
        }
        return try await first(leadID, in: LeadQuery(), pageSize: pageSize, createdWithin: createdWithin)
    }

    private func first(_ leadID: String, in query: LeadQuery, pageSize: Int, createdWithin: Duration?) async throws -> Lead? {
        var found: Lead?
        var cutoff: Date?
        try await LeadWalk(api: self, query: query, pageSize: pageSize, direction: .descending).run { leads, _, _ in
            if let createdWithin, cutoff == nil, let newest = leads.first?.createdAt {
                let seconds = Double(createdWithin.components.seconds) + 120
                cutoff = newest.addingTimeInterval(-seconds)
            }
            if let lead = leads.first(where: { $0.leadID == leadID }) {
                found = lead
                return false
            }
            // Newest first: once a window reaches leads older than the cutoff, the lead is not there.
            if let cutoff, let oldest = leads.last?.createdAt, oldest < cutoff { return false }
            return true
        }
        return found
    }
}
