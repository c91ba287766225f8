import LeadBrowser

/// The overlaps of a save that found the lead changed on the server, side by side: for each,
/// the server's value, mine and what both started from, and the choice made so far. The
/// selected overlap's heading is highlighted; the list scrolls to keep it whole on screen.
enum ConflictView {
    static func draw(_ conflict: ConflictState, state: AppState, in canvas: Canvas) {
        let area = canvas.bounds
        let waiting = conflict.undecided == 0 ? "all decided: y to save" : "\(conflict.undecided) to decide"
        canvas.drawFitted(
            "Changed on the server · \(LeadTable.title(of: conflict.theirs)) · \(conflict.conflicts.count) overlapping · \(waiting)",
            x: 0, y: 0, width: area.width, style: .title)
        let body = BrowserScreen.body(area)
        var lines: [(text: String, style: Style)] = []
        var selectedLines = 0..<0
        let width = max(10, body.width - 14)  // what fits after "    theirs  "
        for (i, item) in conflict.conflicts.enumerated() {
            let start = lines.count
            let choice = switch conflict.choices[i] {
            case .mine?: "→ keep mine"
            case .theirs?: "→ take theirs"
            case nil: "undecided"
            }
            lines.append(((i == conflict.selected ? "› " : "  ") + item.label + "   " + choice, i == conflict.selected ? .selected : .header))
            lines.append(("    theirs  " + MergeConflict.shown(item.theirs, width: width), conflict.choices[i] == .theirs ? .accent : .normal))
            lines.append(("    mine    " + MergeConflict.shown(item.mine, width: width), conflict.choices[i] == .mine ? .accent : .normal))
            lines.append(("    was     " + MergeConflict.shown(item.base, width: width), .dim))
            lines.append(("", .normal))
            if i == conflict.selected { selectedLines = start..<lines.count }
        }
        // Keep the whole selected block visible: first its last line, then its heading.
        var offset = ScrollWindow.offset(keeping: selectedLines.upperBound - 1, visible: body.height, current: 0, total: lines.count)
        offset = ScrollWindow.offset(keeping: selectedLines.lowerBound, visible: body.height, current: offset, total: lines.count)
        for (row, line) in lines.dropFirst(offset).prefix(body.height).enumerated() {
            canvas.drawFitted(line.text, x: body.x, y: body.y + row, width: body.width, style: line.style)
        }
        BrowserScreen.drawChrome(state, in: canvas)
    }
}
