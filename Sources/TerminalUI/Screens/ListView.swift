import LeadBrowser
import ScreenText

/// The lead list: title, column header, one row per visible entry (loading and failed pages
/// shown in place), status line with the position, footer. Selection in reverse video so it
/// reads on monochrome terminals and under `NO_COLOR`.
enum ListView {
    static func draw(_ state: AppState, in canvas: Canvas) {
        let area = canvas.bounds
        canvas.drawFitted(ListScreenText.title(state), x: 0, y: 0, width: area.width, style: .title)
        let table = ListScreenText.tableLines(state, width: area.width)
        canvas.drawFitted(table.header, x: 0, y: 1, width: area.width, style: .header)
        drawColumnCursor(state, columns: table.columns, width: area.width, in: canvas)
        let rows = max(0, area.height - AppState.chromeRows)
        // Every cell of the body is written exactly once: rows, then blank below them.
        let drawn = min(rows, table.rows.count)
        for (index, line) in table.rows.prefix(rows).enumerated() {
            draw(line, columns: table.columns, y: 2 + index, width: area.width, in: canvas)
        }
        canvas.fill(Rect(x: 0, y: 2 + drawn, width: area.width, height: rows - drawn))
        if table.rows.isEmpty, rows > 1 {
            let filtered = state.query.fullText != nil || state.query.email != nil || state.query.tag != nil || state.list.narrowing != nil
            let empty: String
            var style = Style.dim
            if state.list.totalCount == nil, case .failed(let message) = state.list.cache.peek(0) {
                empty = "Could not load leads: \(message). r to retry."
                style = .error
            } else if state.list.totalCount == nil {
                empty = "Loading…"
            } else {
                empty = filtered ? "No lead matches." : state.query.trash ? "The trash is empty." : "No leads yet. Press n to create one."
            }
            canvas.drawFitted(empty, x: 2, y: 3, width: area.width - 4, style: style)
        }
        BrowserScreen.drawChrome(state, in: canvas)
        if let search = ListScreenText.searchLine(state) {
            canvas.cursor = Point(x: min(area.width - 1, 1 + TerminalText.width(of: search)), y: area.height - 2)
        }
    }

    /// The header of the column `←`/`→` moved to, in reverse video: the one `s` sorts by.
    private static func drawColumnCursor(_ state: AppState, columns: [TableColumn], width: Int, in canvas: Canvas) {
        guard let cursor = state.columnCursor else { return }
        let candidates = LeadTable.candidates(state.tableColumns, sort: state.query.sort)
        guard candidates.indices.contains(cursor) else { return }
        var x = 0
        for column in columns where x < width {
            if column.field == candidates[cursor] {
                canvas.drawFitted(column.title, x: x, y: 1, width: min(column.width, width - x), style: .selected)
                return
            }
            x += column.width + 1
        }
    }

    /// One table row, cell by cell into its column (so a plain-ASCII cell skips grapheme work),
    /// the gaps between columns in the row's style.
    private static func draw(_ line: TableLine, columns: [TableColumn], y: Int, width: Int, in canvas: Canvas) {
        let style = line.selected ? Style.selected.reversed : line.marked ? .marked : .normal
        switch line.content {
        case .placeholder(let text):
            canvas.drawFitted(text, x: 0, y: y, width: width, style: style)
        case .cells(let cells):
            var x = 0
            for (column, text) in zip(columns, cells) where x < width {
                if x > 0 { canvas.put(" ", cellWidth: 1, x: x - 1, y: y, style: style) }
                canvas.drawFitted(text, x: x, y: y, width: min(column.width, width - x), style: style)
                x += column.width + 1
            }
            if x - 1 < width { canvas.fill(Rect(x: max(0, x - 1), y: y, width: width - max(0, x - 1), height: 1), style: style) }
        }
    }
}
