import LeadDuplicates
import TiledeskLeads

/// The edit or create form: every editable field as a `TextBuffer`, tags and attributes editors,
/// the focus, per-field validation and dirty flags. `change` is what a save sends: the minimal
/// `LeadChange` from the lead as loaded to the lead as typed, so a colleague's edits elsewhere survive.
public struct FormState: Sendable, Hashable {
    /// The lead as it was when the form opened (an empty lead when creating).
    public let original: Lead
    public let isCreate: Bool
    public var fields: [LeadField: TextBuffer]
    public var tags: TagsEditor
    public var attributes: AttributesEditor
    public var focus: FormFocus = .field(.fullname)
    /// A save in flight (its request id), so a second ^S does not send twice.
    public var savingRequestID: Int?
    /// Why the last save failed; the form keeps everything typed.
    public var saveError: String?
    /// A create that was sent before and failed, or came back from a draft: the server may hold
    /// the lead already (its answer was lost), so the next save looks for its `lead_id` first.
    public var createMayExist = false
    /// The save also takes the lead out of the trash ("restore and apply" after the lead was
    /// trashed while the form was open); the form is then based on the trashed lead.
    public var restoring = false
    /// The email last looked up for duplicates, and the other leads found with it.
    public var emailChecked: String?
    public var emailMatches: [Lead] = []
    /// The phone, name, company, city and country last looked up in the duplicate index, the
    /// lookup awaited, and the leads it found (by phone, or by name with company or city).
    public var indexChecked: [String]?
    public var indexRequestID: Int?
    public var indexMatches: [DuplicateMatch] = []

    /// Longest text a field accepts; the server has no limit but a terminal form does.
    public static let maxLength = 1000
    public static let maxNoteLength = 20_000

    /// An edit form over the lead as loaded; `change` is measured from it.
    public init(editing lead: Lead) { self.init(original: lead, isCreate: false) }

    /// A create form, with a fresh `lead_id` chosen by the caller so retries stay idempotent.
    public init(creatingWithLeadID leadID: String) {
        self.init(original: Lead(leadID: leadID), isCreate: true)
    }

    private init(original: Lead, isCreate: Bool) {
        self.original = original
        self.isCreate = isCreate
        var fields: [LeadField: TextBuffer] = [:]
        for field in LeadField.allCases { fields[field] = TextBuffer(original[field] ?? "", multiline: field == .note) }
        self.fields = fields
        self.tags = TagsEditor(tags: original.tags)
        self.attributes = AttributesEditor(original.attributes ?? [:])
    }

    /// The lead as typed.
    public var draft: Lead {
        var lead = original
        for field in LeadField.allCases {
            let text = fields[field]?.text ?? ""
            lead[field] = text.isEmpty && original[field] == nil ? nil : text
        }
        lead.tags = tags.tags
        let attributes = attributes.attributes
        lead.attributes = attributes.isEmpty && original.attributes == nil ? nil : attributes
        if restoring { lead.status = LeadStatus.normal }
        return lead
    }

    /// What a save sends.
    public var change: LeadChange { LeadChange.between(original, draft) }

    public var isDirty: Bool { !change.isEmpty }

    /// True when this row differs from the lead as loaded.
    public func isDirty(_ focus: FormFocus) -> Bool {
        switch focus {
        case .field(let f): (fields[f]?.text ?? "") != (original[f] ?? "")
        case .tags: tags.tags != original.tags
        case .attributes: attributes.attributes != (original.attributes ?? [:])
        }
    }

    /// The problem with a row, shown beside it; saving is refused while any row has one.
    public func issue(_ focus: FormFocus) -> String? {
        switch focus {
        case .field(let f):
            let text = fields[f]?.text ?? ""
            let limit = f == .note ? Self.maxNoteLength : Self.maxLength
            if text.count > limit { return "longer than \(NumberText.grouped(limit)) characters" }
            if f == .email, !text.isEmpty, !EmailSyntax.isValid(text) { return "not an email address" }
            if isCreate, f == .fullname, text.isEmpty, (fields[.email]?.text ?? "").isEmpty {
                return "a new lead needs a name or an email"
            }
            return nil
        case .tags: return tags.message
        case .attributes: return attributes.message
        }
    }

    /// Every row with a problem.
    public var issues: [FormFocus: String] {
        var out: [FormFocus: String] = [:]
        for focus in FormFocus.order { if let issue = issue(focus) { out[focus] = issue } }
        return out
    }

    /// Moves focus to the next (or previous) row, wrapping.
    public mutating func moveFocus(by delta: Int) {
        let order = FormFocus.order
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[(index + delta + order.count) % order.count]
    }

    /// The focused row's text, for `^O` / `^X ^E` (open in `$EDITOR`): a field as is, tags one a line,
    /// attributes as a JSON object.
    public var focusedText: String? {
        switch focus {
        case .field(let f): fields[f]?.text
        case .tags: tags.tags.joined(separator: "\n")
        case .attributes: JSONValue.object(attributes.attributes).jsonText
        }
    }

    /// Gives a key to the focused editor; false when the form's key map should have it.
    public mutating func handleEditingKey(_ key: Key, keys: EditorKeys = .defaults) -> Bool {
        switch focus {
        case .field(let f): return fields[f]!.handle(key, map: keys.text)
        case .tags: return tags.handle(key, keys: keys)
        case .attributes: return attributes.handle(key, keys: keys)
        }
    }
}
