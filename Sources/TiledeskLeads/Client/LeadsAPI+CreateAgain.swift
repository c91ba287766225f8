import Foundation

/// Sending a create again. A create whose answer never came (no answer, a dropped connection, a
/// 5xx after the server acted) may have made the lead although the caller was told it failed; the
/// form keeps it as a draft and the user presses ^S again, perhaps after a restart. A second blind
/// POST would then make a second lead, so a create that may have gone through before looks for
/// its `lead_id` first and finishes the lead it finds instead.
extension LeadsAPI {
    /// Creates `lead`, or, when `mayExist` and a lead with its `lead_id` is already there, brings
    /// that lead up to what was typed (one update with the difference) and returns it.
    public func create(_ lead: Lead, mayExist: Bool) async throws -> Lead {
        guard mayExist, let leadID = lead.leadID, !leadID.isEmpty,
            let found = try await findLead(leadID: leadID, email: lead.email, fullname: lead.fullname)
        else { return try await create(lead) }
        // The POST may have landed without the PUT of the fields it does not carry.
        let change = LeadChange.between(found, lead)
        return change.isEmpty ? found : try await update(id: found.id, change: change, justRead: true)
    }
}
