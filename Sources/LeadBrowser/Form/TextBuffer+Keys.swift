/// The keys of a text field, kept apart from the buffer so the buffer stays a plain data
/// structure; which key does what is the text field's key map (`KeyMaps.textField`, remappable).
extension TextBuffer {
    /// Applies a key; returns false when the key is not an editing key (the form then handles it).
    /// Bindings come first, so a character remapped to an editing action edits; other characters
    /// are typed.
    public mutating func handle(_ key: Key, map: KeyMap = KeyMaps.textField) -> Bool {
        if case .paste(let text) = key {
            insert(text)
            return true
        }
        if let action = map.action(for: key) { return perform(action) }
        if case .char(let c) = key {
            insert(String(c))
            return true
        }
        return false
    }

    /// Runs a text field action; false when it does not apply here (the Note keys in a one-line
    /// field, moving past the first or last line).
    mutating func perform(_ action: KeyAction) -> Bool {
        switch action {
        case .newLine where multiline: insert("\n")
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .charLeft: moveLeft()
        case .charRight: moveRight()
        case .lineStart: moveToLineStart()
        case .lineEnd: moveToLineEnd()
        case .wordLeft: moveWordBackward()
        case .wordRight: moveWordForward()
        case .killWordForward: killWordForward()
        case .killToLineEnd: killToLineEnd()
        case .killToLineStart: killToLineStart()
        case .killWordBackward: killWordBackward()
        case .yank: yank()
        case .lineUp where multiline: return moveLine(by: -1)
        case .lineDown where multiline: return moveLine(by: 1)
        default: return false
        }
        return true
    }
}
