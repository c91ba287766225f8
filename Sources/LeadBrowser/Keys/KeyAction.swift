/// Everything a key can ask for, on any screen. One enum, so key maps are data over a closed set;
/// each screen's handler takes the actions its map binds and ignores the rest (`default:`), and
/// `KeyMapCoverageTests` checks that every bound action changes something on its screen. The raw
/// values are the names `[keys.SCREEN]` in config.toml uses, so renaming a case breaks configs.
public enum KeyAction: String, Sendable, Hashable, CaseIterable {
    // list
    case moveDown, moveUp, pageDown, pageUp, first, last, open, search, filter, sortField, sortDirection
    case toggleTrash, new, edit, editAsYAML, trash, restoreOrUndo, refresh, help, back, clearSearch
    case columnLeft, columnRight, pickColumns
    // the column picker (also uses moveDown, moveUp, help, dismiss)
    case toggleColumn, moveColumnUp, moveColumnDown, saveColumns
    // marks and bulk actions on the list (with marks, trash, deleteForever, edit and restoreOrUndo act on them)
    case toggleMark, markRange, markAll, clearMarks, addTagToMarked, removeTagFromMarked, retryFailed, exportMarked
    // while a bulk action runs (the list's Esc): no new requests, those in flight finish
    case stopBulk
    // detail (also uses edit, editAsYAML, trash, restoreOrUndo, refresh, help, back, deleteForever)
    case deleteForever
    // form
    case nextField, previousField, save, cancel, openInEditor, openDuplicates
    // conflicts (also uses moveDown, moveUp, confirm, dismiss)
    case takeMine, takeTheirs, editConflict
    // duplicates (the list's `D`; groups use moveDown, moveUp, open, refresh, restoreOrUndo, back)
    case duplicates, chooseValue, makeSurvivor, merge
    // dialogs (the search box uses pickChoose and dismiss, and moveDown, moveUp, pageDown, pageUp for the rows under it)
    case confirm, dismiss, pickNext, pickPrevious, pickChoose
    // a text field (form fields, the search box, prompts, the attribute input)
    case lineStart, lineEnd, charLeft, charRight, wordLeft, wordRight, deleteBackward, deleteForward
    case killToLineEnd, killToLineStart, killWordBackward, killWordForward, yank, newLine, lineUp, lineDown
    // the tags row of the form
    case addTag, removeLastTag, chipLeft, chipRight, removeChip
    // the attributes row of the form (also uses moveUp, moveDown)
    case editValue, renameKey, editValueAsJSON, addKey, removeKey
    // views: `v` opens the picker, `1`–`9` switch (and choose by number in the picker), `s` there shares
    case views, switchView, shareView
}
