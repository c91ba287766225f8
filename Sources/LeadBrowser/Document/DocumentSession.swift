import TiledeskLeads

/// A lead open as a YAML document in `$EDITOR` (`^E`, or `n` then `^E` for a new lead): what it
/// edits and the current opening of the editor. A valid document becomes a form (`asForm`) that
/// is saved as every form is, so the document gets the same review, re-read, merge and conflict
/// screen; an invalid one reopens with its errors on top.
public struct DocumentSession: Sendable, Hashable {
    /// The lead the document was written from (a new lead's `lead_id` only, when creating).
    public var base: Lead
    public var isCreate: Bool
    public var round: EditorRound

    /// The document for an existing lead.
    public init(editing lead: Lead) {
        self.init(base: lead, isCreate: false, round: EditorRound(text: LeadYAML.text(lead)))
    }

    /// The template for a new lead; `leadID` makes its create idempotent, as a form's does.
    public init(creatingWithLeadID leadID: String) {
        self.init(base: Lead(leadID: leadID), isCreate: true, round: EditorRound(text: LeadYAML.template()))
    }

    public init(base: Lead, isCreate: Bool, round: EditorRound) {
        self.base = base
        self.isCreate = isCreate
        self.round = round
    }

    /// The draft key, the same a form over this lead journals under.
    public var draftKey: String { isCreate ? (base.leadID ?? "new") : base.id }

    /// The journal entry while the editor is open on `text`.
    public func draft(text: String) -> FormDraft {
        FormDraft(key: draftKey, isCreate: isCreate, original: base, draft: base, document: text)
    }

    /// A session picked up from a journaled document: the editor opens on the kept text, and
    /// saving it as it is applies it (only the untouched document counts as unchanged).
    public init(resuming draft: FormDraft) {
        let untouched = draft.isCreate ? LeadYAML.template() : LeadYAML.text(draft.original)
        self.init(base: draft.original, isCreate: draft.isCreate, round: EditorRound(text: untouched))
    }

    /// The form holding what the document says, to be saved through the form's path.
    public func asForm(_ edit: LeadEdit) -> FormState {
        FormState(restoring: FormDraft(key: draftKey, isCreate: isCreate, original: base, draft: edit.applied(to: base)))
    }
}
