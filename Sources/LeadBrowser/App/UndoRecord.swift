import TiledeskLeads

/// The last undoable thing this session did: a trash (undone by restoring) or a save (undone by
/// saving the inverse change, computed from the lead before and after).
public enum UndoRecord: Sendable, Hashable {
    case trash(id: String)
    case save(id: String, before: Lead, after: Lead)
    /// A bulk action: its inverse, for exactly the leads it changed.
    case bulk(action: BulkAction, targets: [BulkTarget])

    /// What `u` says in the footer and help.
    public var help: String {
        switch self {
        case .trash: "undo trash"
        case .save: "undo save"
        case .bulk(_, let targets): "undo on \(NumberText.grouped(targets.count)) lead\(targets.count == 1 ? "" : "s")"
        }
    }
}
