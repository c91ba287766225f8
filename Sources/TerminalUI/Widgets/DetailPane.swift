import ScreenText

/// One lead shown read-only: `Label  value` lines with the labels in a column and the values
/// wrapped to the room left, multi-line values (a note) keeping their line breaks. The caller
/// scrolls with `offset` (in wrapped lines); `lineCount(width:)` bounds it.
public struct DetailPane: Widget {
    public struct Line: Hashable, Sendable {
        public var label: String
        public var value: String
        /// Style for the value; a missing value is usually given `.placeholder`.
        public var style: Style
        public init(_ label: String, _ value: String, style: Style = .normal) {
            self.label = label
            self.value = value
            self.style = style
        }
    }

    public var lines: [Line]
    public var offset: Int
    /// Labels are cut to this many columns at most.
    public var maxLabelWidth: Int

    public init(lines: [Line], offset: Int = 0, maxLabelWidth: Int = 16) {
        self.lines = lines
        self.offset = offset
        self.maxLabelWidth = maxLabelWidth
    }

    func labelWidth(for width: Int) -> Int {
        let widest = lines.map { TerminalText.width(of: TerminalText.sanitized($0.label)) }.max() ?? 0
        return max(0, min(widest, maxLabelWidth, width / 3))
    }

    /// Every row to draw for `width` columns: (label or "", value piece, style).
    func rows(width: Int) -> [(label: String, value: String, style: Style)] {
        let lw = labelWidth(for: width)
        let valueWidth = max(1, width - lw - 2)
        var out: [(String, String, Style)] = []
        for line in lines {
            let pieces = TextWrap.wrap(line.value, width: valueWidth)
            for (i, piece) in pieces.enumerated() {
                out.append((i == 0 ? line.label : "", piece, line.style))
            }
        }
        return out
    }

    /// Rows the pane needs at this width.
    public func lineCount(width: Int) -> Int { rows(width: width).count }

    public func render(in canvas: Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let lw = labelWidth(for: area.width)
        let all = rows(width: area.width)
        let start = max(0, min(offset, all.count - area.height))
        for (i, row) in all.dropFirst(start).prefix(area.height).enumerated() {
            let y = area.y + i
            if lw > 0, !row.label.isEmpty {
                canvas.drawFitted(row.label, x: area.x, y: y, width: lw, style: .dim)
            }
            canvas.draw(row.value, x: area.x + lw + 2, y: y, maxWidth: area.width - lw - 2, style: row.style)
        }
    }
}
