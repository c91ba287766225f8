/// Everything a key can ask for, on any screen. One enum so `update` handles each case once and
/// the compiler tells us when a new action has no handler.
public enum KeyAction: String, Sendable, Hashable, CaseIterable {
    // list
    case moveDown, moveUp, pageDown, pageUp, first, last, open, search, filter, sortField, sortDirection
    case toggleTrash, new, edit, editAsYAML, trash, restoreOrUndo, refresh, help, back, clearSearch
    // detail (also uses edit, editAsYAML, trash, restoreOrUndo, refresh, help, back, deleteForever)
    case deleteForever
    // form
    case nextField, previousField, save, cancel, openInEditor
    // conflicts (also uses moveDown, moveUp, confirm, dismiss)
    case takeMine, takeTheirs, editConflict
    // dialogs
    case confirm, dismiss, pickNext, pickPrevious, pickChoose
}
