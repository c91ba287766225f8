import Testing
@testable import LeadBrowser
import TiledeskLeads

/// Views in the browser: `v` opens the picker, `1`–`9` switch, the title names the view, `s`
/// shares a local view as a segment (or says why it cannot).
@Suite struct ViewTests {
    static let vip = SavedView(name: "VIP", tag: "vip", sort: .updatedAt, direction: .ascending, columns: [.field(.fullname), .updatedAt])
    static let acme = SavedView(name: "Acme search", search: "acme")
    static let trash = SavedView(name: "Bin", trash: true)

    static func app() -> AppState {
        var state = loadedApp()
        state.views = [vip, acme, trash]
        return state
    }

    @Test func aDigitSwitchesToThatViewAndTheTitleNamesIt() throws {
        var state = Self.app()
        let effects = press(&state, .char("1"))
        let query = try #require(effects.compactMap(\.query).first)
        #expect(query.tag == "vip" && query.sort == .updatedAt && query.direction == .ascending && query.page == 0)
        #expect(state.tableColumns == [.field(.fullname), .updatedAt])
        #expect(effects.contains(.rememberView(name: "VIP", segmentID: nil)))
        #expect(ListScreenText.title(state) == "VIP · Leads · tag: vip · sorted by Updated ↑")

        let second = press(&state, .char("2"))
        #expect(second.compactMap(\.query).first?.fullText == "acme")
        #expect(second.compactMap(\.query).first?.tag == nil, "a view replaces the whole query")
        #expect(state.tableColumns == LeadColumn.defaults, "a view without columns shows the configured ones")
        #expect(ListScreenText.title(state) == "Acme search · Leads · sorted by Created ↓ · server search, whole words: “acme”")
    }

    @Test func aViewChangedAfterItWasChosenIsMarked() {
        var state = Self.app()
        _ = press(&state, .char("1"), .char("S"))
        #expect(ListScreenText.title(state).hasPrefix("VIP* · "))
    }

    @Test func aDigitPastTheLastViewSaysSo() {
        var state = Self.app()
        #expect(press(&state, .char("7")).isEmpty)
        #expect(state.status?.text == "No view 7: there are 3 (v lists them)")
        #expect(state.currentView == nil)
    }

    @Test func vOpensThePickerAndAsksForTheSharedViews() throws {
        var state = Self.app()
        let effects = press(&state, .char("v"))
        guard case .pick(let dialog)? = state.stack.last else { Issue.record("no picker"); return }
        #expect(dialog.purpose == .views)
        #expect(dialog.choices.map(\.label) == [
            "1 VIP — tag vip · sorted by Updated ↑ · Name/Updated", "2 Acme search — search “acme”", "3 Bin — trash",
        ])
        guard case .request(let id, .listSegments)? = effects.first else { Issue.record("no segments request"); return }

        let segment = Segment(id: "65aa00000000000000000001", name: "Team EU", filters: [SegmentFilter(field: "tags", .equal, "eu")])
        _ = state.update(.segmentsLoaded(requestID: id, segments: [segment]))
        guard case .pick(let updated)? = state.stack.last else { Issue.record("picker gone"); return }
        #expect(updated.choices.last?.label == "4 Team EU — tags = \"eu\" (shared)")

        // Arrows and Enter choose; the shared view's query is the segment.
        let chosen = press(&state, .up, .enter)
        #expect(chosen.compactMap(\.query).first?.segment == segment.id)
        #expect(chosen.contains(.rememberView(name: "Team EU", segmentID: segment.id)))
        #expect(ListScreenText.title(state).hasPrefix("Team EU (shared) · Leads"))
        #expect(state.stack.isEmpty)
    }

    @Test func sharedViewsReadAtStartCountAfterTheLocalOnesForTheDigits() throws {
        var state = Self.app()
        guard case .request(let id, .listSegments)? = state.loadSharedViews().first else { Issue.record("no request"); return }
        let segment = Segment(id: "65aa00000000000000000003", name: "Team", filters: [])
        _ = state.update(.segmentsLoaded(requestID: id, segments: [segment]))
        #expect(press(&state, .char("4")).compactMap(\.query).first?.segment == segment.id)
        #expect(ListScreenText.title(state).hasPrefix("Team (shared) · Leads"))

        // A background read that fails says nothing until the picker is open.
        guard case .request(let failing, _)? = state.loadSharedViews().first else { return }
        _ = state.update(.requestFailed(requestID: failing, error: APIError(.forbidden, status: 403, message: "no")))
        #expect(state.status?.isError != true)
    }

    @Test func aNumberInThePickerChoosesThatView() {
        var state = Self.app()
        _ = press(&state, .char("v"), .char("3"))
        #expect(state.stack.isEmpty)
        #expect(state.query.trash)
        #expect(ListScreenText.title(state).hasPrefix("Bin · Trash"))
    }

    @Test func sInThePickerSharesALocalViewAsASegment() throws {
        var state = Self.app()
        _ = press(&state, .char("v"))
        let effects = press(&state, .char("s"))
        guard case .request(let id, .saveSegment(nil, "VIP", let filters))? = effects.first else {
            Issue.record("no create: \(effects)")
            return
        }
        #expect(filters == [SegmentFilter(field: "tags", .equal, "vip")])
        _ = state.update(.segmentSaved(requestID: id, segment: Segment(id: "65aa00000000000000000002", name: "VIP", filters: filters)))
        #expect(state.sharedViews.map(\.name) == ["VIP"])
        #expect(state.status?.text.hasPrefix("Shared VIP on the server; the sort and the columns stay in this config only") == true)
    }

    @Test func aSearchOrTheTrashCannotBeSharedAndTheErrorSaysWhy() {
        var state = Self.app()
        _ = press(&state, .char("v"), .down)
        #expect(press(&state, .char("s")).isEmpty)
        guard case .error(let message)? = state.stack.last else { Issue.record("no error"); return }
        #expect(message.contains("the search “acme” cannot be shared: a segment compares one field at a time"))
        _ = press(&state, .escape, .down)
        _ = press(&state, .char("s"))
        guard case .error(let trash)? = state.stack.last else { Issue.record("no error"); return }
        #expect(trash.contains("a view of the trash cannot be shared"))
    }

    @Test func theViewKeysAreListedInHelp() {
        let list = KeyMaps.list()
        #expect(list.helpLines.contains { $0.keys == "v" && $0.help == "views" })
        #expect(list.helpLines.contains { $0.keys == "1–9" && $0.help == "switch to view 1–9" })
        let keys = list.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "no key is bound twice on the list")
        #expect(KeyMaps.markdown().contains("## Views"))
    }
}
