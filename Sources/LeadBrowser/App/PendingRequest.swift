import TiledeskLeads

/// An API request in flight: the call, and what its answer is for, so it lands in the right place
/// (or nowhere when the place is gone: a closed screen, a replaced query).
public struct PendingRequest: Sendable, Hashable {
    public var request: APIRequest
    public var purpose: RequestPurpose

    public init(_ request: APIRequest, for purpose: RequestPurpose) {
        self.request = request
        self.purpose = purpose
    }
}

/// What the answer to a request is for. The call itself (`APIRequest`) says the rest: which lead,
/// and whether it was a trash, a restore or a delete.
public enum RequestPurpose: Sendable, Hashable {
    /// A page of the list, by number.
    case page(Int)
    /// The lead a detail screen shows.
    case detail
    /// The re-read before a save, to see whether someone changed the lead meanwhile.
    case saveCheck
    /// The form's (or the YAML editor's) save or create; its answer closes the form.
    case save
    /// A trash, restore or delete for good from the list or a detail screen: the list changes.
    case listChange
    /// The light poll's look at the newest leads (see `PollState`).
    case poll
    /// The light poll's re-read of the lead open in detail.
    case detailCheck
    /// One lead of a bulk action.
    case bulk
    /// A page of a `*` selection read before its review.
    case bulkResolve(Int)
    /// Leads with the email typed in the form (the server's exact `email` filter): a warning
    /// beside the field, never a refusal.
    case duplicateCheck
    /// A lead of the duplicate group on screen, read whole to be shown side by side.
    case duplicateGroup
    /// One step of a merge or of its undo (`MergeRun`).
    case mergeStep
    /// The group's leads read again before a merge is written, or before its undo is planned.
    case mergeRead
    /// The shared views, for the picker and `1`–`9`.
    case sharedViews
    /// A view shared from the picker.
    case shareView
}

/// What text handed to `$EDITOR` was, so the edited text goes back to the same place.
public enum EditorTarget: Sendable, Hashable {
    /// A text row or the tags of the form on top of the stack.
    case formRow(FormFocus)
    /// The attributes of the form on top, as a YAML document (errors reopen it).
    case formAttributes(EditorRound)
    /// A whole lead as YAML; a valid document is saved through the form's path.
    case document(DocumentSession)
}
