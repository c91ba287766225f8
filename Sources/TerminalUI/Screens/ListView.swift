import LeadBrowser

/// The lead list: title, column header, one row per visible entry (loading and failed pages
/// shown in place), status line with the position, footer. Selection in reverse video so it
/// reads on monochrome terminals and under `NO_COLOR`.
enum ListView {
    static func draw(_ state: AppState, in canvas: Canvas) {
        let area = canvas.bounds
        canvas.drawFitted(ListScreenText.title(state), x: 0, y: 0, width: area.width, style: .title)
        let table = ListScreenText.tableLines(state, width: area.width)
        canvas.drawFitted(table.header, x: 0, y: 1, width: area.width, style: .header)
        let rows = max(0, area.height - AppState.chromeRows)
        if table.rows.isEmpty, rows > 0 {
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
        for (index, row) in table.rows.prefix(rows).enumerated() {
            canvas.drawFitted(row.text, x: 0, y: 2 + index, width: area.width, style: row.selected ? Style.selected.reversed : .normal)
        }
        BrowserScreen.drawChrome(state, in: canvas)
        if let search = ListScreenText.searchLine(state) {
            canvas.cursor = Point(x: min(area.width - 1, 1 + TerminalText.width(of: search)), y: area.height - 2)
        }
    }
}
