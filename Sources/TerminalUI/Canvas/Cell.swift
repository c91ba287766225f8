/// One cell of a `GridCanvas` as tests read it (the canvas stores cells packed, see `CellCode`).
/// A wide character occupies its lead cell and the cell to its right, which is marked as a
/// continuation so the grid never holds half a character.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown, or `nil` in the right half of a wide character.
    public var character: Character?
    public var style: Style

    public init(character: Character?, style: Style) {
        self.character = character
        self.style = style
    }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { character == nil }
}
