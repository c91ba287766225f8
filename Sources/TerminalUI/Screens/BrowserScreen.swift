import LeadBrowser
import ScreenText
import TiledeskLeads

/// Draws a whole `AppState` into a canvas: the list underneath, then whatever is on the stack
/// (detail, form, or a dialog over the screen below it). A pure function of state, so the same
/// code paints the terminal and the in-memory grid the rendering tests read.
public enum BrowserScreen {
    public static func draw(_ state: AppState, in canvas: Canvas) {
        let size = TerminalSize(width: canvas.width, height: canvas.height)
        guard size.width >= TerminalSize.minimum.width, size.height >= TerminalSize.minimum.height else {
            canvas.fill(canvas.bounds)
            TooSmallNotice(size: size).render(in: canvas, area: canvas.bounds)
            return
        }
        // The list paints every cell itself; blanking first would write each cell twice on the
        // screen a user scrolls most.
        if !state.stack.isEmpty { canvas.fill(canvas.bounds) }
        drawScreen(state, depth: state.stack.count, in: canvas)
    }

    /// Draws the screen at `depth` in the stack (0 is the list), with the ones below it under a dialog.
    private static func drawScreen(_ state: AppState, depth: Int, in canvas: Canvas) {
        let area = canvas.bounds
        guard depth > 0 else { return ListView.draw(state, in: canvas) }
        switch state.stack[depth - 1] {
        case .detail(let detail):
            DetailView.draw(detail, state: state, in: canvas)
        case .form(let form):
            FormView.draw(form, state: state, in: canvas)
        case .conflict(let conflict):
            ConflictView.draw(conflict, state: state, in: canvas)
        case .duplicates(let screen):
            DuplicatesView.draw(screen, state: state, in: canvas)
        case .duplicateGroup(let screen):
            DuplicateGroupView.draw(screen, state: state, in: canvas)
        case .mergeReview(let review):
            MergeReviewView.draw(review, state: state, in: canvas)
        case .confirm(let dialog):
            drawScreen(state, depth: depth - 1, in: canvas)
            confirmWidget(dialog).render(in: canvas, area: body(area))
        case .pick(let dialog):
            drawScreen(state, depth: depth - 1, in: canvas)
            pickWidget(dialog).render(in: canvas, area: body(area))
        case .prompt(let dialog):
            drawScreen(state, depth: depth - 1, in: canvas)
            let box = promptBox(area)
            canvas.fill(box)
            canvas.box(box, title: dialog.title)
            InputLine(prompt: "", text: dialog.input.text, cursorColumn: TerminalText.width(of: TerminalText.sanitized(String(dialog.input.characters.prefix(dialog.input.cursor)))))
                .render(in: canvas, area: Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: 1))
        case .error(let message):
            drawScreen(state, depth: depth - 1, in: canvas)
            DialogWidget(title: "Error", message: message, kind: .error).render(in: canvas, area: body(area))
        case .columns(let picker):
            drawScreen(state, depth: depth - 1, in: canvas)
            ColumnPickerView.draw(picker, in: canvas, area: body(area))
        case .help(let map, let scroll):
            drawScreen(state, depth: depth - 1, in: canvas)
            let sections = map.helpSections.map { HelpOverlay.Section($0.title, $0.lines.map { ($0.keys, $0.help) }) }
            HelpOverlay(title: "Help", sections: sections, offset: scroll).render(in: canvas, area: body(area))
        }
    }

    /// A confirmation as drawn (and as clicks find its answers).
    static func confirmWidget(_ dialog: ConfirmDialog) -> DialogWidget {
        DialogWidget(title: "Confirm", message: dialog.question, kind: .confirm())
    }

    /// A pick list as drawn (and as clicks find its choices): wide enough for its longest choice
    /// (a view's description), up to 100 cells and the screen; 50 at least, as every dialog.
    static func pickWidget(_ dialog: PickDialog) -> DialogWidget {
        let options = dialog.choices.map { TerminalText.sanitized($0.label) }
        let widest = options.map { TerminalText.width(of: $0) + 2 }.max() ?? 0
        return DialogWidget(
            title: dialog.title, message: dialog.message, kind: .pick(options: options, selected: dialog.selected),
            preferredWidth: min(100, max(50, widest)))
    }

    /// Where a prompt's box is on a screen of this size.
    static func promptBox(_ area: Rect) -> Rect {
        area.centered(width: min(area.width - 4, 60), height: 3)
    }

    /// The area between the title row and the status and footer rows.
    static func body(_ area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 3))
    }

    /// The status line and footer shared by every screen: the last two rows.
    static func drawChrome(_ state: AppState, left: String? = nil, in canvas: Canvas) {
        let area = canvas.bounds
        let status = ListScreenText.status(state)
        StatusLine(left: left ?? status.left, right: status.right, isError: state.status?.isError ?? false)
            .render(in: canvas, area: Rect(x: 0, y: area.height - 2, width: area.width, height: 1))
        Footer(state.keyMap.footer.map { ($0.keys, $0.help) })
            .render(in: canvas, area: Rect(x: 0, y: area.height - 1, width: area.width, height: 1))
    }
}
