import TiledeskLeads

/// What an in-flight request was for, so its answer lands in the right place (or nowhere when
/// the place is gone: a closed screen, a replaced query).
public enum PendingRequest: Sendable, Hashable {
    case page(Int)
    case lead(id: String)
    case save(id: String)
    /// The re-read before a save, to see whether someone changed the lead meanwhile.
    case preSaveCheck(id: String)
    case create
    case trash(id: String)
    case restore(id: String)
    case deleteForever(id: String)
    case editor(EditorTarget)
}

/// What text handed to `$EDITOR` was, so the edited text goes back to the same place.
public enum EditorTarget: Sendable, Hashable {
    /// A row of the form on top of the stack.
    case formRow(FormFocus)
    /// A whole lead as YAML; the result is saved as a change.
    case leadYAML(Lead)
}
