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

/// What a pick dialog chooses.
public enum PickPurpose: Sendable, Hashable {
    case sortField
    case filterKind
    /// The lead of the form below was trashed (`theirs`) or deleted for good (nil) meanwhile;
    /// the choices are `GoneLeadChoice.choices(trashed:)`.
    case goneLead(theirs: Lead?)
    /// A draft journaled by an earlier run: the choices are `KeptDraftChoice.allCases`.
    case keptDraft(FormDraft)
}

/// What to do with a draft an earlier run left (it crashed, was killed, or lost its terminal).
public enum KeptDraftChoice: CaseIterable, Sendable {
    case reopen, later, discard

    public var label: String {
        switch self {
        case .reopen: "Reopen them in the form"
        case .later: "Keep them for later"
        case .discard: "Discard them…"
        }
    }
}

/// A short list to choose from (sort field, filter kind).
public struct PickDialog: Sendable, Hashable {
    public var title: String
    /// Text above the choices (the diff of a kept draft); usually empty.
    public var message: String
    public var choices: [String]
    public var selected: Int
    public var purpose: PickPurpose
    /// A list with `selected` highlighted first (the current choice).
    public init(title: String, message: String = "", choices: [String], selected: Int = 0, purpose: PickPurpose) {
        self.title = title
        self.message = message
        self.choices = choices
        self.selected = selected
        self.purpose = purpose
    }
}

/// What a prompt's text is for.
public enum PromptPurpose: Sendable, Hashable {
    case tagFilter
    case emailFilter
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
