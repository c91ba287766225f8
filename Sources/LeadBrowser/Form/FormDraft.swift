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
    /// While the lead is open as YAML in `$EDITOR` (`^E`): the document's text. The runtime keeps
    /// the editor's file beside the draft, so what the user last saved there, even unparsable,
    /// is what comes back after a crash.
    public var document: String?

    /// A draft as journaled; the runtime usually gets one from `FormState.asDraft`.
    public init(key: String, isCreate: Bool, original: Lead, draft: Lead, document: String? = nil) {
        self.key = key
        self.isCreate = isCreate
        self.original = original
        self.draft = draft
        self.document = document
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
        restoring = saved.original.isTrashed && saved.draft.status == LeadStatus.normal
        createMayExist = saved.isCreate  // journaled before its save was sent
    }
}
