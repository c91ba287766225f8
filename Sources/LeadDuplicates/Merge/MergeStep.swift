import TiledeskLeads

/// One write of a merge or of its undo, as a value: the command line calls the API for each, the
/// browser sends each as a request and goes on when its answer comes. Both take the steps from
/// `MergePlan.steps` or `MergeUndo.steps`, so they write the same things in the same order.
/// Every step can be sent twice (after an answer lost to a fault) without harm.
public enum MergeStep: Sendable, Hashable {
    /// One minimal update of a lead (the survivor's merge, or its way back).
    case update(id: String, change: LeadChange)
    /// The survivor's `attributes.mergedFrom` set to the merge's `MergeRecord`, before its update.
    case recordMerge(id: String, record: JSONValue)
    /// `attributes.mergedInto` set on a merged lead, naming the survivor.
    case markMerged(id: String, into: String)
    case trash(id: String)
    case restore(id: String)

    /// The lead the step writes.
    public var leadID: String {
        switch self {
        case .update(let id, _), .recordMerge(let id, _), .markMerged(let id, _), .trash(let id), .restore(let id): id
        }
    }

    /// What the step does, for progress and error lines: "update 64c0…", "trash 64c0…".
    public var summary: String {
        switch self {
        case .update(let id, _): "update \(id)"
        case .recordMerge(let id, _): "record the merge on \(id)"
        case .markMerged(let id, let into): "mark \(id) as merged into \(into)"
        case .trash(let id): "trash \(id)"
        case .restore(let id): "restore \(id)"
        }
    }
}
