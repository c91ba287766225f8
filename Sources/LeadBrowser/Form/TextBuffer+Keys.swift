/// The Emacs/readline key table of a text field, kept apart from the buffer so the buffer stays a
/// plain data structure and the keys stay easy to read in one place.
extension TextBuffer {
    /// Applies a key; returns false when the key is not an editing key (the form then handles it).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .paste(let text): insert(text)
        case .enter where multiline: insert("\n")
        case .backspace, .ctrl("h"): deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveToLineStart()
        case .end, .ctrl("e"): moveToLineEnd()
        case .alt("b"): moveWordBackward()
        case .alt("f"): moveWordForward()
        case .alt("d"): killWordForward()
        case .ctrl("k"): killToLineEnd()
        case .ctrl("u"): killToLineStart()
        case .ctrl("w"): killWordBackward()
        case .ctrl("y"): yank()
        case .up where multiline: return moveLine(by: -1)
        case .down where multiline: return moveLine(by: 1)
        default: return false
        }
        return true
    }
}
