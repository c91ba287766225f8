import TiledeskLeads

/// Applies a `BulkEdit` to one lead, with the care a busy project needs: a lead that is gone is
/// skipped (PUT would re-create it on the real server, so anything that PUTs reads first), a lead
/// trashed meanwhile is skipped, and a tag write that lands on a lead trashed in the instant
/// before it is put back as it was. The client's retry policy covers transient failures.
struct BulkApplier: Sendable {
    let api: any LeadsAPI
    let edit: BulkEdit

    func apply(_ item: BulkItem) async -> BulkOutcome {
        do {
            return try await attempt(item)
        } catch let error as APIError where error.kind == .notFound {
            return .skipped(item.planned == nil ? "no such lead (deleted?)" : "deleted meanwhile")
        } catch is CancellationError {
            return .failed("cancelled")
        } catch {
            return .failed(String(describing: error))
        }
    }

    private func attempt(_ item: BulkItem) async throws -> BulkOutcome {
        switch edit {
        case .tags:
            var change = item.planned
            if change == nil {
                let lead = try await api.get(id: item.id)
                if lead.isTrashed { return .skipped("in the trash") }
                change = try edit.plan(lead)
            }
            guard let change else { return .unchanged }
            let after = try await api.update(id: item.id, change: change, justRead: true)
            if after.isTrashed {
                // Trashed between the read and the write: take back exactly what this wrote.
                let undo = LeadChange(tagsToAdd: change.tagsToRemove, tagsToRemove: change.tagsToAdd)
                _ = try await api.update(id: item.id, change: undo, justRead: true)
                return .skipped("trashed meanwhile; its tags were put back")
            }
            return .changed
        case .edit:
            // Always re-read: the change is computed from the lead as it is now, and the PUT of
            // fields must not reach a lead that is gone.
            let lead = try await api.get(id: item.id)
            if lead.isTrashed { return .skipped("in the trash") }
            guard let change = try edit.plan(lead) else { return .unchanged }
            _ = try await api.update(id: item.id, change: change, justRead: true)
            return .changed
        case .trash:
            if item.planned == nil, try await api.get(id: item.id).isTrashed { return .unchanged }
            _ = try await api.trash(id: item.id)
            return .changed
        case .restore:
            if item.planned == nil, !(try await api.get(id: item.id).isTrashed) { return .unchanged }
            _ = try await api.restore(id: item.id)
            return .changed
        case .deleteForever:
            try await api.deleteForever(id: item.id)
            return .changed
        }
    }
}
