import Testing
@testable import LeadBrowser
import TiledeskLeads

@Suite struct AppStateListTests {
    @Test func startAsksForTheFirstPageWithDefaultQuery() {
        var state = AppState(leadIDPrefix: "t")
        let effects = state.start()
        // And the light poll's timer (see LiveListTests), no request of its own.
        #expect(effects == [.request(id: 1, .list(LeadQuery(page: 0))), .schedulePoll(token: state.poll.token, after: PollState.interval)])
    }

    @Test(arguments: [
        ([Key.char("j")], 1), ([.down, .down], 2), ([.char("j"), .char("k")], 0), ([.up], 0),
        ([.pageDown], 20), ([.ctrl("f"), .ctrl("b")], 0), ([.char("G")], 999), ([.end, .home], 0), ([.end, .char("g")], 0),
    ] as [([Key], Int)])
    func movementKeysMoveTheCursor(keys: [Key], expected: Int) {
        var state = loadedApp()
        for key in keys { _ = state.update(.key(key)) }
        #expect(state.list.cursor == expected)
    }

    @Test func jumpingToTheEndFetchesTheLastPage() {
        var state = loadedApp()
        let effects = press(&state, .char("G"))
        #expect(effects.compactMap(\.query?.page).contains(24))
        #expect(state.list.positionText == "1,000 of 1,000")
    }

    @Test func staleAnswerForAReplacedQueryIsDropped() {
        var state = loadedApp()
        let old = press(&state, .char("G")).first { $0.query?.page == 24 }!
        _ = press(&state, .char("t"))  // trash view: new query
        _ = state.update(.pageLoaded(requestID: old.requestID!, page: LeadPage(perPage: 40, count: 1000, leads: page(24))))
        #expect(state.list.cache.peek(24) == nil)
        #expect(state.list.totalCount == nil, "the trash count is still unknown")
    }

    @Test func enterOpensTheDetailAndFetchesAFreshCopy() {
        var state = loadedApp()
        let effects = press(&state, .char("j"), .enter)
        guard case .detail(let detail) = state.stack.last else { Issue.record("no detail"); return }
        #expect(detail.lead.id == lead(1).id)
        #expect(detail.load == .loading)
        #expect(effects == [.request(id: detail.requestID!, .get(id: lead(1).id))])
    }

    @Test func typingASearchNarrowsLoadedRowsAndDebouncesTheServerSearch() {
        var state = loadedApp()
        _ = press(&state, .char("/"))
        let effects = type(&state, "d 1")
        #expect(state.search.match == .narrowingLoaded("d 1"))
        #expect(state.list.narrowedItems.allSatisfy { $0.fullname!.contains("d 1") })
        #expect(effects == [1, 2, 3].map { .scheduleSearch(token: state.search.token - 3 + $0, after: .milliseconds(150)) })
        #expect(state.update(.searchTimerFired(token: state.search.token - 1)) == [], "an old timer is ignored")
        let fetch = state.update(.searchTimerFired(token: state.search.token))
        #expect(fetch.first?.query?.fullText == "d 1")
        #expect(state.search.match == .wholeWords("d 1"))
    }

    @Test func arrowsMoveThroughNarrowedRowsWhileTheSearchBoxStaysOpen() {
        var state = loadedApp()
        _ = press(&state, .char("/"))
        _ = type(&state, "lead 1")
        _ = press(&state, .down, .down)
        #expect(state.search.input?.text == "lead 1")
        #expect(state.list.selectedItem?.fullname == "Lead 11", "Lead 1, Lead 10, Lead 11…")
    }

    @Test func searchTextThatLooksLikeAnAddressUsesTheExactEmailFilter() {
        var state = loadedApp()
        _ = press(&state, .char("/"))
        _ = type(&state, "ann@example.com")
        let effects = press(&state, .enter)
        #expect(effects.first?.query?.email == "ann@example.com")
        #expect(effects.first?.query?.fullText == nil)
        #expect(state.search.match == .exactEmail("ann@example.com"))
    }

