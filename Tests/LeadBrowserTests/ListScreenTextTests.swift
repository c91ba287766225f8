import Testing
@testable import LeadBrowser
import TiledeskLeads

@Suite struct ListScreenTextTests {
    @Test func visibleRowsShowLoadingForPagesNotArrivedAndTheSelection() {
        var state = loadedApp(total: 1000, rows: 24)
        _ = press(&state, .char("j"))
        let lines = ListScreenText.tableLines(state, width: 80)
        #expect(lines.rows.count == 20)
        #expect(lines.rows[1].selected && !lines.rows[0].selected)
        #expect(lines.rows[1].text(columns: lines.columns).hasPrefix("Lead 1 "))
        _ = press(&state, .char("G"))
        let end = ListScreenText.tableLines(state, width: 80)
        #expect(end.rows.allSatisfy { $0.text(columns: end.columns).hasPrefix("loading…") })
        #expect(end.rows.last?.selected == true)
    }

    @Test func titleSaysWhichListAndWhichKindOfMatch() {
        var state = loadedApp()
        #expect(ListScreenText.title(state) == "Leads · sorted by Created ↓")
        _ = press(&state, .char("/"))
        _ = type(&state, "jo")
        #expect(ListScreenText.title(state) == "Leads · sorted by Created ↓ · loaded rows containing “jo” (searching the server…)")
        #expect(ListScreenText.status(state).left == "/jo")
        _ = press(&state, .enter)
        #expect(ListScreenText.title(state).hasSuffix("server search, whole words: “jo”"))
    }

    @Test func statusShowsPositionAndOfflineConnection() {
        var state = loadedApp(total: 98_311)
        _ = press(&state, .char("j"))
        state.connection = .offline("timed out")
        #expect(ListScreenText.status(state).right == "2 of 98,311 · offline: timed out")
    }

    @Test func footerComesFromTheKeyMapOnTop() {
        var state = loadedApp()
        #expect(ListScreenText.footer(state).hasPrefix("Enter open  / search  f filter"))
        _ = press(&state, .char("d"))
        #expect(ListScreenText.footer(state) == "y/Y yes  n/N/Esc/Enter/q no")
    }
}
