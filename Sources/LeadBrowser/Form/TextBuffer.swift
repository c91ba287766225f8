/// An editable piece of text with a cursor that moves by grapheme cluster, so a flag emoji, a
/// CJK character or an `é` written with a combining accent is one step, never half a character.
/// Emacs line keys work here because people who live in terminals expect them in every field.
/// Invariant: `0 <= cursor <= characters.count`, and `characters` is the grapheme split of `text`.
public struct TextBuffer: Sendable, Hashable {
    /// The text as grapheme clusters; the cursor indexes into this array.
    public private(set) var characters: [Character]
    /// Position of the cursor, in graphemes from the start (0 … characters.count).
    public private(set) var cursor: Int
    /// True lets Enter insert a newline and ↑ ↓ move between lines (the note field).
    public let multiline: Bool
    /// The last killed text (^K ^U ^W M-d), put back by ^Y.
    public private(set) var killed: String = ""

    /// A buffer holding `text` with the cursor at its end, where typing naturally continues.
    public init(_ text: String = "", multiline: Bool = false) {
        self.multiline = multiline
        self.characters = Array(text)
        self.cursor = characters.count
    }

    /// The whole text.
    public var text: String { String(characters) }

    /// Replaces the whole text, cursor at the end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Moves the cursor, clamped to the text.
    public mutating func moveCursor(to position: Int) {
        cursor = max(0, min(position, characters.count))
    }

    // MARK: - Editing

    /// Inserts text at the cursor. A pasted newline becomes a space in a one-line field.
    public mutating func insert(_ text: String) {
        let clean = text.map { $0.isNewline ? (multiline ? "\n" : " ") : String($0) }.joined()
        guard !clean.isEmpty else { return }
        let before = String(characters[..<cursor]) + clean
        let joined = before + String(characters[cursor...])
        characters = Array(joined)
        cursor = min(Array(before).count, characters.count)
    }

    /// Deletes the grapheme before the cursor (Backspace).
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
        resegment()
    }

    /// Deletes the grapheme under the cursor (Delete, ^D).
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        resegment()
    }

    /// Kills from the cursor to the end of the line (^K); at a line end, kills the newline.
    public mutating func killToLineEnd() {
        var end = lineEnd
        if end == cursor, end < characters.count { end += 1 }
        kill(cursor..<end)
    }

    /// Kills from the start of the line to the cursor (^U).
    public mutating func killToLineStart() { kill(lineStart..<cursor) }

    /// Kills the word before the cursor (^W, M-Backspace).
    public mutating func killWordBackward() { kill(wordStartBefore(cursor)..<cursor) }

    /// Kills the word after the cursor (M-d).
    public mutating func killWordForward() { kill(cursor..<wordEndAfter(cursor)) }

    /// Inserts the last killed text (^Y).
    public mutating func yank() { insert(killed) }

    private mutating func kill(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        killed = String(characters[range])
        characters.removeSubrange(range)
        cursor = range.lowerBound
        resegment()
    }

    /// Removing a grapheme can let its neighbours join (a combining mark after a deleted base,
    /// flag letters pairing differently), so the text is split again as a whole.
    private mutating func resegment() {
        let before = String(characters[..<cursor])
        let joined = Array(before + String(characters[cursor...]))
        if joined != characters {
            characters = joined
            cursor = min(Array(before).count, characters.count)
        }
    }

    // MARK: - Motion

    /// One grapheme left (← ^B).
    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    /// One grapheme right (→ ^F).
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    /// Start of the current line (^A Home).
    public mutating func moveToLineStart() { cursor = lineStart }
    /// End of the current line (^E End).
    public mutating func moveToLineEnd() { cursor = lineEnd }
    /// Start of the word before the cursor (M-b).
    public mutating func moveWordBackward() { cursor = wordStartBefore(cursor) }
    /// End of the word after the cursor (M-f).
    public mutating func moveWordForward() { cursor = wordEndAfter(cursor) }

    /// Moves one line up or down keeping the column; false when there is no such line.
    @discardableResult
    public mutating func moveLine(by delta: Int) -> Bool {
        let (line, column) = lineAndColumn
        let starts = lineStarts
        let target = line + delta
        guard target >= 0, target < starts.count else { return false }
        let start = starts[target]
        let end = target + 1 < starts.count ? starts[target + 1] - 1 : characters.count
        cursor = min(start + column, end)
        return true
    }

    /// The lines of the text, for drawing a multi-line field.
    public var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The cursor's line and column (both in graphemes, from 0).
    public var lineAndColumn: (line: Int, column: Int) {
        let starts = lineStarts
        let line = (starts.lastIndex { $0 <= cursor }) ?? 0
        return (line, cursor - starts[line])
    }

    private var lineStarts: [Int] {
        var starts = [0]
        for (i, c) in characters.enumerated() where c.isNewline { starts.append(i + 1) }
        return starts
    }

    private var lineStart: Int {
        var i = cursor
        while i > 0, !characters[i - 1].isNewline { i -= 1 }
        return i
    }

    private var lineEnd: Int {
        var i = cursor
        while i < characters.count, !characters[i].isNewline { i += 1 }
        return i
    }

    private func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    private func wordStartBefore(_ position: Int) -> Int {
        var i = position
        while i > 0, !isWord(characters[i - 1]) { i -= 1 }
        while i > 0, isWord(characters[i - 1]) { i -= 1 }
        return i
    }

    private func wordEndAfter(_ position: Int) -> Int {
        var i = position
        while i < characters.count, !isWord(characters[i]) { i += 1 }
        while i < characters.count, isWord(characters[i]) { i += 1 }
        return i
    }
}
