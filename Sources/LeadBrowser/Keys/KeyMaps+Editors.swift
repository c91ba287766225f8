/// The editors' maps: a text field (every input: form fields, the search box, prompts), the
/// form's tags row and its attributes row. Typed characters are text, not bindings, so only the
/// editing keys are here; an editor that does not take a key passes it on to the screen's map.
extension KeyMaps {
    /// Emacs/readline line keys; the three Note keys act only in the multi-line Note field and
    /// pass the key on to the form elsewhere (Enter, ↑, ↓ move between fields).
    public static let textField = KeyMap(title: "Text field", screen: .text, bindings: [
        KeyBinding([.ctrl("a"), .home], "start of line", .lineStart),
        KeyBinding([.ctrl("e"), .end], "end of line", .lineEnd),
        KeyBinding([.ctrl("b"), .left], "back a character", .charLeft),
        KeyBinding([.ctrl("f"), .right], "forward a character", .charRight),
        KeyBinding([.alt("b")], "back a word", .wordLeft),
        KeyBinding([.alt("f")], "forward a word", .wordRight),
        KeyBinding([.backspace, .ctrl("h")], "delete before the cursor", .deleteBackward),
        KeyBinding([.delete, .ctrl("d")], "delete under the cursor", .deleteForward),
        KeyBinding([.ctrl("k")], "kill to line end", .killToLineEnd),
        KeyBinding([.ctrl("u")], "kill to line start", .killToLineStart),
        KeyBinding([.ctrl("w")], "kill the word before", .killWordBackward),
        KeyBinding([.alt("d")], "kill the word after", .killWordForward),
        KeyBinding([.ctrl("y")], "yank the last kill", .yank),
        KeyBinding([.enter], "new line (Note)", .newLine),
        KeyBinding([.up], "line up (Note)", .lineUp),
        KeyBinding([.down], "line down (Note)", .lineDown),
    ])

    /// The tags row: its input is a text field; the chip keys act when the input is empty.
    public static let tags = KeyMap(title: "Tags", screen: .tags, bindings: [
        KeyBinding([.enter], "add the typed tag", .addTag),
        KeyBinding([.backspace], "remove the last tag (empty input)", .removeLastTag),
        KeyBinding([.left], "select the chip before (empty input)", .chipLeft),
        KeyBinding([.right], "select the chip after", .chipRight),
        KeyBinding([.delete], "remove the selected chip", .removeChip),
    ])

    /// The attributes row (a tree of keys); while a key or value is typed, the prompt's Enter
    /// and Esc apply or cancel it.
    public static let attributes = KeyMap(title: "Attributes", screen: .attributes, bindings: [
        KeyBinding([.enter], "edit the value (strings as text, others as JSON)", .editValue),
        KeyBinding([.ctrl("r")], "rename the key", .renameKey),
        KeyBinding([.ctrl("t")], "edit the value as JSON (to change its type)", .editValueAsJSON),
        KeyBinding([.insert, .ctrl("n"), .char("+")], "add a key (inside the selected object or array)", .addKey),
        KeyBinding([.delete, .char("-")], "remove the selected key", .removeKey),
        KeyBinding([.up], "select the key above", .moveUp),
        KeyBinding([.down], "select the key below", .moveDown),
    ])
}
