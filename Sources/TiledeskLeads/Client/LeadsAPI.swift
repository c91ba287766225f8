import Foundation

/// What the rest of the program needs from a Tiledesk server. A protocol so view-models and the
/// runtime can be tested without a network; `HTTPLeadsClient` is the real implementation.
public protocol LeadsAPI: Sendable {
    /// One page of leads.
    func list(_ query: LeadQuery) async throws -> LeadPage
    /// One lead by `_id`; `APIError.notFound` when absent.
    func get(id: String) async throws -> Lead
    /// Creates a lead with every field set on `lead` (POST, then one PUT for what POST ignores).
    /// `lead.leadID` identifies the create so a retry never makes a second lead.
    func create(_ lead: Lead) async throws -> Lead
    /// Applies a change set to an existing lead and returns the lead as the server has it after.
    /// PUT upserts on the real server, so the lead is read first and a lead that is gone is
    /// `.notFound`, never re-created; `justRead` says the caller has just read it (a merge check)
    /// and that read stands for this one.
    func update(id: String, change: LeadChange, justRead: Bool) async throws -> Lead
    /// Adds tags not already present.
    func addTags(id: String, tags: [String]) async throws -> Lead
    /// Removes every occurrence of a tag.
    func removeTag(id: String, tag: String) async throws -> Lead
    /// Merges top-level keys into `attributes`.
    func mergeAttributes(id: String, _ attributes: [String: JSONValue]) async throws -> Lead
    /// Merges top-level keys into `properties`.
    func mergeProperties(id: String, _ properties: [String: JSONValue]) async throws -> Lead
    /// Moves a lead to the trash.
    func trash(id: String) async throws -> Lead
    /// Brings a lead back from the trash.
    func restore(id: String) async throws -> Lead
    /// Deletes a lead for good (owner role).
    func deleteForever(id: String) async throws
    /// The server's own CSV export (`GET /csv`).
    func exportCSV(_ query: LeadQuery) async throws -> Data
}

extension LeadsAPI {
    /// `update(id:change:justRead:)` with the client's own read first.
    public func update(id: String, change: LeadChange) async throws -> Lead {
        try await update(id: id, change: change, justRead: false)
    }
}
