import ScreenText
import TiledeskLeads

/// One row of the form as the front end draws it: label, the text lines (sanitized), where the
/// cursor is in terminal columns (nil when not focused), the dirty mark and the validation message.
public struct FormRow: Sendable, Hashable {
    public var focus: FormFocus
    public var label: String
    public var lines: [String]
    /// Cursor line and terminal column within `lines`, when this row has the keyboard.
    public var cursor: (line: Int, column: Int)? {
        get { cursorLine.map { ($0, cursorColumn) } }
        set {
            cursorLine = newValue?.line
            cursorColumn = newValue?.column ?? 0
        }
    }
    public var dirty: Bool
    public var issue: String?
    private var cursorLine: Int?
    private var cursorColumn = 0

    /// A row with no cursor; `rows(_:)` sets the cursor on the focused row.
    public init(focus: FormFocus, label: String, lines: [String], dirty: Bool, issue: String?) {
        self.focus = focus
        self.label = label
        self.lines = lines
        self.dirty = dirty
        self.issue = issue
    }
}

/// The form as rows: pure function of `FormState`.
public enum FormRows {
    /// The label of a row, also used in validation messages in the status line.
    public static func label(of focus: FormFocus) -> String {
        switch focus {
        case .field(let f): f.label
        case .tags: "Tags"
        case .attributes: "Attributes"
        }
    }

    /// Every row of the form, in Tab order, ready to draw.
    public static func rows(_ form: FormState) -> [FormRow] {
        FormFocus.order.map { focus in
            var row = FormRow(focus: focus, label: label(of: focus), lines: [], dirty: form.isDirty(focus), issue: form.issue(focus))
            if focus == .field(.email), row.issue == nil { row.issue = AppState.duplicateWarning(form) }
            if case .field(let field) = focus, field == .phone || field == .fullname, row.issue == nil {
                row.issue = AppState.indexWarning(form, for: field)
            }
            switch focus {
            case .field(let f):
                let buffer = form.fields[f]!
                row.lines = buffer.lines.map(TerminalText.sanitized)
                if form.focus == focus { row.cursor = cursorPosition(buffer) }
            case .tags:
                let chips = form.tags.tags.enumerated().map { i, tag in
                    i == form.tags.selectedChip ? "▸[\(TerminalText.sanitized(tag))]" : "[\(TerminalText.sanitized(tag))]"
                }.joined(separator: " ")
                let prefix = chips.isEmpty ? "" : chips + " "
                row.lines = [prefix + TerminalText.sanitized(form.tags.input.text)]
                if form.focus == focus { row.cursor = (0, TerminalText.width(of: prefix) + cursorPosition(form.tags.input).column) }
            case .attributes:
                let editor = form.attributes
                row.lines = editor.rows.enumerated().map { i, r in
                    let marker = i == editor.selected && form.focus == focus ? "▸" : " "
                    let indent = String(repeating: "  ", count: r.depth)
                    if i == editor.selected, let editing = editor.editing {
                        let label = if case .key = editing { "" } else { TerminalText.sanitized(r.label) + ": " }
                        return marker + indent + label + TerminalText.sanitized(editor.input.text)
                    }
                    return marker + indent + TerminalText.sanitized(r.label) + ": " + TerminalText.sanitized(r.summary)
                }
                if row.lines.isEmpty { row.lines = [" (none — Ins adds a key)"] }
                if form.focus == focus, editor.editing != nil, let r = editor.selectedRow {
                    let prefixText = " " + String(repeating: "  ", count: r.depth)
                        + (editor.editing.map { if case .key = $0 { "" } else { TerminalText.sanitized(r.label) + ": " } } ?? "")
                    row.cursor = (editor.selected, TerminalText.width(of: prefixText) + cursorPosition(editor.input).column)
                } else if form.focus == focus {
                    // On the selection marker: the form shows the focus and scrolls the tree to it.
                    row.cursor = (min(editor.selected, row.lines.count - 1), 0)
                }
            }
            return row
        }
    }

    /// The cursor's line and terminal column (wide characters count two).
    public static func cursorPosition(_ buffer: TextBuffer) -> (line: Int, column: Int) {
        let (line, column) = buffer.lineAndColumn
        let text = buffer.lines[line]
        let prefix = String(text.prefix(column))
        return (line, TerminalText.width(of: TerminalText.sanitized(prefix)))
    }
}
