/// The default key maps of DESIGN.md "Keys", one per screen. Functions of state so bindings that
/// make no sense right now (restore outside the trash, undo with nothing to undo) are disabled
/// and vanish from the footer and help instead of failing when pressed.
public enum KeyMaps {
    /// The list map; in the trash `d` deletes for good and `u` restores, elsewhere `u` undoes.
    /// `searching` (a search or filter narrows the list) enables Esc to show every lead again.
    /// `columnCursor` (a column was picked with ←/→) makes `s` sort by that column.
    /// With `marked` leads, `d`, `e` and (in the trash) `u` act on the marks, `+`/`-` change their
    /// tags and Esc clears the marks; `canRetry` enables `R` after a bulk action with failures.
    /// While a bulk action runs (`bulkRunning`), Esc stops it.
    public static func list(
        trashView: Bool = false, undo: UndoRecord? = nil, searching: Bool = false, columnCursor: Bool = false, marked: Int = 0,
        canRetry: Bool = false, bulkRunning: Bool = false
    ) -> KeyMap {
        let marks = marked > 0
        return KeyMap(title: marks ? "List with marked leads" : "List", screen: .list, bindings: [
            KeyBinding([.char("j"), .down], "down", .moveDown),
            KeyBinding([.char("k"), .up], "up", .moveUp),
            KeyBinding([.pageDown, .ctrl("f")], "page down", .pageDown),
            KeyBinding([.pageUp, .ctrl("b")], "page up", .pageUp),
            KeyBinding([.char("g"), .home], "first", .first),
            KeyBinding([.char("G"), .end], "last", .last),
            KeyBinding([.enter], "open", .open, inFooter: true),
            KeyBinding([.char("/")], "search", .search, inFooter: true),
            KeyBinding([.char("f")], "filter", .filter, inFooter: true),
            KeyBinding([.char(" ")], "mark / unmark", .toggleMark),
            KeyBinding([.char("V")], "mark a range", .markRange),
            KeyBinding([.char("*")], "mark all matching", .markAll),
            KeyBinding([.char("+")], "add a tag to marked", .addTagToMarked, enabled: marks && !trashView, inFooter: marks && !trashView),
            KeyBinding([.char("-")], "remove a tag from marked", .removeTagFromMarked, enabled: marks && !trashView),
            KeyBinding([.char("x")], "export marked to a file", .exportMarked, enabled: marks),
            KeyBinding([.char("R")], "retry the failed", .retryFailed, enabled: canRetry, inFooter: canRetry),
            // One Esc: a running bulk action stops first, then the marks go, then the search or filter.
            KeyBinding(
                [.escape], bulkRunning ? "stop the bulk action" : marks ? "clear marks" : "show all leads",
                bulkRunning ? .stopBulk : marks ? .clearMarks : .clearSearch, enabled: bulkRunning || marks || searching,
                inFooter: bulkRunning || marks || searching),
            KeyBinding([.left, .char("h")], "column left", .columnLeft),
            KeyBinding([.right, .char("l")], "column right", .columnRight),
            KeyBinding([.char("c")], "choose columns", .pickColumns),
            KeyBinding([.char("s")], columnCursor ? "sort by this column" : "sort field", .sortField),
            KeyBinding([.char("S")], "sort direction", .sortDirection),
            KeyBinding([.char("t")], trashView ? "leave trash" : "trash view", .toggleTrash),
            KeyBinding([.char("v")], "views", .views),
            KeyBinding(Self.digits, "switch to view 1–9", .switchView),
            KeyBinding([.char("n")], "new", .new, enabled: !trashView, inFooter: true),
            KeyBinding([.char("e")], marks ? "set a field on marked" : "edit", .edit, enabled: !trashView, inFooter: true),
            KeyBinding([.ctrl("e")], "edit as YAML", .editAsYAML, enabled: !trashView),
            KeyBinding(
                [.char("d")], (trashView ? "delete forever" : "trash") + (marks ? " marked" : ""), trashView ? .deleteForever : .trash,
                inFooter: true),
            KeyBinding(
                [.char("u")], trashView ? (marks ? "restore marked" : "restore") : undo?.help ?? "undo", .restoreOrUndo,
                enabled: trashView || undo != nil, inFooter: marks),
            KeyBinding([.char("r")], "refresh", .refresh),
            KeyBinding([.char("D")], "duplicates", .duplicates),
            KeyBinding([.char("?")], "help", .help, inFooter: true),
            KeyBinding([.char("q")], "quit", .back, inFooter: true),
        ])
    }

