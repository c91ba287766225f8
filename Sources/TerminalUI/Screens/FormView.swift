import LeadBrowser

/// The edit and create form: every field with its label, a `*` on changed ones, the validation
/// message under a field, the cursor in the focused one; tags and attributes as rows of the same
/// form. The terminal cursor is placed where typing lands.
enum FormView {
    static func draw(_ form: FormState, state: AppState, in canvas: Canvas) {
        let area = canvas.bounds
        let title = form.isCreate ? "New lead" : "Edit · " + LeadTable.title(of: form.original)
        canvas.drawFitted(title + (form.isDirty ? " (unsaved)" : ""), x: 0, y: 0, width: area.width, style: .title)
        widget(form, rows: FormRows.rows(form), height: area.height).render(in: canvas, area: BrowserScreen.body(area))
        BrowserScreen.drawChrome(state, left: form.saveError, in: canvas)
    }

    /// The form's rows as the widget draws them on a screen `height` rows tall.
    static func widget(_ form: FormState, rows: [FormRow], height: Int) -> FormWidget {
        let fields = rows.map { row in
            FormWidget.Field(
                (row.dirty ? "*" : "") + row.label, row.lines.joined(separator: "\n"), multiline: row.lines.count > 1 || row.focus == .field(.note),
                error: row.issue, visibleLines: visibleLines(row, height: height), dirty: row.dirty)
        }
        let focused = rows.firstIndex { $0.cursor != nil }
        let cursor = focused.flatMap { rows[$0].cursor }.map { FormWidget.Cursor(line: $0.line, column: $0.column) }
        return FormWidget(fields: fields, focused: focused, cursor: cursor)
    }

    /// The row of the form and the line of its value drawn at screen row `y`, if any.
    static func hit(_ form: FormState, y: Int, screen: Rect) -> (focus: FormFocus, line: Int)? {
        let rows = FormRows.rows(form)
        guard let hit = widget(form, rows: rows, height: screen.height).hit(y: y, area: BrowserScreen.body(screen)) else { return nil }
        return (rows[hit.field].focus, hit.line)
    }

    /// Rows a field may take: the note four, the attributes tree whatever the screen has left
    /// after the other fields (at least eight), anything else all its lines up to eight.
    static func visibleLines(_ row: FormRow, height: Int) -> Int {
        switch row.focus {
        case .field(.note): 4
        case .attributes: max(1, min(row.lines.count, max(8, height - 16)))
        default: max(1, min(8, row.lines.count))
        }
    }
}
