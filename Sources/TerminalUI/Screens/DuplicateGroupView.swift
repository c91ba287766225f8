import LeadBrowser
import LeadDuplicates

/// One duplicate group side by side: a column per lead (oldest first, the survivor marked), a
/// row per field. Rows where the leads differ are highlighted, and the value the merge keeps
/// there carries a `✓`, so the screen shows the merged lead before `m` reviews it. The cell
/// under the cursor is drawn selected.
enum DuplicateGroupView {
    static let labelWidth = 12

    static func draw(_ screen: DuplicateGroupState, state: AppState, in canvas: Canvas) {
        let area = canvas.bounds
        let status = if let failure = screen.failure {
            " · could not read a lead: \(failure)"
        } else if !screen.isLoaded {
            " · reading the leads…"
        } else {
            ""
        }
        canvas.drawFitted(
            "Duplicate group · \(DuplicatesState.summary(screen.group))\(status)", x: 0, y: 0, width: area.width,
            style: screen.failure == nil ? .title : .error)
        let body = BrowserScreen.body(area)
        let count = max(screen.group.ids.count, 1)
        let width = max(6, (body.width - labelWidth) / count)
        canvas.drawFitted("", x: body.x, y: body.y, width: labelWidth, style: .header)
        for (index, heading) in DuplicateGroupTable.headings(screen).enumerated() {
            canvas.drawFitted("  " + heading, x: body.x + labelWidth + index * width, y: body.y, width: width, style: .header)
        }
        let rows = DuplicateGroupTable.rows(screen)
        let visible = max(0, body.height - 1)
        let offset = ScrollWindow.offset(keeping: screen.row, visible: visible, current: 0, total: rows.count)
        for (line, index) in (offset..<rows.count).prefix(visible).enumerated() {
            let row = rows[index]
            let y = body.y + 1 + line
            let onRow = index == screen.row
            canvas.drawFitted((onRow ? "› " : "  ") + row.label, x: body.x, y: y, width: labelWidth, style: onRow ? .focused : .normal)
            for (column, value) in row.values.enumerated() {
                let style: Style = onRow && column == screen.column ? .selected : row.differs ? .accent : .normal
                let mark = row.chosen == column ? "✓ " : "  "
                canvas.drawFitted(mark + value, x: body.x + labelWidth + column * width, y: y, width: width, style: style)
            }
        }
        BrowserScreen.drawChrome(state, in: canvas)
    }
}