    /// The detail map; a trashed lead can be restored or deleted for good but not edited.
    public static func detail(trashed: Bool = false) -> KeyMap {
        KeyMap(title: "Lead", screen: .detail, bindings: [
            KeyBinding([.char("e")], "edit", .edit, enabled: !trashed, inFooter: true),
            KeyBinding([.ctrl("e")], "edit as YAML", .editAsYAML, enabled: !trashed),
            KeyBinding([.char("d")], trashed ? "delete forever" : "trash", trashed ? .deleteForever : .trash, inFooter: true),
            KeyBinding([.char("u")], "restore", .restoreOrUndo, enabled: trashed, inFooter: true),
            KeyBinding([.char("r")], "refresh", .refresh),
            KeyBinding([.char("j"), .down], "scroll down", .moveDown),
            KeyBinding([.char("k"), .up], "scroll up", .moveUp),
            KeyBinding([.char("?")], "help", .help, inFooter: true),
            KeyBinding([.char("q"), .escape], "back", .back, inFooter: true),
        ])
    }

    /// Form keys; keys go to the focused editor first (`editors`: text field, tags, attributes),
    /// so `^E` there stays end-of-line and the chord `^X ^E` (or `^O`) opens the field in the editor.
    public static var form: KeyMap { form(editors: .defaults) }

    /// The form with the editors' maps it hands keys to, listed after its own in help.
    public static func form(editors: EditorKeys) -> KeyMap {
        let lineEnd = editors.text.keys(for: .lineEnd).first?.displayName ?? ""
        return KeyMap(title: "Form", screen: .form, bindings: [
            KeyBinding([.tab, .down, .enter], "next field", .nextField),
            KeyBinding([.backTab, .up], "previous field", .previousField),
            KeyBinding([.ctrl("s")], "review & save", .save, inFooter: true),
            KeyBinding([.escape], "cancel", .cancel, inFooter: true),
            KeyBinding([.ctrl("o"), .chord([.ctrl("x"), .ctrl("e")])], "open field in $EDITOR", .openInEditor, inFooter: true),
            KeyBinding([.ctrl("g")], "open the leads with this email, phone or name", .openDuplicates),
            KeyBinding([.function(1)], "help", .help),
        ], editorKeys: lineEnd.isEmpty ? [] : [KeyHelp("\(lineEnd) (new lead, nothing typed)", "fill the new lead in as YAML in $EDITOR")],
        editors: [editors.text, editors.tags, editors.attributes])
    }

    /// Confirmation of an irreversible action: only `y` confirms, never Enter or the starting key.
    public static let confirm = KeyMap(title: "Confirm", screen: .confirm, bindings: [
        KeyBinding([.char("y"), .char("Y")], "yes", .confirm, inFooter: true),
        KeyBinding([.char("n"), .char("N"), .escape, .enter, .char("q")], "no", .dismiss, inFooter: true),
    ])

    /// Overlapping changes: a choice per overlap; `y` saves only once every overlap is decided,
    /// Esc goes back to the form with nothing written.
    public static func conflict(decided: Bool = false) -> KeyMap {
        KeyMap(title: "Conflict", screen: .conflict, bindings: [
            KeyBinding([.char("j"), .down], "next overlap", .moveDown),
            KeyBinding([.char("k"), .up], "previous overlap", .moveUp),
            KeyBinding([.char("m")], "keep mine", .takeMine, inFooter: true),
            KeyBinding([.char("t")], "take theirs", .takeTheirs, inFooter: true),
            KeyBinding([.char("e")], "edit in the form", .editConflict, inFooter: true),
            KeyBinding([.char("y")], "save the merge", .confirm, enabled: decided, inFooter: decided),
            KeyBinding([.char("?")], "help", .help),
            KeyBinding([.escape, .char("q")], "back to the form", .dismiss, inFooter: true),
        ])
    }

    /// The Duplicates screen: groups of leads that look like one person.
    public static func duplicates(undo: Bool = false) -> KeyMap {
        KeyMap(title: "Duplicates", screen: .duplicates, bindings: [
            KeyBinding([.char("j"), .down], "down", .moveDown),
            KeyBinding([.char("k"), .up], "up", .moveUp),
            KeyBinding([.enter], "open the group side by side", .open, inFooter: true),
            KeyBinding([.char("r")], "refresh", .refresh, inFooter: true),
            KeyBinding([.char("u")], "undo the merge", .restoreOrUndo, enabled: undo, inFooter: undo),
            KeyBinding([.char("?")], "help", .help, inFooter: true),
            KeyBinding([.char("q"), .escape], "back", .back, inFooter: true),
        ])
    }