    @Test func escapeClearsAServerSearch() {
        var state = loadedApp()
        _ = press(&state, .char("/"))
        _ = type(&state, "anna")
        _ = press(&state, .enter, .char("/"))
        let effects = press(&state, .escape)
        #expect(effects.first?.query?.fullText == nil)
        #expect(state.search.match == .all)
        #expect(state.search.input == nil)
    }

    @Test func escapeOnTheListShowsAllLeadsAgainAfterASearch() {
        var state = loadedApp()
        #expect(!state.keyMap.bindings.contains { $0.action == .clearSearch && $0.enabled }, "nothing to clear yet")
        _ = press(&state, .char("/"))
        _ = type(&state, "anna")
        _ = press(&state, .enter)
        #expect(state.search.input == nil && state.query.fullText == "anna")
        let effects = press(&state, .escape)
        #expect(effects.first?.query?.fullText == nil)
        #expect(state.search.match == .all)
        #expect(state.stack.isEmpty, "Esc clears the search; it does not quit")
    }

    @Test func sortPickChangesTheSortFieldAndKeepsTheSelection() {
        var state = loadedApp()
        _ = press(&state, .char("j"), .char("j"), .char("s"))
        #expect(state.top == .pick)
        let effects = press(&state, .char("j"), .enter)
        #expect(state.query.sort == LeadSortField.allCases[LeadSortField.allCases.firstIndex(of: .createdAt)! + 1])
        #expect(state.list.pendingSelection == lead(2).id)
        #expect(effects.first?.query?.sort == state.query.sort)
    }

    @Test func capitalSTogglesTheDirection() {
        var state = loadedApp()
        let effects = press(&state, .char("S"))
        #expect(effects.first?.query?.direction == .ascending)
    }

    @Test func tagFilterIsAskedThenSent() {
        var state = loadedApp()
        _ = press(&state, .char("f"), .enter)
        #expect(state.top == .prompt)
        _ = type(&state, "vip")
        let effects = press(&state, .enter)
        #expect(effects.first?.query?.tag == "vip")
        #expect(state.top == .list)
    }

    @Test func trashViewListsStatus1000AndDeletesForeverOnlyAfterY() {
        var state = loadedApp()
        let effects = press(&state, .char("t"))
        #expect(effects.first?.query?.trash == true)
        _ = state.update(.pageLoaded(requestID: effects.first!.requestID!, page: LeadPage(perPage: 40, count: 3, leads: page(0, total: 3))))
        #expect(press(&state, .char("d")) == [])
        #expect(press(&state, .enter) == [], "Enter never confirms")
        #expect(state.top == .list)
        _ = press(&state, .char("d"))
        #expect(press(&state, .char("d")) == [], "the starting key never confirms")
        _ = press(&state, .char("d"))
        let confirmed = press(&state, .char("y"))
        guard case .request(_, .deleteForever(let id)) = confirmed.first else { Issue.record("no delete"); return }
        #expect(id == lead(0).id)
    }

    @Test func trashAsksThenUndoRestores() {
        var state = loadedApp()
        _ = press(&state, .char("d"))
        guard case .confirm = state.stack.last else { Issue.record("no question"); return }
        let effects = press(&state, .char("y"))
        guard case .request(let id, .trash(let leadID)) = effects.first else { Issue.record("no trash"); return }
        var trashed = lead(0)
        trashed.status = LeadStatus.trashed
        _ = state.update(.leadLoaded(requestID: id, lead: trashed))
        #expect(state.status?.text == "Moved to trash — u to undo")
        let undo = press(&state, .char("u"))
        #expect(undo.contains { if case .request(_, .restore(leadID)) = $0 { true } else { false } })
    }

