import Testing
@testable import LeadBrowser
import TiledeskLeads

@Suite struct AttributesEditorTests {
    func editor() -> AttributesEditor {
        AttributesEditor(["plan": "gold", "seats": 5, "meta": ["source": "web", "ids": [1, 2]]])
    }

    func select(_ editor: inout AttributesEditor, _ label: String) {
        while editor.selectedRow?.label != label, editor.moveSelection(by: 1) {}
    }

    @Test func rowsShowTheTreeWithChildrenIndented() {
        #expect(editor().rows.map { String(repeating: " ", count: $0.depth) + $0.label } ==
            ["meta", " ids", "  [0]", "  [1]", " source", "plan", "seats"])
    }

    @Test func editingANumberKeepsItANumberAndRefusesInvalidJSON() {
        var e = editor()
        select(&e, "seats")
        _ = e.handle(.enter)
        _ = e.handle(.ctrl("u"))
        for c in "6x" { _ = e.handle(.char(c)) }
        _ = e.handle(.enter)
        #expect(e.message?.hasPrefix("not valid JSON for a number") == true)
        #expect(e.editing != nil, "the input stays open with the text")
        _ = e.handle(.backspace)
        _ = e.handle(.enter)
        #expect(e.attributes["seats"] == .int(6))
    }

    @Test func editingAStringKeepsItAStringEvenWhenItLooksLikeANumber() {
        var e = editor()
        select(&e, "plan")
        _ = e.handle(.enter)
        _ = e.handle(.ctrl("u"))
        for c in "42" { _ = e.handle(.char(c)) }
        _ = e.handle(.enter)
        #expect(e.attributes["plan"] == .string("42"))
    }

    @Test func nestedValuesAreEditable() {
        var e = editor()
        select(&e, "[1]")
        _ = e.handle(.enter)
        _ = e.handle(.ctrl("u"))
        _ = e.handle(.char("3"))
        _ = e.handle(.enter)
        #expect(e.attributes["meta"] == ["source": "web", "ids": [1, 3]])
    }

    @Test func renameRefusesEmptyAndDuplicateKeys() {
        var e = editor()
        select(&e, "plan")
        _ = e.handle(.ctrl("r"))
        _ = e.handle(.ctrl("u"))
        _ = e.handle(.enter)
        #expect(e.message == "a key cannot be empty")
        for c in "seats" { _ = e.handle(.char(c)) }
        _ = e.handle(.enter)
        #expect(e.message == "“seats” is already a key here")
        _ = e.handle(.ctrl("u"))
        for c in "tier" { _ = e.handle(.char(c)) }
        _ = e.handle(.enter)
        #expect(e.attributes["tier"] == "gold")
        #expect(e.attributes["plan"] == nil)
    }

    @Test func addCreatesAKeyAndOpensRename() {
        var e = editor()
        select(&e, "seats")
        _ = e.handle(.insert)
        #expect(e.editing != nil)
        _ = e.handle(.ctrl("u"))
        for c in "owner" { _ = e.handle(.char(c)) }
        _ = e.handle(.enter)
        #expect(e.attributes["owner"] == "")
    }

    @Test func removingAKeyMakesTheSaveAWholeReplaceAndChangingOneAMerge() {
        var form = FormState(editing: Lead(id: "x", attributes: ["a": 1, "b": 2]))
        form.focus = .attributes
        _ = form.handleEditingKey(.enter)
        _ = form.handleEditingKey(.ctrl("u"))
        _ = form.handleEditingKey(.char("9"))
        _ = form.handleEditingKey(.enter)
        #expect(form.change.attributesMerge == ["a": 9])
        #expect(form.change.attributesReplace == nil)
        _ = form.handleEditingKey(.down)
        _ = form.handleEditingKey(.delete)
        #expect(form.change.attributesReplace == ["a": 9])
    }
}

@Suite struct TagsEditorTests {
    @Test func arrowsSelectAChipAndDeleteRemovesIt() {
        var tags = TagsEditor(tags: ["a", "b", "c"])
        _ = tags.handle(.left)
        _ = tags.handle(.left)
        #expect(tags.selectedChip == 1)
        _ = tags.handle(.delete)
        #expect(tags.tags == ["a", "c"])
        var form = FormState(editing: Lead(id: "1", tags: ["x", "y"]))
        form.focus = .tags
        _ = form.handleEditingKey(.left)
        #expect(FormRows.rows(form)[10].lines == ["[x] ▸[y] "])
    }

    @Test func existingEmptyAndRepeatedTagsAreDropped() {
        #expect(TagsEditor(tags: ["a", "", "a", "b"]).tags == ["a", "b"])
    }
}

@Suite struct AttributeTypeChangeTests {
    @Test func ctrlTEditsAStringAsJSONSoItCanBecomeANumber() {
        var e = AttributesEditor(["n": "5"])
        _ = e.handle(.ctrl("t"))
        #expect(e.input.text == "\"5\"")
        _ = e.handle(.ctrl("u"))
        for c in "{\"a\":[1]}" { _ = e.handle(.char(c)) }
        _ = e.handle(.enter)
        #expect(e.attributes["n"] == ["a": [1]])
        #expect(e.rows.count == 3, "the new object's children are rows too")
    }

    @Test func aNewKeyAsksForItsNameThenItsValueWhichTakesTheTypeTyped() {
        var e = AttributesEditor(["plan": "pro"])
        for (name, value) in [("seats", "42"), ("zip", "02134"), ("vip", "true")] {
            let handled = e.handle(.ctrl("n"))
            #expect(handled)
            for c in name { _ = e.handle(.char(c)) }
            _ = e.handle(.enter)
            #expect(e.editing != nil, "after the name, the value is asked for")
            for c in value { _ = e.handle(.char(c)) }
            _ = e.handle(.enter)
            #expect(e.editing == nil)
        }
        #expect(e.attributes == ["plan": "pro", "seats": 42, "zip": "02134", "vip": true])
    }
}
