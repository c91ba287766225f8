import Testing
@testable import LeadBrowser
import TiledeskLeads

/// The keys that were once wired in by hand and are key-map bindings now, so `[keys]` moves them
/// like any other: the form's `^X ^E` chord, the search box's moves, and Esc stopping a bulk
/// action. Each is checked as the user meets it: the new key acts, the old one no longer does,
/// and the footer and `?` say so.
@Suite struct RemappedSpecialKeysTests {
    func formApp() -> AppState {
        var state = AppState(leadIDPrefix: "t")
        state.stack = [.form(FormState(editing: Lead(id: "a1", fullname: "Ann")))]
        return state
    }

    func opensTheEditor(_ effects: [Effect]) -> Bool {
        if case .openEditor(_, "Ann", "txt", nil)? = effects.first { true } else { false }
    }

    @Test func theChordIsReadWrittenAndShownAsOneKey() {
        let chord = Key.chord([.ctrl("x"), .ctrl("e")])
        #expect(Key(name: "C-x C-e") == chord)
        #expect(Key(name: "^X ^E") == chord)
        #expect(chord.displayName == "^X ^E")
        #expect(Key(name: "C-x Entr") == nil)
        #expect(KeyMaps.form.footer.contains { $0.keys == "^O/^X ^E" && $0.help == "open field in $EDITOR" })
        #expect(KeyMaps.markdown().contains("| `^O/^X ^E` | open field in $EDITOR | `openInEditor` |"))
    }

    @Test func aRemappedChordOpensTheEditorAndTheOldOneNoLongerDoes() {
        var state = formApp()
        state.keys = KeyOverrides([.form: [.openInEditor: [.ctrl("o"), .chord([.ctrl("x"), .ctrl("f")])]]])
        #expect(!opensTheEditor(press(&state, .ctrl("x"), .ctrl("e"))), "^X ^E is no chord any more")
        #expect(state.pendingChord.isEmpty)
        #expect(opensTheEditor(press(&state, .ctrl("x"), .ctrl("f"))))
        state = formApp()
        state.keys = KeyOverrides([.form: [.openInEditor: [.ctrl("o"), .chord([.ctrl("x"), .ctrl("f")])]]])
        #expect(state.keyMap.footer.contains { $0.keys == "^O/^X ^F" })
        _ = press(&state, .function(1))
        guard case .help(let map, _) = state.stack.last else { Issue.record("no help"); return }
        #expect(map.helpLines.contains { $0.keys == "^O/^X ^F" && $0.help == "open field in $EDITOR" })
        #expect(!map.helpLines.contains { $0.keys.contains("^X ^E") })
    }

    @Test func anUnboundChordLeavesItsFirstKeyWaitingForNothing() {
        var state = formApp()
        state.keys = KeyOverrides([.form: [.openInEditor: [.ctrl("o")]]])
        _ = press(&state, .ctrl("x"))
        #expect(state.pendingChord.isEmpty, "^X begins no chord")
        #expect(!opensTheEditor(press(&state, .ctrl("e"))))
        #expect(!opensTheEditor(press(&state, .ctrl("x"), .ctrl("e"))))
        #expect(state.keyMap.footer.contains { $0.keys == "^O" && $0.help == "open field in $EDITOR" })
        #expect(opensTheEditor(press(&state, .ctrl("o"))))
    }

    @Test func aChordWorksOnAScreenThatHadNone() {
        var state = loadedApp()
        state.keys = KeyOverrides([.list: [.refresh: [.chord([.ctrl("x"), .char("r")])]]])
        #expect(press(&state, .char("r")).isEmpty, "r alone no longer refreshes")
        #expect(press(&state, .ctrl("x")).isEmpty)
        #expect(state.status?.text == "^X …", "the status line shows the chord begun")
        #expect(press(&state, .char("r")).contains { $0.query != nil }, "^X r refreshes")
        #expect(state.status == nil)
    }

    @Test func aKeyBoundAloneAndBeginningAChordIsAConflict() {
        let conflict = KeyOverrides([.form: [.save: [.ctrl("x")]]]).firstConflict()
        #expect(conflict == KeyConflict(screen: .form, key: .ctrl("x"), actions: [.save, .openInEditor], chord: .chord([.ctrl("x"), .ctrl("e")])))
        #expect(KeyOverrides([.form: [.save: [.ctrl("x")], .openInEditor: [.ctrl("o")]]]).firstConflict() == nil)
    }

    @Test func theSearchBoxMovesAreRemappable() {
        var state = loadedApp()
        _ = press(&state, .char("/"), .down)
        #expect(state.list.cursor == 1, "↓ moves by default")
        #expect(state.keyMap.footer.map(\.keys) == ["Enter", "Esc", "↓", "↑"])
        state = loadedApp()
        state.keys = KeyOverrides([.search: [.moveDown: [.ctrl("n")], .pageDown: []]])
        _ = press(&state, .char("/"), .down, .pageDown)
        #expect(state.list.cursor == 0, "↓ and PgDn no longer move")
        _ = press(&state, .ctrl("n"))
        #expect(state.list.cursor == 1)
        #expect(state.search.input != nil, "the box stays open")
        #expect(state.keyMap.footer.contains { $0.keys == "^N" && $0.help == "down" })
        #expect(KeyMaps.markdown(state.keys).contains("| (none) | page down | `pageDown` |"))
    }

    /// A tag being added to 20 marked leads, 8 requests in flight.
    func runningBulk(_ keys: KeyOverrides) -> (AppState, BulkActionTests.Server, [Effect]) {
        var server = BulkActionTests.Server((0..<30).map { lead($0) })
        var state = BulkActionTests.app(&server, marked: 20)
        state.keys = keys
        _ = press(&state, .char("+"))
        _ = type(&state, "x")
        _ = press(&state, .enter)
        let started = press(&state, .char("y"))
        return (state, server, started)
    }

    @Test func escStopsABulkActionAndTheFooterSaysSo() {
        var (state, server, started) = runningBulk(KeyOverrides())
        #expect(state.keyMap.footer.contains { $0.keys == "Esc" && $0.help == "stop the bulk action" })
        _ = press(&state, .escape)
        server.settle(&state, started)
        #expect(state.status?.text == "Tagged 8 leads · stopped: 12 not done · u to undo")
    }

    @Test func theStopKeyIsRemappable() {
        var (state, server, started) = runningBulk(KeyOverrides([.list: [.stopBulk: [.char("Z")]]]))
        #expect(state.keyMap.footer.contains { $0.keys == "Z" && $0.help == "stop the bulk action" })
        #expect(!state.keyMap.footer.contains { $0.keys == "Esc" })
        _ = press(&state, .char("?"))
        guard case .help(let map, _) = state.stack.last else { Issue.record("no help"); return }
        #expect(map.helpLines.contains { $0.keys == "Z" && $0.help == "stop the bulk action" })
        _ = press(&state, .char("q"), .escape)
        #expect(state.bulk?.cancelled == false, "Esc no longer stops")
        _ = press(&state, .char("Z"))
        server.settle(&state, started)
        #expect(state.status?.text == "Tagged 8 leads · stopped: 12 not done · u to undo")
    }
}