    /// One group side by side: pick the survivor and, where the leads differ, the value kept.
    public static func duplicateGroup(undo: Bool = false) -> KeyMap {
        KeyMap(title: "Duplicate group", screen: .duplicateGroup, bindings: [
            KeyBinding([.char("j"), .down], "next field", .moveDown),
            KeyBinding([.char("k"), .up], "previous field", .moveUp),
            KeyBinding([.char("h"), .left], "lead to the left", .columnLeft),
            KeyBinding([.char("l"), .right], "lead to the right", .columnRight),
            KeyBinding([.enter, .char(" ")], "keep this lead's value", .chooseValue, inFooter: true),
            KeyBinding([.char("s")], "make this lead the survivor", .makeSurvivor, inFooter: true),
            KeyBinding([.char("m")], "merge (review first)", .merge, inFooter: true),
            KeyBinding([.char("u")], "undo the merge", .restoreOrUndo, enabled: undo),
            KeyBinding([.char("?")], "help", .help),
            KeyBinding([.char("q"), .escape], "back", .back, inFooter: true),
        ])
    }

    /// The merge as it will be; only `y` writes.
    public static let mergeReview = KeyMap(title: "Merge review", screen: .mergeReview, bindings: [
        KeyBinding([.char("j"), .down], "scroll down", .moveDown),
        KeyBinding([.char("k"), .up], "scroll up", .moveUp),
        KeyBinding([.char("y"), .char("Y")], "merge", .confirm, inFooter: true),
        KeyBinding([.char("n"), .char("N"), .escape, .char("q")], "back", .dismiss, inFooter: true),
    ])

    /// `1` to `9`, the views' keys on the list and in the picker.
    static let digits: [Key] = (1...9).map { Key.char(Character(String($0))) }

    /// The view picker: a pick list whose choices also answer to their number, and `s` shares
    /// the highlighted local view on the server as a segment.
    public static func viewPicker(canShare: Bool = true) -> KeyMap {
        KeyMap(title: "Views", screen: .views, bindings: [
            KeyBinding([.char("j"), .down, .tab], "next", .pickNext),
            KeyBinding([.char("k"), .up, .backTab], "previous", .pickPrevious),
            KeyBinding([.enter], "use this view", .pickChoose, inFooter: true),
            KeyBinding(digits, "use view 1–9", .switchView),
            KeyBinding([.char("s")], "share on the server (a segment)", .shareView, enabled: canShare, inFooter: canShare),
            KeyBinding([.escape, .char("q")], "cancel", .dismiss, inFooter: true),
        ])
    }

    public static let pick = KeyMap(title: "Choose", screen: .choose, bindings: [
        KeyBinding([.char("j"), .down, .tab], "next", .pickNext),
        KeyBinding([.char("k"), .up, .backTab], "previous", .pickPrevious),
        KeyBinding([.enter], "choose", .pickChoose, inFooter: true),
        KeyBinding([.escape, .char("q")], "cancel", .dismiss, inFooter: true),
    ])

    /// The search box over the list: typing narrows the loaded rows (and searches the server
    /// after a pause), Enter searches at once and closes the box, Esc closes it and shows every
    /// lead again, and the moves go through the narrowed rows while it stays open.
    public static let searchBox = KeyMap(title: "Search box", screen: .search, bindings: [
        KeyBinding([.enter], "search", .pickChoose, inFooter: true),
        KeyBinding([.escape], "cancel", .dismiss, inFooter: true),
        KeyBinding([.down], "down", .moveDown, inFooter: true),
        KeyBinding([.up], "up", .moveUp, inFooter: true),
        KeyBinding([.pageDown], "page down", .pageDown),
        KeyBinding([.pageUp], "page up", .pageUp),
    ])

    /// A text prompt: typing edits the text, so only Enter and Esc are bindings. The attribute
    /// input of the form takes these two keys too.
    public static let prompt = KeyMap(title: "Prompt", screen: .prompt, bindings: [
        KeyBinding([.enter], "apply", .pickChoose, inFooter: true),
        KeyBinding([.escape], "cancel", .dismiss, inFooter: true),
    ])

    public static let message = KeyMap(title: "Message", screen: .message, bindings: [
        KeyBinding([.enter, .escape, .char("q")], "close", .dismiss, inFooter: true),
    ])

    public static let help = KeyMap(title: "Help", screen: .help, bindings: [
        KeyBinding([.char("j"), .down], "scroll down", .moveDown),
        KeyBinding([.char("k"), .up], "scroll up", .moveUp),
        KeyBinding([.escape, .char("q"), .char("?")], "close", .dismiss, inFooter: true),
    ])
}
