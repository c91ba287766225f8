import LeadBrowser
import LeadDuplicates
import ScreenText

/// The project's duplicate groups, one row each: how many leads, why they look alike and how
/// sure that is, then the oldest lead's name and email (the default survivor). The selected
/// group is highlighted; a group of surer reasons comes first.
enum DuplicatesView {
    static func draw(_ screen: DuplicatesState, state: AppState, in canvas: Canvas) {
        let area = canvas.bounds
        let heading = switch screen.load {
        case .loading, .idle: "Duplicates · reading the leads updated since the last look…"
        case .failed(let why): "Duplicates · could not read them: \(TerminalText.sanitized(why))"
        case .loaded: "Duplicates · \(screen.groups.count) group\(screen.groups.count == 1 ? "" : "s") · \(screen.groups.reduce(0) { $0 + $1.entries.count }) leads"
        }
        canvas.drawFitted(heading, x: 0, y: 0, width: area.width, style: screen.load.isFailure ? .error : .title)
        let body = BrowserScreen.body(area)
        if screen.load == .loaded, screen.groups.isEmpty {
            canvas.drawFitted("No leads look like the same person.", x: body.x + 2, y: body.y + 1, width: body.width - 2, style: .dim)
        }
        let offset = ScrollWindow.offset(keeping: screen.selected, visible: body.height, current: 0, total: screen.groups.count)
        let summaryWidth = min(40, body.width / 2)
        for (row, index) in (offset..<screen.groups.count).prefix(body.height).enumerated() {
            let group = screen.groups[index]
            let selected = index == screen.selected
            let style: Style = selected ? .selected : .normal
            let y = body.y + row
            canvas.drawFitted((selected ? "› " : "  ") + DuplicatesState.summary(group), x: body.x, y: y, width: summaryWidth, style: style)
            canvas.drawFitted(
                "  " + oldest(group), x: body.x + summaryWidth, y: y, width: body.width - summaryWidth, style: selected ? .selected : .dim)
        }
        BrowserScreen.drawChrome(state, in: canvas)
    }

    /// The oldest lead, as the group's name: `Mario Rossi <mario@…>`.
    static func oldest(_ group: DuplicateGroup) -> String {
        guard let entry = group.entries.first else { return "" }
        let parts = [entry.fullname, entry.email.map { "<\($0)>" }, entry.phone].compactMap { $0 }.filter { !$0.isEmpty }
        return TerminalText.sanitized(parts.isEmpty ? entry.id : parts.joined(separator: " "))
    }
}

extension LoadState {
    var isFailure: Bool {
        if case .failed = self { true } else { false }
    }
}
