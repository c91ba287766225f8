/// The default key maps of DESIGN.md "Keys", one per screen. Functions of state so bindings that
/// make no sense right now (restore outside the trash, undo with nothing to undo) are disabled
/// and vanish from the footer and help instead of failing when pressed.
public enum KeyMaps {
    public static func list(trashView: Bool = false, undo: UndoRecord? = nil) -> KeyMap {
        KeyMap(title: "List", bindings: [
            KeyBinding([.char("j"), .down], "down", .moveDown),
            KeyBinding([.char("k"), .up], "up", .moveUp),
            KeyBinding([.pageDown, .ctrl("f")], "page down", .pageDown),
            KeyBinding([.pageUp, .ctrl("b")], "page up", .pageUp),
            KeyBinding([.char("g"), .home], "first", .first),
            KeyBinding([.char("G"), .end], "last", .last),
            KeyBinding([.enter], "open", .open, inFooter: true),
            KeyBinding([.char("/")], "search", .search, inFooter: true),
            KeyBinding([.char("f")], "filter", .filter, inFooter: true),
            KeyBinding([.char("s")], "sort field", .sortField),
            KeyBinding([.char("S")], "sort direction", .sortDirection),
            KeyBinding([.char("t")], trashView ? "leave trash" : "trash view", .toggleTrash),
            KeyBinding([.char("n")], "new", .new, enabled: !trashView, inFooter: true),
            KeyBinding([.char("e")], "edit", .edit, enabled: !trashView, inFooter: true),
            KeyBinding([.ctrl("e")], "edit as YAML", .editAsYAML, enabled: !trashView),
            KeyBinding([.char("d")], trashView ? "delete forever" : "trash", trashView ? .deleteForever : .trash, inFooter: true),
            KeyBinding([.char("u")], trashView ? "restore" : undo?.help ?? "undo", .restoreOrUndo, enabled: trashView || undo != nil),
            KeyBinding([.char("r")], "refresh", .refresh),
            KeyBinding([.char("?")], "help", .help, inFooter: true),
            KeyBinding([.char("q")], "quit", .back, inFooter: true),
        ])
    }

    public static func detail(trashed: Bool = false) -> KeyMap {
        KeyMap(title: "Lead", bindings: [
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

    /// Form keys; text keys (Emacs line keys) go to the focused field first, so `^E` there stays
    /// end-of-line and `^X ^E` / `^O` open the field in the editor.
    public static let form = KeyMap(title: "Form", bindings: [
        KeyBinding([.tab, .down, .enter], "next field", .nextField),
        KeyBinding([.backTab, .up], "previous field", .previousField),
        KeyBinding([.ctrl("s")], "review & save", .save, inFooter: true),
        KeyBinding([.escape], "cancel", .cancel, inFooter: true),
        KeyBinding([.ctrl("o")], "open field in $EDITOR (^X ^E)", .openInEditor, inFooter: true),
        KeyBinding([.function(1)], "help", .help),
    ])

    /// Confirmation of an irreversible action: only `y` confirms, never Enter or the starting key.
    public static let confirm = KeyMap(title: "Confirm", bindings: [
        KeyBinding([.char("y"), .char("Y")], "yes", .confirm, inFooter: true),
        KeyBinding([.char("n"), .char("N"), .escape, .enter, .char("q")], "no", .dismiss, inFooter: true),
    ])

    public static let pick = KeyMap(title: "Choose", bindings: [
        KeyBinding([.char("j"), .down, .tab], "next", .pickNext),
        KeyBinding([.char("k"), .up, .backTab], "previous", .pickPrevious),
        KeyBinding([.enter], "choose", .pickChoose, inFooter: true),
        KeyBinding([.escape, .char("q")], "cancel", .dismiss, inFooter: true),
    ])

    /// A text prompt: typing edits the text, so only Enter and Esc are bindings.
    public static let prompt = KeyMap(title: "Prompt", bindings: [
        KeyBinding([.enter], "apply", .pickChoose, inFooter: true),
        KeyBinding([.escape], "cancel", .dismiss, inFooter: true),
    ])

    public static let message = KeyMap(title: "Message", bindings: [
        KeyBinding([.enter, .escape, .char("q")], "close", .dismiss, inFooter: true),
    ])

    public static let help = KeyMap(title: "Help", bindings: [
        KeyBinding([.char("j"), .down], "scroll down", .moveDown),
        KeyBinding([.char("k"), .up], "scroll up", .moveUp),
        KeyBinding([.escape, .char("q"), .char("?")], "close", .dismiss, inFooter: true),
    ])
}
