import ScreenText
/// One row of the lead table as the screen draws it: a lead's text per column, or one placeholder
/// (loading, failed) across the whole row. The text is raw: the canvas sanitizes and fits each
/// cell as it draws it, in one pass, which keeps a frame cheap enough for every keystroke.
public struct TableLine: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// One string per column of the layout, in order.
        case cells([String])
        /// A loading or failed page's row, one string across the whole width.
        case placeholder(String)
    }

    public var content: Content
    public var selected: Bool
    /// The row's lead is marked for a bulk action.
    public var marked: Bool

    public init(_ content: Content, selected: Bool, marked: Bool = false) {
        self.content = content
        self.selected = selected
        self.marked = marked
    }

    /// The line exactly as wide as `columns` (placeholders as wide as their sum plus gaps), as a
    /// user reads it.
    public func text(columns: [TableColumn]) -> String {
        switch content {
        case .cells(let cells):
            zip(columns, cells).map { TerminalText.cell($1, width: $0.width) }.joined(separator: " ")
        case .placeholder(let text):
            TerminalText.cell(text, width: columns.reduce(0) { $0 + $1.width } + max(0, columns.count - 1))
        }
    }
}
