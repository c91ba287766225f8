import TiledeskLeads

/// Clicks above the list (`--mouse`): a click in the form focuses the field it was on, a dialog
/// takes a click on one of its choices as that choice, and a click outside a dialog closes it as
/// Esc would. Each ends in the same code as the key it stands for, so a click can do nothing a
/// key cannot.
extension AppState {
    mutating func handleClick(on target: ClickTarget, double: Bool) -> [Effect] {
        if status?.isError == false { setStatus(nil) }
        switch (stack.last, target) {
        case (.form(let form), .formRow(let focus, let line)):
            return focusFormRow(form, focus, line: line)
        case (.pick(var dialog), .choice(let index)) where dialog.choices.indices.contains(index):
            dialog.selected = index
            replaceTop(.pick(dialog))
            return performOnPick(.pickChoose, dialog)
        case (.columns(var picker), .choice(let index)) where picker.entries.indices.contains(index):
            // A line of checkboxes: the click selects the line and shows or hides its column.
            picker.selected = index
            replaceTop(.columns(picker))
            return performOnColumns(.toggleColumn, picker)
        case (.confirm(let dialog), .answer(let yes)):
            return performOnConfirm(yes ? .confirm : .dismiss, dialog)
        case (.error, _), (.help, _):
            return perform(.dismiss)  // "Press any key": a click too
        case (.confirm, .outside), (.pick, .outside), (.columns, .outside), (.prompt, .outside):
            return perform(.dismiss)
        default:
            return []
        }
    }

    /// Focuses `focus` (and in the attributes tree, selects the row clicked), as Tab would: leaving
    /// the Email field looks its address up. Not while an attribute's input is open, whose Enter
    /// or Esc must come first.
    private mutating func focusFormRow(_ form: FormState, _ focus: FormFocus, line: Int) -> [Effect] {
        var form = form
        guard form.attributes.editing == nil else { return [] }
        let leaving = form.focus
        form.focus = focus
        if focus == .attributes, !form.attributes.rows.isEmpty {
            let target = min(max(line, 0), form.attributes.rows.count - 1)
            _ = form.attributes.moveSelection(by: target - form.attributes.selected)
        }
        let effects = leaving == .field(.email) && focus != leaving ? checkEmailDuplicates(&form) : []
        replaceTop(.form(form))
        return effects
    }
}
