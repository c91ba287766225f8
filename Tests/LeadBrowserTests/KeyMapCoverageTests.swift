import Foundation
import LeadDuplicates
import Testing
@testable import LeadBrowser
import TiledeskLeads

/// Every binding of every key map must do something visible where its map is on top: a binding
/// that help lists but `update` ignores would be a lie on screen.
@Suite struct KeyMapCoverageTests {
    static func scenarios() -> [(String, AppState)] {
        var list = loadedApp()
        _ = press(&list, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        var listWithUndo = list
        listWithUndo.undo = .trash(id: lead(0).id)
        var trashList = list
        let trashFetch = press(&trashList, .char("t"))
        _ = trashList.update(.pageLoaded(requestID: trashFetch[0].requestID!, page: LeadPage(perPage: 40, count: 100, leads: page(0, total: 100))))
        _ = press(&trashList, .char("j"), .char("j"))
        trashList.status = nil
        var detail = list
        _ = press(&detail, .enter, .char("j"))
        var trashedDetail = list
        var trashed = lead(5)
        trashed.status = LeadStatus.trashed
        var shown = DetailState(lead: trashed, load: .loaded)
        shown.scroll = 1
        trashedDetail.stack = [.detail(shown)]
        var form = list
        _ = press(&form, .char("e"))
        var confirm = list
        _ = press(&confirm, .char("d"))
        var pick = list
        _ = press(&pick, .char("s"))
        var viewPicker = list
        viewPicker.views = (1...9).map { SavedView(name: "View \($0)", tag: "t\($0)") }
        _ = press(&viewPicker, .char("v"))
        var prompt = list
        _ = press(&prompt, .char("f"), .enter)
        var searchBox = list
        _ = press(&searchBox, .char("/"))
        var server = BulkActionTests.Server((0..<30).map { lead($0) })
        var bulkRunning = BulkActionTests.app(&server, marked: 20)
        _ = press(&bulkRunning, .char("+"))
        _ = type(&bulkRunning, "x")
        _ = press(&bulkRunning, .enter, .char("y"), .char("j"))
        bulkRunning.status = nil
        var columns = list
        columns.canSaveColumns = true
        _ = press(&columns, .char("c"), .char("j"))
        var message = list
        message.stack = [.error("boom")]
        var help = list
        _ = press(&help, .char("?"), .char("j"))
        let base = lead(3)
        var mine = base, theirs = base
        (mine.fullname, mine.company, mine.city) = ("mine", "mine", "mine")
        (theirs.fullname, theirs.company, theirs.city) = ("theirs", "theirs", "theirs")
        var undecided = ConflictState(theirs: theirs, merge: LeadMerge(base: base, mine: mine, theirs: theirs))
        undecided.selected = 1
        var conflict = list
        conflict.stack = [.form(FormState(editing: base)), .conflict(undecided)]
        var decided = conflict
        var allChosen = undecided
        allChosen.choices = [.mine, .theirs, .mine]
        decided.stack[1] = .conflict(allChosen)
        var project = MergeFixtures()
        func other(_ name: String) -> DuplicateGroup {
            let entries = [1, 2].map { DuplicateEntry(lead: Lead(id: "\(name)\($0)", fullname: name, email: "\(name)@example.com")) }
            return DuplicateGroup(entries: entries, reasons: [.email])
        }
        var duplicates = list
        if case .loadDuplicates(let id)? = press(&duplicates, .char("D")).first {
            _ = duplicates.update(.duplicatesLoaded(requestID: id, groups: [other("b"), MergeFixtures.group, other("c"), other("d")]))
        }
        _ = press(&duplicates, .char("j"))
        var group = duplicates
        project.run(&group, press(&group, .enter))
        _ = press(&group, .char("j"), .char("j"), .char("l"))  // the phone of the second lead: the leads differ there
        var review = group
        _ = press(&review, .char("m"), .char("j"))
        var merged = review
        project.run(&merged, press(&merged, .char("y")))
        merged.status = nil
        return [
            ("duplicates", duplicates), ("duplicate group", group), ("merge review", review), ("duplicates after a merge", merged),
            ("list", list), ("list with undo", listWithUndo), ("trash list", trashList), ("detail", detail),
            ("trashed detail", trashedDetail), ("form", form), ("confirm", confirm), ("pick", pick), ("view picker", viewPicker),
            ("prompt", prompt), ("search box", searchBox), ("bulk action running", bulkRunning), ("message", message), ("help", help), ("conflict", conflict), ("decided conflict", decided),
            ("columns", columns),
        ]
    }

    @Test func everyEnabledBindingChangesStateOrAsksForAnEffect() {
        for (name, state) in Self.scenarios() {
            #expect(state.status?.text == nil, "\(name) starts without a status line")
            for binding in state.keyMap.bindings where binding.enabled {
                for key in binding.keys {
                    var copy = state
                    let effects = copy.update(.key(key))
                    #expect(copy != state || !effects.isEmpty, "\(name): \(key.displayName) (\(binding.help)) does nothing")
                }
            }
        }
    }

    @Test func everyActionOfTheDefaultMapsIsReachable() {
        let maps = [KeyMaps.list(), KeyMaps.list(marked: 2, canRetry: true), KeyMaps.list(marked: 2, bulkRunning: true), KeyMaps.searchBox, KeyMaps.list(trashView: true, undo: .trash(id: "x")), KeyMaps.detail(), KeyMaps.detail(trashed: true),
                    KeyMaps.form, KeyMaps.textField, KeyMaps.tags, KeyMaps.attributes, KeyMaps.confirm, KeyMaps.conflict(), KeyMaps.duplicates(),
                    KeyMaps.duplicateGroup(), KeyMaps.mergeReview, KeyMaps.pick, KeyMaps.viewPicker(), KeyMaps.prompt, KeyMaps.message, KeyMaps.help, KeyMaps.columns(canSave: true)]
        let bound = Set(maps.flatMap(\.bindings).map(\.action))
        #expect(Set(KeyAction.allCases).subtracting(bound).isEmpty)
    }

    @Test func noKeyIsBoundTwiceInOneMap() {
        for map in [KeyMaps.list(), KeyMaps.list(searching: true, marked: 3, canRetry: true), KeyMaps.list(marked: 3, bulkRunning: true), KeyMaps.searchBox, KeyMaps.detail(), KeyMaps.form, KeyMaps.textField, KeyMaps.tags, KeyMaps.attributes, KeyMaps.confirm, KeyMaps.conflict(decided: true), KeyMaps.pick, KeyMaps.viewPicker(), KeyMaps.help, KeyMaps.columns(canSave: true)] {
            let keys = map.bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(map.title) has a key bound twice")
        }
    }

    @Test func onlyYConfirmsAnIrreversibleAction() {
        let confirming = KeyMaps.confirm.bindings.filter { $0.action == .confirm }.flatMap(\.keys)
        #expect(Set(confirming) == [.char("y"), .char("Y")])
        #expect(KeyMaps.confirm.action(for: .enter) == .dismiss)
    }

    @Test func disabledBindingsDropOutOfFooterAndHelp() {
        let map = KeyMaps.list(trashView: false, undo: nil)
        #expect(!map.helpLines.contains { $0.help == "undo trash" })
        #expect(KeyMaps.list(undo: .trash(id: "x")).helpLines.contains { $0.keys == "u" && $0.help == "undo trash" })
        #expect(map.footer.map(\.keys).starts(with: ["Enter", "/", "f"]))
    }

    @Test func helpScreenListsTheBindingsOfTheScreenBelow() {
        var state = loadedApp()
        _ = press(&state, .char("?"))
        guard case .help(let map, _) = state.stack.last else { Issue.record("no help"); return }
        #expect(map.title == "List")
        #expect(map.helpLines.contains { $0.keys == "j/↓" && $0.help == "down" })
        _ = press(&state, .escape)
        #expect(state.top == .list)
    }
}

@Suite struct KeyHelpTests {
    @Test func formHelpListsTheEditorKeysToo() {
        var state = AppState(leadIDPrefix: "t")
        state.stack = [.form(FormState(editing: Lead(id: "1")))]
        _ = press(&state, .function(1))
        guard case .help(let map, _) = state.stack.last else { Issue.record("no help"); return }
        #expect(map.helpLines.contains { $0.keys == "^K (Text field)" && $0.help == "kill to line end" })
        #expect(map.helpSections.map(\.title) == ["Form", "Text field", "Tags", "Attributes"])
        #expect(map.helpLines.contains { $0.keys == "^R (Attributes)" && $0.help == "rename the key" })
    }

    @Test func markdownHasATablePerScreenWithEveryBinding() {
        let md = KeyMaps.markdown()
        for title in ["List", "Trash", "Lead", "Form", "Confirm", "Choose", "Prompt", "Help"] {
            #expect(md.contains("## \(title)\n"), "\(title) missing")
        }
        #expect(md.contains("| `d` | delete forever |"))
        #expect(md.contains("| `y/Y` | yes |"))
    }

    /// KEYBINDINGS.md is `leads keys > KEYBINDINGS.md`; a key map changed without it fails here.
    @Test func keybindingsDocumentMatchesTheKeyMaps() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let document = try String(contentsOf: root.appendingPathComponent("KEYBINDINGS.md"), encoding: .utf8)
        #expect(document == KeyMaps.markdown(), "KEYBINDINGS.md is stale: run `swift run leads keys > KEYBINDINGS.md` and read the diff")
    }
}