    @Test func undoAfterASaveSendsTheInverseChange() {
        var state = loadedApp()
        _ = press(&state, .char("e"))
        _ = type(&state, "!")
        _ = press(&state, .ctrl("s"))
        let check = press(&state, .char("y"))
        let save = state.update(.leadLoaded(requestID: check[0].requestID!, lead: lead(0)))
        var after = lead(0)
        after.fullname = "Lead 0!"
        _ = state.update(.leadLoaded(requestID: save[0].requestID!, lead: after))
        #expect(state.list.item(at: 0)?.fullname == "Lead 0!")
        #expect(state.keyMap.helpLines.contains { $0.keys == "u" && $0.help == "undo save" })
        let undo = press(&state, .char("u"))
        guard let check = undo.first(where: { if case .request(_, .get) = $0 { true } else { false } }) else {
            Issue.record("undo re-reads the lead first: \(undo)")
            return
        }
        // Nobody changed it since: the inverse change goes out.
        let inverse = state.update(.leadLoaded(requestID: check.requestID!, lead: after))
        guard case .request(_, .update(let id, let change, _)) = inverse.first else { Issue.record("no undo: \(inverse)"); return }
        #expect(id == lead(0).id)
        #expect(change == LeadChange(fields: [.fullname: "Lead 0"]))
    }

    @Test func undoAfterASaveGoesThroughTheConflictCheck() {
        var state = loadedApp()
        let before = lead(0)
        var after = lead(0)
        after.fullname = "Lead 0!"
        after.updatedAt = ISOTime.parse("2026-01-01T00:00:00.000Z")
        state.undo = .save(id: before.id, before: before, after: after)
        // A colleague renamed it again after our save.
        var theirs = after
        theirs.fullname = "Lead Zero"
        theirs.updatedAt = ISOTime.parse("2026-02-01T00:00:00.000Z")
        let undo = press(&state, .char("u"))
        guard let check = undo.first(where: { if case .request(_, .get) = $0 { true } else { false } }) else {
            Issue.record("no re-read: \(undo)")
            return
        }
        #expect(state.update(.leadLoaded(requestID: check.requestID!, lead: theirs)) == [], "nothing written")
        guard case .conflict(let conflict) = state.stack.last else { Issue.record("no conflict screen"); return }
        #expect(conflict.conflicts.map(\.label) == ["Name"])
        #expect(MergeConflict.shown(conflict.conflicts[0].theirs) == "Lead Zero")
        #expect(MergeConflict.shown(conflict.conflicts[0].mine) == "Lead 0")
    }

    @Test func refreshKeepsTheSelectionOnTheSameLead() {
        var state = loadedApp()
        _ = press(&state, .char("j"), .char("j"), .char("j"))
        let effects = press(&state, .char("r"))
        var leads = page(0)
        leads.insert(lead(9999), at: 0)
        _ = state.update(.pageLoaded(requestID: effects.first!.requestID!, page: LeadPage(perPage: 40, count: 1001, leads: Array(leads.prefix(40)))))
        #expect(state.list.selectedItem?.id == lead(3).id)
    }

    @Test func failedPageIsShownAsFailedAndTheConnectionAsOffline() {
        var state = AppState(leadIDPrefix: "t")
        let id = state.start().first!.requestID!
        _ = state.update(.requestFailed(requestID: id, error: APIError(.offline, message: "connection refused")))
        #expect(state.list.cache.peek(0) == .failed("connection refused"))
        #expect(state.connection == .offline("connection refused"))
    }

    @Test func resizeChangesVisibleRowsAndFetchesWhatNowShows() throws {
        var state = loadedApp()
        let effects = state.update(.resize(rows: 60, columns: 100))
        #expect(state.list.visibleRows == 56)
        // Page 1, next to the loaded page 0: asked as a window around rows 40–79 (see PageBoundary).
        let query = try #require(effects.compactMap(\.query).first)
        #expect(effects.count == 1 && state.pending[effects[0].requestID!]?.purpose == .page(1))
        #expect(query.page * query.limit <= 40 - PageBoundary.margin && query.page * query.limit + query.limit >= 80 + PageBoundary.margin)
    }

    @Test func qQuits() {
        var state = loadedApp()
        #expect(press(&state, .char("q")) == [.quit])
    }
}
