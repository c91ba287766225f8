import TiledeskLeads

/// The writes of a merge, in the one safe order: the survivor first (its record, then its
/// update), so no value is ever only in the trash; then each other lead marked `mergedInto` and trashed. A part already done (seen in
/// the leads as read, after an interrupted run) is left out, so running a merge again finishes it.
extension MergePlan {
    public var steps: [MergeStep] {
        var steps: [MergeStep] = []
        // The record first: a survivor is never changed without the way back (`MergeRecord`).
        if let record { steps.append(.recordMerge(id: survivor.id, record: record.json)) }
        let change = change
        if !change.isEmpty { steps.append(.update(id: survivor.id, change: change)) }
        for lead in others {
            if lead.attributes?[Self.mergedIntoKey] != .string(survivor.id) { steps.append(.markMerged(id: lead.id, into: survivor.id)) }
            if !lead.isTrashed { steps.append(.trash(id: lead.id)) }
        }
        return steps
    }
}
