import TiledeskLeads

/// A screen on the stack above the list. Dialogs are screens too, so Esc and `q` pop them the
/// same way and the front end draws whatever is on top.
public enum Screen: Sendable, Hashable {
    case detail(DetailState)
    case form(FormState)
    case confirm(ConfirmDialog)
    /// Overlapping changes after a save found the lead changed on the server.
    case conflict(ConflictState)
    case pick(PickDialog)
    /// A text prompt (filter value), editing with the same keys as form fields.
    case prompt(PromptDialog)
    case error(String)
    /// The project's duplicate groups (`D`).
    case duplicates(DuplicatesState)
    /// One group's leads side by side, where the merge is chosen.
    case duplicateGroup(DuplicateGroupState)
    /// The merge as it will be, before anything is written.
    case mergeReview(MergeReviewState)
    /// The `?` screen for the key map of the screen below it.
    case help(KeyMap, scroll: Int)
    /// The column picker (`c` on the list).
    case columns(ColumnPicker)
}

/// Which screen a key map is for, for `?` and the footer.
public enum ScreenKind: Sendable, Hashable {
    case list, detail, form, confirm, conflict, pick, prompt, error, help, duplicates, duplicateGroup, mergeReview, columns
}

extension Screen {
    public var kind: ScreenKind {
        switch self {
        case .detail: .detail
        case .form: .form
        case .confirm: .confirm
        case .conflict: .conflict
        case .pick: .pick
        case .prompt: .prompt
        case .error: .error
        case .help: .help
        case .duplicates: .duplicates
        case .duplicateGroup: .duplicateGroup
        case .mergeReview: .mergeReview
        case .columns: .columns
        }
    }
}
