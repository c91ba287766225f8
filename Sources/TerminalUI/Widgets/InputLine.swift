import ScreenText

/// A one-row text prompt: the `/` search box, a tag or email filter, a field name. Shows the
/// prompt, the text scrolled sideways so the cursor stays visible, a dim placeholder when empty,
/// and an optional hint at the right (`substring match · Enter search`). The cursor is given in
/// display columns, as the view-model's line editor measures it.
public struct InputLine: Widget {
    public var prompt: String
    public var text: String
    /// Cursor position in display columns from the start of `text`.
    public var cursorColumn: Int
    public var placeholder: String
    /// Right-aligned, dim; dropped first when the row is narrow.
    public var hint: String

    public init(prompt: String, text: String, cursorColumn: Int? = nil, placeholder: String = "", hint: String = "") {
        self.prompt = prompt
        self.text = text
        self.cursorColumn = cursorColumn ?? TerminalText.width(of: TerminalText.sanitized(text))
        self.placeholder = placeholder
        self.hint = hint
    }

    public func render(in canvas: Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let y = area.y
        canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1))
        let x = area.x + canvas.draw(prompt, x: area.x, y: y, maxWidth: area.width, style: .accent)
        let hintWidth = TerminalText.width(of: TerminalText.sanitized(hint))
        var fieldEnd = area.maxX
        if hintWidth > 0, area.maxX - x >= hintWidth + 12 {
            fieldEnd = area.maxX - hintWidth - 1
            canvas.draw(hint, x: fieldEnd + 1, y: y, maxWidth: hintWidth, style: .dim)
            fieldEnd -= 1
        }
        let width = fieldEnd - x
        guard width > 0 else { return }
        if text.isEmpty {
            canvas.draw(placeholder, x: x, y: y, maxWidth: width, style: .placeholder)
            canvas.cursor = Point(x: x, y: y)
            return
        }
        let shift = max(0, cursorColumn - width + 1)
        canvas.draw(TextWrap.dropColumns(TerminalText.sanitized(text), shift), x: x, y: y, maxWidth: width)
        canvas.cursor = Point(x: x + cursorColumn - shift, y: y)
    }
}
