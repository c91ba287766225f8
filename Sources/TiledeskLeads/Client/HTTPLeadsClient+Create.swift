import Foundation
import NIOHTTP1

/// Creating a lead without dropping a field and without ever making two.
///
/// `POST /leads` stores only `lead_id`, `fullname`, `email` and `attributes`, so the rest follows
/// in one PUT. The POST carries a `lead_id` made here; when it fails ambiguously (no answer, a
/// dropped connection, a 5xx or 429) the lead may exist already, so the client looks for that
/// `lead_id` before it posts again — a create is never repeated blindly.
extension HTTPLeadsClient {
    public func create(_ lead: Lead) async throws -> Lead {
        let leadID = lead.leadID.flatMap { $0.isEmpty ? nil : $0 } ?? UUID().uuidString.lowercased()
        var post: [String: JSONValue] = ["lead_id": .string(leadID)]
        for field in LeadField.allCases where field.acceptedByCreate {
            if let value = lead[field] { post[field.rawValue] = .string(value) }
        }
        if let attributes = lead.attributes { post["attributes"] = .object(attributes) }
        let created = try await postOnce(.object(post), leadID: leadID, email: lead.email, fullname: lead.fullname)

        var rest: [String: JSONValue] = [:]
        for field in LeadField.allCases where !field.acceptedByCreate {
            if let value = lead[field] { rest[field.rawValue] = .string(value) }
        }
        if !lead.tags.isEmpty { rest["tags"] = .array(lead.tags.map(JSONValue.string)) }
        if let status = lead.status, status != created.status { rest["status"] = .int(Int64(status)) }
        var result = created
        do {
            if !rest.isEmpty { result = try await self.lead(Endpoint(.PUT, try leads(created.id), body: .object(rest))) }
            if let properties = lead.properties, !properties.isEmpty {
                result = try await mergeProperties(id: created.id, properties)
            }
        } catch var error as APIError {
            let missing = (rest.keys.sorted() + (lead.properties?.isEmpty == false ? ["properties"] : [])).joined(separator: ", ")
            error.message = "lead \(created.id) was created, but saving \(missing) failed: \(error.message)"
            throw error
        }
        return result
    }

    /// Posts until the lead exists: after an ambiguous failure, waits, looks for `leadID`, and
    /// posts again only when a completed lookup did not find it.
    private func postOnce(_ body: JSONValue, leadID: String, email: String?, fullname: String?) async throws -> Lead {
        let policy = configuration.retry
        let started = ContinuousClock.now
        var attempt = 0
        while true {
            attempt += 1
            let failure: APIError
            do {
                return try await lead(Endpoint(.POST, try leads(), body: body))
            } catch let error as APIError where Self.mayHaveCreated(error) {
                failure = error
            }
            // Look the lead up, retrying the lookup itself until it completes or attempts run out.
            while true {
                guard attempt < policy.maxAttempts else {
                    var error = failure
                    error.message += " (the lead may or may not have been created: look for lead_id \(leadID))"
                    throw error
                }
                try await Task.sleep(for: policy.backoff(afterAttempt: attempt))
                do {
                    // The walk back reaches the first attempt however many leads were made since.
                    let within = ContinuousClock.now - started
                    if let found = try await findLead(leadID: leadID, email: email, fullname: fullname, createdWithin: within) { return found }
                    break
                } catch let error as APIError where error.kind == .timeout || error.kind == .offline || (error.status ?? 0) >= 500 {
                    attempt += 1
                }
            }
        }
    }

    /// True when a POST that failed this way may still have created the lead.
    static func mayHaveCreated(_ error: APIError) -> Bool {
        if error.kind == .timeout || error.kind == .offline { return true }
        guard let status = error.status else { return false }
        return status == 429 || status >= 500
    }
}
