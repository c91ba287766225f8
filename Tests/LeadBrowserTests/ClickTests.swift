import Testing
import TiledeskLeads

@testable import LeadBrowser

/// `--mouse` on the list: a click selects the row under it, a double click opens that lead, a
/// click on a column header sorts by that column; clicks elsewhere or under a dialog do nothing.
@Suite struct ClickTests {
    @Test func aClickSelectsTheRowUnderIt() {
        var state = loadedApp()
        #expect(state.update(.click(x: 5, y: 2 + 3, double: false)).allSatisfy { $0.query != nil })
        #expect(state.list.cursor == 3)
        #expect(state.stack.isEmpty)
        _ = press(&state, .pageDown)
        let offset = state.list.scrollOffset
        _ = state.update(.click(x: 0, y: 2, double: false))
        #expect(state.list.cursor == offset, "rows count from the top of the window, not of the list")
    }

    @Test func aDoubleClickOpensTheLead() {
        var state = loadedApp()
        let effects = state.update(.click(x: 5, y: 2 + 1, double: true))
        guard case .detail(let detail) = state.stack.last else { Issue.record("no detail: \(state.stack)"); return }
        #expect(detail.lead.id == lead(1).id)
        #expect(effects == [.request(id: detail.requestID!, .get(id: lead(1).id))])
    }

    @Test func aClickOnAHeaderSortsByThatColumnAndAgainReverses() {
        var state = loadedApp(rows: 24)
        // 100 columns: Name starts at 0; find Email's header cell from the laid-out columns.
        let columns = ListScreenText.tableLines(state, width: state.columns).columns
        let emailX = columns.prefix { $0.field != .field(.email) }.reduce(0) { $0 + $1.width + 1 }
        let first = state.update(.click(x: emailX + 1, y: 1, double: false))
        #expect(state.query.sort == .email && state.query.direction == .descending)
        #expect(first.contains { $0.query?.sort == .email })
        _ = state.update(.click(x: emailX + 1, y: 1, double: false))
        #expect(state.query.sort == .email && state.query.direction == .ascending)
        #expect(ListScreenText.tableLines(state, width: state.columns).header.contains("Email ↑"))
    }

    @Test func clicksBelowTheRowsOrUnderADialogDoNothing() {
        var state = loadedApp(total: 3)
        #expect(state.update(.click(x: 5, y: 2 + 10, double: true)) == [])
        #expect(state.list.cursor == 0 && state.stack.isEmpty)
        _ = press(&state, .char("d"))
        #expect(state.update(.click(x: 5, y: 3, double: true)) == [])
        guard case .confirm = state.stack.last else { Issue.record("the dialog is still there"); return }
    }
}
