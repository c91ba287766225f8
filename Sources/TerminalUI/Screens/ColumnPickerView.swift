import LeadBrowser
import ScreenText

/// The column picker drawn over the list (which already shows the columns as picked): one line
/// per candidate, `[x]` shown or `[ ]` hidden, its title and its config.toml name, the selected
/// line highlighted. The layout is one function, so a click lands on the line drawn there.
enum ColumnPickerView {
    /// Where the box is, and which entry its first line shows.
    struct Layout: Equatable {
        var box: Rect
        var first: Int
        var rows: Int
        var titleWidth: Int
    }

    static func layout(_ picker: ColumnPicker, area: Rect) -> Layout {
        let titleWidth = picker.entries.map { TerminalText.width(of: TerminalText.sanitized($0.column.title)) }.max() ?? 1
        let nameWidth = picker.entries.map { TerminalText.width(of: TerminalText.sanitized($0.column.name)) }.max() ?? 1
        let box = area.centered(width: min(area.width - 2, 6 + titleWidth + 2 + nameWidth + 2), height: min(area.height, picker.entries.count + 2))
        let rows = max(0, box.height - 2)
        let first = ScrollWindow.offset(keeping: picker.selected, visible: rows, current: 0, total: picker.entries.count)
        return Layout(box: box, first: first, rows: rows, titleWidth: min(titleWidth, max(1, box.width / 2)))
    }

    static func draw(_ picker: ColumnPicker, in canvas: Canvas, area: Rect) {
        let layout = layout(picker, area: area)
        guard layout.box.width >= 8, layout.box.height >= 3 else { return }
        canvas.fill(layout.box)
        let shown = picker.entries.filter(\.shown).count
        canvas.box(layout.box, title: "Columns · \(shown) shown", style: .border)
        let inner = layout.box.inset(by: 1)
        for row in 0..<layout.rows {
            let index = layout.first + row
            guard index < picker.entries.count else { break }
            let entry = picker.entries[index]
            let y = inner.y + row
            let selected = index == picker.selected
            let style: Style = selected ? .selected : .normal
            if selected { canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            canvas.draw(" " + (entry.shown ? "[x] " : "[ ] "), x: inner.x, y: y, maxWidth: inner.width, style: style)
            canvas.drawFitted(entry.column.title, x: inner.x + 5, y: y, width: min(layout.titleWidth, max(0, inner.width - 5)), style: style)
            let nameX = inner.x + 5 + layout.titleWidth + 2
            if nameX < inner.maxX {
                canvas.draw(entry.column.name, x: nameX, y: y, maxWidth: inner.maxX - nameX, style: selected ? style : .dim)
            }
        }
    }

    /// The entry drawn at `x`, `y`, if any.
    static func entry(at x: Int, _ y: Int, picker: ColumnPicker, area: Rect) -> Int? {
        let layout = layout(picker, area: area)
        let inner = layout.box.inset(by: 1)
        guard x >= inner.x, x < inner.maxX, y >= inner.y, y < inner.y + layout.rows else { return nil }
        let index = layout.first + (y - inner.y)
        return index < picker.entries.count ? index : nil
    }
}
