import Testing
@testable import LeadBrowser
import TiledeskLeads

/// Marking leads in the list: Space, `V` ranges, `*` all matching, Esc; kept by `_id` through
/// scrolling, paging and refreshes, and shown on the rows and in the status line.
@Suite struct BulkSelectionTests {
    static func markedIDs(_ state: AppState) -> Set<String> { Set(state.selection.marked.keys) }

    static func rowTexts(_ state: AppState) -> [String] {
        let table = ListScreenText.tableLines(state, width: 100)
        return table.rows.map { $0.text(columns: table.columns) }
    }

    @Test(arguments: [
        ([Key.char(" ")], [0], 1),
        ([.char(" "), .char(" ")], [0, 1], 2),
        ([.char(" "), .char(" "), .char("k"), .char("k"), .char(" ")], [1], 1),
        ([.char("j"), .char("j"), .char("V"), .char("j"), .char("j"), .char("j"), .char("V")], [2, 3, 4, 5], 5),
        ([.char("j"), .char("j"), .char("j"), .char("V"), .char("k"), .char("k"), .char("V")], [1, 2, 3], 1),
    ] as [([Key], [Int], Int)])
    func spaceTogglesAndVMarksARange(keys: [Key], marked: [Int], cursor: Int) {
        var state = loadedApp()
        for key in keys { _ = state.update(.key(key)) }
        #expect(Self.markedIDs(state) == Set(marked.map { lead($0).id }))
        #expect(state.list.cursor == cursor)
        #expect(ListScreenText.status(state).right.hasPrefix("\(marked.count) marked · "))
    }

    @Test func markedRowsCarryACheckAndKeepItThroughPagingAndRefresh() {
        var state = loadedApp(total: 4000)
        _ = press(&state, .char("j"), .char(" "))
        #expect(Self.rowTexts(state)[1].hasPrefix("✓ Lead 1"))
        #expect(!Self.rowTexts(state)[0].hasPrefix("✓"))
        // Page far away (the first page leaves the cache), then come back and refresh.
        for _ in 0..<100 {
            let fetches = press(&state, .pageDown)
            for effect in fetches {
                if case .request(let id, .list(let query)) = effect {
                    _ = state.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 40, count: 4000, leads: page(query.page, total: 4000))))
                }
            }
        }
        #expect(Self.markedIDs(state) == [lead(1).id])
        let back = press(&state, .char("g")) + press(&state, .char("r"))
        for effect in back {
            if case .request(let id, .list(let query)) = effect {
                _ = state.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 40, count: 4000, leads: page(query.page, total: 4000))))
            }
        }
        #expect(Self.rowTexts(state)[1].hasPrefix("✓ Lead 1"))
        #expect(ListScreenText.status(state).right.hasPrefix("1 marked"))
    }

    @Test func starMarksEveryMatchingLeadIncludingPagesNotLoaded() {
        var state = loadedApp(total: 12_345)
        _ = press(&state, .char("*"))
        #expect(state.selection.count == 12_345)
        #expect(ListScreenText.status(state).right.hasPrefix("all 12,345 matching marked · "))
        #expect(Self.rowTexts(state).allSatisfy { $0.hasPrefix("✓ ") })
        #expect(state.keyMap.footer.contains { $0.help == "trash marked" })
    }

    @Test func escClearsMarksAndAsksFirstWhenMoreThanAPageIsMarked() {
        var few = loadedApp()
        _ = press(&few, .char(" "), .char(" "), .escape)
        #expect(few.selection.isEmpty)
        #expect(few.stack.isEmpty)

        var many = loadedApp()
        _ = press(&many, .char("*"), .escape)
        guard case .confirm(let dialog) = many.stack.last else { Issue.record("no question"); return }
        #expect(dialog.question == "Clear the marks? (all 1,000 matching marked)")
        _ = press(&many, .char("n"))
        #expect(many.selection.count == 1000, "no keeps them")
        _ = press(&many, .escape, .char("y"))
        #expect(many.selection.isEmpty)
    }
}
