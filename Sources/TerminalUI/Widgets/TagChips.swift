import LeadBrowser

/// A lead's tags as chips that wrap onto as many rows as they need: ` vip `, ` 東京 `. One chip
/// can be selected (for removal in the form). A chip wider than the row is cut with `…` rather
/// than dropped, so every tag stays visible and countable.
public struct TagChips: Widget {
    public var tags: [String]
    public var selected: Int?
    /// Shown when there are no tags.
    public var emptyText: String

    public init(tags: [String], selected: Int? = nil, emptyText: String = "no tags") {
        self.tags = tags
        self.selected = selected
        self.emptyText = emptyText
    }

    /// Each chip's position: (tag index, x offset, row, chip width) for a given width.
    func layout(width: Int) -> [(index: Int, x: Int, row: Int, width: Int)] {
        guard width > 0 else { return [] }
        var out: [(Int, Int, Int, Int)] = []
        var x = 0, row = 0
        for (i, tag) in tags.enumerated() {
            let chip = min(width, TerminalText.width(of: TerminalText.sanitized(tag)) + 2)
            if x > 0, x + chip > width { x = 0; row += 1 }
            out.append((i, x, row, chip))
            x += chip + 1
        }
        return out
    }

    /// Rows needed to show every chip at this width (at least one, for the empty text).
    public func rowCount(width: Int) -> Int {
        (layout(width: width).last?.row ?? 0) + 1
    }

    public func render(in canvas: Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        if tags.isEmpty {
            canvas.draw(emptyText, x: area.x, y: area.y, maxWidth: area.width, style: .placeholder)
            return
        }
        for chip in layout(width: area.width) where chip.row < area.height {
            let style: Style = chip.index == selected ? .selected : .tagChip
            canvas.drawFitted(" " + tags[chip.index] + " ", x: area.x + chip.x, y: area.y + chip.row, width: chip.width, style: style)
        }
    }
}
