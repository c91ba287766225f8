/// Finding a lead by its external `lead_id`. The server has no filter for it, so the lookup uses
/// what narrows the list (the exact email, when known) and otherwise scans the newest leads,
/// where a lead created moments ago is.
extension LeadsAPI {
    /// The lead carrying `leadID`, or nil when none was found among the candidates.
    public func findLead(leadID: String, email: String? = nil, newestPages: Int = 3, pageSize: Int = 100) async throws -> Lead? {
        if let email, !email.isEmpty {
            let page = try await list(LeadQuery(limit: pageSize, email: email))
            if let lead = page.leads.first(where: { $0.leadID == leadID }) { return lead }
        }
        for number in 0..<newestPages {
            let page = try await list(LeadQuery(page: number, limit: pageSize, sort: .createdAt, direction: .descending))
            if let lead = page.leads.first(where: { $0.leadID == leadID }) { return lead }
            if page.leads.count < pageSize { break }
        }
        return nil
    }
}
