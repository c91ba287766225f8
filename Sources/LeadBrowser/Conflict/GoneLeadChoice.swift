/// What to do with an edit whose lead was trashed or deleted for good while the form was open.
/// There is no "save anyway": the server's PUT would silently re-create the lead.
public enum GoneLeadChoice: Sendable, Hashable {
    /// Take the lead out of the trash and apply the edit (not possible once deleted for good).
    case restoreAndApply
    /// Create a new lead from what was typed; the old one stays where it is.
    case saveAsNew
    /// Drop the edit and its draft.
    case discard

    public var label: String {
        switch self {
        case .restoreAndApply: "Restore it from the trash and apply my edits"
        case .saveAsNew: "Save my edits as a new lead"
        case .discard: "Discard my edits"
        }
    }

    /// The choices in the order the dialog lists them.
    public static func choices(trashed: Bool) -> [GoneLeadChoice] {
        (trashed ? [.restoreAndApply] : []) + [.saveAsNew, .discard]
    }
}
