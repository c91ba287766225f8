import Testing
@testable import LeadBrowser
import TiledeskLeads

/// `[keys]` remapping as the user meets it: the new key does the action, the old one no longer
/// does, and the footer and `?` show the new key, on screens and in the form's editors alike.
@Suite struct KeyRemapTests {
    func form(_ state: AppState) -> FormState? {
        if case .form(let f) = state.stack.last { return f }
        return nil
    }

    @Test func aRemappedActionTakesItsNewKeysAndTheFooterAndHelpShowThem() {
        var state = loadedApp()
        state.keys = KeyOverrides([.list: [.open: [.char("o")]]])
        _ = press(&state, .enter)
        #expect(state.top == .list, "Enter no longer opens")
        #expect(state.keyMap.footer.contains { $0.keys == "o" && $0.help == "open" })
        _ = press(&state, .char("?"))
        guard case .help(let map, _) = state.stack.last else { Issue.record("no help"); return }
        #expect(map.helpLines.contains { $0.keys == "o" && $0.help == "open" })
        #expect(!map.helpLines.contains { $0.keys == "Enter" })
        _ = press(&state, .escape, .char("o"))
        #expect(state.top == .detail)
    }

    @Test func severalKeysForOneActionAllWork() {
        for key in [Key.enter, .char("o")] {
            var state = loadedApp()
            state.keys = KeyOverrides([.list: [.open: [.enter, .char("o")]]])
            _ = press(&state, key)
            #expect(state.top == .detail, "\(key.displayName) opens")
            #expect(loadedApp().keyMap.footer.first?.keys == "Enter")
        }
        var state = loadedApp()
        state.keys = KeyOverrides([.list: [.open: [.enter, .char("o")]]])
        #expect(state.keyMap.footer.first?.keys == "Enter/o")
    }

    @Test func anUnboundActionDoesNothingAndIsListedNowhere() {
        var state = loadedApp()
        state.keys = KeyOverrides([.list: [.trash: []]])
        #expect(press(&state, .char("d")).isEmpty)
        #expect(state.top == .list, "no trash confirmation")
        #expect(!state.keyMap.footer.contains { $0.help == "trash" })
        #expect(!state.keyMap.helpLines.contains { $0.help == "trash" })
        #expect(KeyMaps.markdown(state.keys).contains("| (none) | trash | `trash` |"))
    }

    @Test func theTextFieldKeysAreRemappableInTheFormAndListedInItsHelp() {
        var state = AppState(leadIDPrefix: "t")
        state.stack = [.form(FormState(editing: Lead(id: "a1", fullname: "Ann Lee")))]
        state.keys = KeyOverrides([.text: [.killToLineEnd: [.ctrl("q")], .lineStart: [.alt("a")]]])
        _ = press(&state, .ctrl("a"), .ctrl("k"))
        #expect(form(state)?.fields[.fullname]?.text == "Ann Lee", "^A and ^K no longer edit")
        _ = press(&state, .alt("a"), .ctrl("q"))
        #expect(form(state)?.fields[.fullname]?.text == "")
        _ = press(&state, .function(1))
        guard case .help(let map, _) = state.stack.last else { Issue.record("no help"); return }
        #expect(map.helpLines.contains { $0.keys == "^Q (Text field)" && $0.help == "kill to line end" })
        #expect(!map.helpLines.contains { $0.keys.hasPrefix("^K") })
    }

    @Test func theTagsAndAttributesKeysAreRemappable() {
        var state = AppState(leadIDPrefix: "t")
        var editing = FormState(editing: Lead(id: "a1", tags: ["vip"], attributes: ["plan": "gold"]))
        editing.focus = .tags
        state.stack = [.form(editing)]
        state.keys = KeyOverrides([.tags: [.addTag: [.char(",")]], .attributes: [.removeKey: [.char("x")]]])
        _ = type(&state, "eu,")
        #expect(form(state)?.tags.tags == ["vip", "eu"], "a comma adds the typed tag")
        editing = form(state)!
        editing.focus = .attributes
        state.replaceTop(.form(editing))
        _ = press(&state, .delete)
        #expect(form(state)?.attributes.attributes["plan"] != nil, "Del no longer removes")
        _ = press(&state, .char("x"))
        #expect(form(state)?.attributes.attributes["plan"] == nil)
    }

    @Test func theSearchBoxTakesItsOwnKeys() {
        var state = loadedApp()
        state.keys = KeyOverrides([.search: [.pickChoose: [.tab]], .prompt: [.pickChoose: [.ctrl("j")]]])
        _ = press(&state, .char("/"))
        _ = type(&state, "ann")
        #expect(state.keyMap.footer.first.map { "\($0.keys) \($0.help)" } == "Tab search")
        #expect(press(&state, .ctrl("j")).isEmpty, "the prompts' key is not the search box's")
        let effects = press(&state, .tab)
        #expect(effects.contains { $0.query?.fullText == "ann" }, "Tab sends the search")
        #expect(state.search.input == nil)
    }

    @Test func theAttributeInputTakesThePromptKeys() {
        var editor = AttributesEditor(["plan": "gold"])
        let keys = KeyOverrides([.prompt: [.pickChoose: [.tab]]]).editorKeys
        _ = editor.handle(.enter, keys: keys)
        _ = editor.handle(.ctrl("u"), keys: keys)
        for c in "silver" { _ = editor.handle(.char(c), keys: keys) }
        _ = editor.handle(.tab, keys: keys)
        #expect(editor.attributes["plan"] == .string("silver"), "Tab applies the typed value")
        #expect(editor.editing == nil)
    }

    @Test func theDefaultsShareNoKeyWithinAScreenAndARemapThatDoesIsFound() {
        #expect(KeyOverrides().firstConflict() == nil)
        let conflict = KeyOverrides([.list: [.open: [.char("d")]]]).firstConflict()
        #expect(conflict == KeyConflict(screen: .list, key: .char("d"), actions: [.open, .trash]))
        // `d` deletes for good in the trash and trashes elsewhere: never both at once.
        #expect(KeyOverrides([.list: [.deleteForever: [.char("z")], .trash: [.char("z")]]]).firstConflict() == nil)
    }

    @Test func everyKeyNameShownReadsBackAsTheSameKey() {
        let maps = KeyScreen.allCases.flatMap(\.defaultVariants)
        for key in Set(maps.flatMap(\.bindings).flatMap(\.keys)) {
            #expect(Key(name: key.displayName) == key, "\(key.displayName)")
        }
        #expect(Key(name: "C-s") == .ctrl("s"))
        #expect(Key(name: "up") == .up)
        #expect(Key(name: "O") == .char("O"))
        #expect(Key(name: "Entr") == nil)
        #expect(Key(name: "F13") == nil)
        #expect(Key(name: "^Ctrl") == nil)
    }
}
