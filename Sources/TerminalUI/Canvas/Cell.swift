/// One cell of a `GridCanvas`. A wide character occupies its lead cell and the cell to its right,
/// which is marked as a continuation so the grid never holds half a character.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown, or `nil` in the right half of a wide character.
    public var character: Character?
    public var style: Style

    public init(character: Character?, style: Style) {
        self.character = character
        self.style = style
    }

    /// A blank cell in the normal style.
    public static let blank = Cell(character: " ", style: .normal)

    /// True for the right half of a wide character.
    public var isContinuation: Bool { character == nil }
}
