import LeadBrowser

/// A list of rows in columns with a header and one selected row: the lead list, and any other
/// list. Selection and scroll offset come from the caller (the generic list view-model).
public struct TableWidget: Widget {
    /// How one table column claims width. A column gets at least `minWidth`, grows towards its content
    /// up to `maxWidth`, and then columns with `flex` share whatever is left in proportion. Sizing is
    /// from the rows given, so the caller decides whether widths follow the page or stay fixed.
    public struct Column: Hashable, Sendable {
        public var title: String
        public var minWidth: Int
        public var maxWidth: Int?
        public var flex: Int
        public var alignment: Alignment

        public init(_ title: String, minWidth: Int = 1, maxWidth: Int? = nil, flex: Int = 0, alignment: Alignment = .left) {
            self.title = title
            self.minWidth = max(0, minWidth)
            self.maxWidth = maxWidth
            self.flex = max(0, flex)
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    /// Index into `rows` of the highlighted row.
    public var selected: Int?
    /// Index of the first row shown; use `ScrollWindow.offset` to keep the selection visible.
    public var offset: Int
    public var showHeader: Bool
    /// Per-row style overrides (for example `.dim` for a trashed lead); selection wins.
    public var rowStyles: [Int: Style]
    /// Shown centred, dim, when there are no rows.
    public var emptyText: String

    public init(columns: [Column], rows: [[String]], selected: Int? = nil, offset: Int = 0,
                showHeader: Bool = true, rowStyles: [Int: Style] = [:], emptyText: String = "") {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.showHeader = showHeader
        self.rowStyles = rowStyles
        self.emptyText = emptyText
    }

    /// Rows of data that fit in an area of `height` rows.
    public func visibleRowCount(height: Int) -> Int { max(0, height - (showHeader ? 1 : 0)) }

    public func render(in canvas: Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let widths = Self.columnWidths(columns, rows: rows, available: area.width)
        var y = area.y
        if showHeader {
            drawRow(columns.map(\.title), widths: widths, in: canvas, x: area.x, y: y, width: area.width, style: .header)
            y += 1
        }
        guard !rows.isEmpty else {
            let slot = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
            if !slot.isEmpty {
                canvas.drawFitted(emptyText, x: area.x, y: slot.y + slot.height / 2, width: area.width, style: .dim, alignment: .center)
            }
            return
        }
        var index = max(0, offset)
        while y < area.maxY, index < rows.count {
            let style = index == selected ? Style.selected : (rowStyles[index] ?? .normal)
            drawRow(rows[index], widths: widths, in: canvas, x: area.x, y: y, width: area.width, style: style)
            y += 1
            index += 1
        }
    }

    private func drawRow(_ cells: [String], widths: [Int], in canvas: Canvas, x: Int, y: Int, width: Int, style: Style) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        var column = x
        for (i, w) in widths.enumerated() where w > 0 {
            let text = i < cells.count ? cells[i] : ""
            canvas.drawFitted(text, x: column, y: y, width: w, style: style, alignment: columns[i].alignment)
            column += w + 1
        }
    }

    /// The width of each column for `available` columns of screen, with one space between
    /// columns. Columns that do not fit even at their minimum get width 0 (are hidden), from the
    /// right, so the leftmost (most important) columns always show.
    public static func columnWidths(_ columns: [Column], rows: [[String]], available: Int) -> [Int] {
        var widths = Array(repeating: 0, count: columns.count)
        var used = 0
        var shown: [Int] = []
        for (i, column) in columns.enumerated() {
            let gap = shown.isEmpty ? 0 : 1
            let want = max(1, column.minWidth)
            if used + gap + want > available {
                if shown.isEmpty, available > 0 { widths[i] = available; shown.append(i); used = available }
                break
            }
            widths[i] = want
            used += gap + want
            shown.append(i)
        }
        // Grow towards natural (content) width, left to right.
        for i in shown {
            let column = columns[i]
            var natural = TerminalText.width(of: TerminalText.sanitized(column.title))
            for row in rows where i < row.count {
                natural = max(natural, TerminalText.width(of: TerminalText.sanitized(row[i])))
            }
            if let cap = column.maxWidth { natural = min(natural, cap) }
            let extra = min(max(0, natural - widths[i]), available - used)
            widths[i] += extra
            used += extra
        }
        // Share what is left among flexible columns, by weight, capped by maxWidth.
        var spare = available - used
        while spare > 0 {
            let growable = shown.filter { columns[$0].flex > 0 && widths[$0] < (columns[$0].maxWidth ?? Int.max) }
            guard !growable.isEmpty else { break }
            let weight = growable.reduce(0) { $0 + columns[$1].flex }
            var given = 0
            for i in growable {
                let share = max(1, spare * columns[i].flex / weight)
                let room = (columns[i].maxWidth ?? Int.max) - widths[i]
                let add = min(share, room, spare - given)
                widths[i] += add
                given += add
                if given >= spare { break }
            }
            if given == 0 { break }
            spare -= given
        }
        return widths
    }
}
