import LeadBrowser
import TiledeskLeads

/// Turns a click at a cell into the message for the screen on top. The list takes the cell
/// itself (its geometry is the view-model's); above it, the thing drawn under the pointer is found
/// with the same layout code that drew it, and sent as a `ClickTarget`.
public enum ClickRouting {
    /// The message for a left click at `x`, `y` on a screen `width` x `height`; nil when the
    /// click lands on nothing that takes clicks (the detail view, the conflict and duplicates screens).
    public static func message(for state: AppState, x: Int, y: Int, double: Bool, width: Int, height: Int) -> Msg? {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let body = BrowserScreen.body(screen)
        let target: ClickTarget
        switch state.stack.last {
        case nil:
            return .click(x: x, y: y, double: double)
        case .detail, .conflict, .duplicates, .duplicateGroup, .mergeReview:
            return nil
        case .form(let form):
            guard let hit = FormView.hit(form, y: y, screen: screen) else { return nil }
            target = .formRow(hit.focus, line: hit.line)
        case .confirm(let dialog):
            target = dialogTarget(BrowserScreen.confirmWidget(dialog).hit(x: x, y: y, area: body))
        case .pick(let dialog):
            target = dialogTarget(BrowserScreen.pickWidget(dialog).hit(x: x, y: y, area: body))
        case .columns(let picker):
            if let index = ColumnPickerView.entry(at: x, y, picker: picker, area: body) {
                target = .choice(index)
            } else {
                target = ColumnPickerView.layout(picker, area: body).box.contains(x: x, y: y) ? .inside : .outside
            }
        case .prompt:
            let box = BrowserScreen.promptBox(screen)
            target = box.contains(x: x, y: y) ? .inside : .outside
        case .error, .help:
            target = .inside
        }
        return .clickOn(target, double: double)
    }

    private static func dialogTarget(_ hit: DialogWidget.Hit) -> ClickTarget {
        switch hit {
        case .option(let index): .choice(index)
        case .answer(let yes): .answer(yes)
        case .inside: .inside
        case .outside: .outside
        }
    }
}
