import TiledeskLeads

/// What a confirmed dialog does.
public enum ConfirmAction: Sendable, Hashable {
    case trash(id: String)
    case deleteForever(id: String)
    case discardEdits
    /// Send the form on top (the question showed the review, `field: old → new`).
    case saveForm
    /// Drop for good a draft journaled by an earlier run.
    case discardKeptDraft(key: String)
    /// Start the reviewed bulk action (`AppState.bulkReview`).
    case runBulk
    /// Clear more than a page's worth of marks.
    case clearMarks
}

/// A yes/no question before an irreversible action; only `y` says yes.
public struct ConfirmDialog: Sendable, Hashable {
    public var question: String
    public var action: ConfirmAction
    /// A question whose only yes is `y`.
    public init(question: String, action: ConfirmAction) {
        self.question = question
        self.action = action
    }
}

/// What a pick dialog is about; the context its choice acts on.
public enum PickPurpose: Sendable, Hashable {
    case sortField
    case filterKind
    /// The lead of the form below was trashed (`theirs`) or deleted for good (nil) meanwhile.
    case goneLead(theirs: Lead?)
    /// A draft journaled by an earlier run.
    case keptDraft(FormDraft)
    /// The field a bulk action sets on the marked leads.
    case bulkField
    /// `v`: the views, local then shared.
    case views
}

/// One line of a pick dialog, as the value it stands for: the handler switches on the value
/// chosen, never on its position in the list.
public enum PickChoice: Sendable, Hashable {
    case sort(LeadSortField)
    case filter(FilterChoice)
    case goneLead(GoneLeadChoice)
    case keptDraft(KeptDraftChoice)
    case field(LeadField)
    /// A bulk action on one attribute (asked for as `key=value` next).
    case attribute
    /// A view; `number` is its `1`–`9` key (0 past the ninth).
    case view(SavedView, number: Int)

    /// The view of a `.view` choice.
    public var view: SavedView? {
        if case .view(let view, _) = self { return view }
        return nil
    }

    public var label: String {
        switch self {
        case .sort(let field): field.label
        case .filter(let choice): choice.label
        case .goneLead(let choice): choice.label
        case .keptDraft(let choice): choice.label
        case .field(let field): field.label
        case .attribute: "An attribute…"
        case .view(let view, let number): (number > 0 ? "\(number) " : "  ") + view.name + " — " + view.summary
        }
    }
}

/// `f` on the list: which filter to set, or clear them.
public enum FilterChoice: CaseIterable, Sendable {
    case tag, email, clear

    public var label: String {
        switch self {
        case .tag: "Tag"
        case .email: "Email (exact)"
        case .clear: "Clear filters"
        }
    }
}

/// What to do with a draft an earlier run left (it crashed, was killed, or lost its terminal).
public enum KeptDraftChoice: CaseIterable, Sendable {
    case reopen, reopenInEditor, later, discard

    public var label: String {
        switch self {
        case .reopen: "Reopen them in the form"
        case .reopenInEditor: "Reopen it in the editor"
        case .later: "Keep them for later"
        case .discard: "Discard them…"
        }
    }

    /// The choices for a form's draft, or for a YAML document kept while in the editor.
    public static func choices(document: Bool) -> [KeptDraftChoice] {
        [document ? .reopenInEditor : .reopen, .later, .discard]
    }
}

/// A short list to choose from (sort field, filter kind, what to do with a kept draft).
public struct PickDialog: Sendable, Hashable {
    public var title: String
    /// Text above the choices (the diff of a kept draft); usually empty.
    public var message: String
    public var choices: [PickChoice]
    public var selected: Int
    public var purpose: PickPurpose
    /// A list with `selected` highlighted first (the current choice).
    public init(title: String, message: String = "", choices: [PickChoice], selected: Int = 0, purpose: PickPurpose) {
        self.title = title
        self.message = message
        self.choices = choices
        self.selected = selected
        self.purpose = purpose
    }

    /// The choice under the highlight.
    public var chosen: PickChoice { choices[selected] }
}

/// What a prompt's text is for.
public enum PromptPurpose: Sendable, Hashable {
    case tagFilter
    case emailFilter
    /// A tag to add to (true) or remove from the marked leads.
    case bulkTag(add: Bool)
    /// The value to set a field to on the marked leads ("" clears it).
    case bulkFieldValue(LeadField)
    /// `key=value` to set an attribute on the marked leads, `key=` to remove it.
    case bulkAttribute
    /// The file to write the marked leads to.
    case exportMarked
    /// The count typed to confirm a bulk delete for good.
    case bulkDeleteCount
}

/// A one-line text question.
public struct PromptDialog: Sendable, Hashable {
    public var title: String
    public var input: TextBuffer
    public var purpose: PromptPurpose
    /// A prompt prefilled with the current value, so editing a filter does not mean retyping it.
    public init(title: String, input: TextBuffer = TextBuffer(), purpose: PromptPurpose) {
        self.title = title
        self.input = input
        self.purpose = purpose
    }
}
