import ScreenText

/// The edit form: rows of `label  value`, one of them focused, with the terminal cursor placed
/// in the focused value at a display column (so a CJK name puts the cursor after the right
/// cell), and a field's validation message right below it. Single-line values scroll
/// sideways to keep the cursor visible; multi-line values (the note) show up to
/// `visibleLines` lines and scroll to the cursor's line. Editing itself lives in the view-model.
public struct FormWidget: Widget {
    public struct Field: Hashable, Sendable {
        public var label: String
        public var value: String
        public var multiline: Bool
        /// Shown in place of an empty value.
        public var placeholder: String
        /// A validation message ("not an email address"), shown under the field.
        public var error: String?
        /// Rows a multi-line field takes at most.
        public var visibleLines: Int
        /// Changed and not saved: the label is drawn in the `dirty` role.
        public var dirty: Bool

        public init(_ label: String, _ value: String, multiline: Bool = false, placeholder: String = "",
                    error: String? = nil, visibleLines: Int = 4, dirty: Bool = false) {
            self.dirty = dirty
            self.label = label
            self.value = value
            self.multiline = multiline
            self.placeholder = placeholder
            self.error = error
            self.visibleLines = max(1, visibleLines)
        }

        /// The value's lines (a single-line field is always one line).
        var valueLines: [String] { multiline ? TextWrap.paragraphs(of: value) : [value] }

        /// Rows taken by the value, and by the value plus its message.
        var valueRows: Int { multiline ? min(max(1, valueLines.count), visibleLines) : 1 }
        var rows: Int { valueRows + (error == nil ? 0 : 1) }
    }

    /// Cursor in the focused field: a line of the value and a display column in that line.
    public struct Cursor: Hashable, Sendable {
        public var line: Int
        public var column: Int
        public init(line: Int = 0, column: Int) { self.line = line; self.column = column }
    }

    public var fields: [Field]
    public var focused: Int?
    public var cursor: Cursor?
    /// First row of the form shown; moved as needed to keep the focused field on screen.
    public var offset: Int

    public init(fields: [Field], focused: Int? = nil, cursor: Cursor? = nil, offset: Int = 0) {
        self.fields = fields
        self.focused = focused
        self.cursor = cursor
        self.offset = offset
    }

    /// The first row shown in an area of `height` rows, keeping the focused field in view.
    public func scrollOffset(height: Int) -> Int {
        var tops: [Int] = []
        var y = 0
        for field in fields { tops.append(y); y += field.rows }
        var start = max(0, min(offset, y - height))
        if let focused, focused < fields.count {
            let top = tops[focused], bottom = top + fields[focused].rows
            if bottom > start + height { start = bottom - height }
            if top < start { start = top }
        }
        return max(0, start)
    }

    public func render(in canvas: Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let labelWidth = min(16, max(1, fields.map { TerminalText.width(of: TerminalText.sanitized($0.label)) }.max() ?? 1), area.width / 3)
        let valueX = area.x + 2 + labelWidth + 2
        let valueWidth = area.maxX - valueX
        var y = area.y - scrollOffset(height: area.height)
        for (index, field) in fields.enumerated() {
            let isFocused = index == focused
            if y >= area.y, y < area.maxY {
                if isFocused { canvas.draw("›", x: area.x, y: y, maxWidth: 1, style: .focused) }
                canvas.drawFitted(field.label, x: area.x + 2, y: y, width: labelWidth, style: isFocused ? .focused : field.dirty ? .dirty : .dim)
            }
            if valueWidth > 0 {
                drawValue(field, focused: isFocused, in: canvas, x: valueX, y: y, width: valueWidth, area: area)
            }
            if let error = field.error {
                let ey = y + field.valueRows
                if ey >= area.y, ey < area.maxY, valueWidth > 0 {
                    canvas.draw("! " + error, x: valueX, y: ey, maxWidth: valueWidth, style: .error)
                }
            }
            y += field.rows
        }
    }

    /// The field drawn on row `y` of `area` and the line of its value there (a multi-line value
    /// scrolled to its cursor counts from its first line), or nil between and after fields. The
    /// same arithmetic as `render`, so a click focuses the field it was on.
    public func hit(y: Int, area: Rect) -> (field: Int, line: Int)? {
        guard y >= area.y, y < area.maxY else { return nil }
        var top = area.y - scrollOffset(height: area.height)
        for (index, field) in fields.enumerated() {
            if y >= top, y < top + field.rows {
                let row = min(y - top, field.valueRows - 1)
                return (index, firstLine(field, focused: index == focused) + row)
            }
            top += field.rows
        }
        return nil
    }

    /// The first line of a value shown: a focused multi-line value scrolls to its cursor's line.
    private func firstLine(_ field: Field, focused: Bool) -> Int {
        guard focused else { return 0 }
        let cursor = self.cursor ?? Cursor(line: 0, column: 0)
        return ScrollWindow.offset(keeping: cursor.line, visible: field.valueRows, current: 0, total: max(field.valueLines.count, cursor.line + 1))
    }

    private func drawValue(_ field: Field, focused: Bool, in canvas: Canvas, x: Int, y: Int, width: Int, area: Rect) {
        let lines = field.valueLines
        let cursor = focused ? (self.cursor ?? Cursor(line: 0, column: 0)) : nil
        let first = firstLine(field, focused: focused)
        let shift = cursor.map { max(0, $0.column - width + 1) } ?? 0
        let style: Style = focused ? .focused : .normal
        for row in 0..<field.valueRows {
            let ry = y + row
            guard ry >= area.y, ry < area.maxY else { continue }
            if focused { canvas.fill(Rect(x: x, y: ry, width: width, height: 1), style: style) }
            let lineIndex = first + row
            if field.value.isEmpty, row == 0 {
                canvas.draw(field.placeholder, x: x, y: ry, maxWidth: width, style: .placeholder)
            } else if lineIndex < lines.count {
                canvas.draw(TextWrap.dropColumns(TerminalText.sanitized(lines[lineIndex]), shift), x: x, y: ry, maxWidth: width, style: style)
            }
            if let cursor, cursor.line == lineIndex {
                canvas.cursor = Point(x: x + cursor.column - shift, y: ry)
            }
        }
    }
}
