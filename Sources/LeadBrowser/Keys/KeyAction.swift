/// Everything a key can ask for, on any screen. One enum, so key maps are data over a closed set;
/// each screen's handler takes the actions its map binds and ignores the rest (`default:`), and
/// `KeyMapCoverageTests` checks that every bound action changes something on its screen.
public enum KeyAction: String, Sendable, Hashable, CaseIterable {
    // list
    case moveDown, moveUp, pageDown, pageUp, first, last, open, search, filter, sortField, sortDirection
    case toggleTrash, new, edit, editAsYAML, trash, restoreOrUndo, refresh, help, back, clearSearch
    case columnLeft, columnRight
    // marks and bulk actions on the list (with marks, trash, deleteForever, edit and restoreOrUndo act on them)
    case toggleMark, markRange, markAll, clearMarks, addTagToMarked, removeTagFromMarked, retryFailed, exportMarked
    // detail (also uses edit, editAsYAML, trash, restoreOrUndo, refresh, help, back, deleteForever)
    case deleteForever
    // form
    case nextField, previousField, save, cancel, openInEditor, openDuplicates
    // conflicts (also uses moveDown, moveUp, confirm, dismiss)
    case takeMine, takeTheirs, editConflict
    // duplicates (the list's `D`; groups use moveDown, moveUp, open, refresh, restoreOrUndo, back)
    case duplicates, chooseValue, makeSurvivor, merge
    // dialogs
    case confirm, dismiss, pickNext, pickPrevious, pickChoose
    // views: `v` opens the picker, `1`–`9` switch (and choose by number in the picker), `s` there shares
    case views, switchView, shareView
}
