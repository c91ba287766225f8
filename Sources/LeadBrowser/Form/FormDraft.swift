import TiledeskLeads

/// A form's unsaved state, journaled by the runtime (under `$XDG_STATE_HOME/leads/`) on every
/// change so a crash or a dropped SSH session loses nothing. Codable so the runtime can write it
/// as JSON; the view-model never touches files.
public struct FormDraft: Sendable, Hashable, Codable {
    /// One draft per lead: the `_id` when editing, the new `lead_id` when creating.
    public var key: String
    public var isCreate: Bool
    /// The lead as it was when the form opened: the base for the minimal change on save.
    public var original: Lead
    /// The lead as typed.
    public var draft: Lead

    /// A draft as journaled; the runtime usually gets one from `FormState.asDraft`.
    public init(key: String, isCreate: Bool, original: Lead, draft: Lead) {
        self.key = key
        self.isCreate = isCreate
        self.original = original
        self.draft = draft
    }
}

extension FormState {
    /// The draft key of this form.
    public var draftKey: String { isCreate ? (original.leadID ?? "new") : original.id }

    /// This form as a draft to journal.
    public var asDraft: FormDraft { FormDraft(key: draftKey, isCreate: isCreate, original: original, draft: draft) }

    /// A form reopened from a journaled draft, everything typed back in place.
    public init(restoring saved: FormDraft) {
        self = saved.isCreate ? FormState(creatingWithLeadID: saved.original.leadID ?? "new") : FormState(editing: saved.original)
        for field in LeadField.allCases {
            fields[field] = TextBuffer(saved.draft[field] ?? "", multiline: field == .note)
        }
        tags = TagsEditor(tags: saved.draft.tags)
        attributes = AttributesEditor(saved.draft.attributes ?? [:])
    }
}
