import LeadDuplicates
import TiledeskLeads

/// The last undoable thing this session did: a trash (undone by restoring) or a save (undone by
/// saving the inverse change, computed from the lead before and after).
public enum UndoRecord: Sendable, Hashable {
    case trash(id: String)
    case save(id: String, before: Lead, after: Lead)
    /// A bulk action: its inverse, for exactly the leads it changed.
    case bulk(action: BulkAction, targets: [BulkTarget])
    /// A merge: the plan holds every lead as it was before, so `u` can put each back.
    case merge(MergePlan)

    /// What `u` says in the footer and help.
    public var help: String {
        switch self {
        case .trash: "undo trash"
        case .save: "undo save"
        case .merge(let plan): "undo the merge of \(plan.others.count + 1) leads"
        case .bulk(_, let targets): "undo on \(NumberText.grouped(targets.count)) lead\(targets.count == 1 ? "" : "s")"
        }
    }
}
