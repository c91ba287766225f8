import Testing
import TiledeskLeads

@testable import LeadBrowser

/// `--mouse` above the list: the front end names what was clicked (`ClickTarget`) and the click
/// does what that thing's key does: a form row is focused, a choice is chosen, `[y] Yes` and
/// `[N] No` answer, and a click outside a dialog closes it as Esc would.
@Suite struct DialogClickTests {
    @Test func aClickOnAFormRowFocusesIt() {
        var state = loadedApp()
        _ = press(&state, .char("e"))
        _ = state.update(.clickOn(.formRow(.field(.city), line: 0), double: false))
        guard case .form(let form) = state.stack.last else { Issue.record("no form"); return }
        #expect(form.focus == .field(.city))
        _ = type(&state, "Roma")
        guard case .form(let typed) = state.stack.last else { return }
        #expect(typed.fields[.city]?.text == "Roma", "typing lands in the field clicked")
    }

    @Test func leavingTheEmailFieldByAClickLooksTheAddressUpAsTabDoes() {
        var state = loadedApp()
        _ = press(&state, .char("e"), .tab)
        _ = type(&state, "x")
        let effects = state.update(.clickOn(.formRow(.field(.phone), line: 0), double: false))
        #expect(effects.contains { if case .request(_, .list(let q)) = $0 { q.email != nil } else { false } }, "\(effects)")
    }

    @Test func aClickOnAnAttributeRowSelectsIt() {
        var base = lead(1)
        base.attributes = ["a": 1, "b": 2, "c": 3]
        var state = loadedApp()
        state.stack = [.form(FormState(editing: base))]
        _ = state.update(.clickOn(.formRow(.attributes, line: 2), double: false))
        guard case .form(let form) = state.stack.last else { return }
        #expect(form.focus == .attributes)
        #expect(form.attributes.selectedRow?.label == "c")
    }

    @Test func aClickOnAPickChoiceChoosesIt() {
        var state = loadedApp()
        _ = press(&state, .char("s"))
        let index = LeadSortField.allCases.firstIndex(of: .city)!
        let effects = state.update(.clickOn(.choice(index), double: false))
        #expect(state.stack.isEmpty)
        #expect(state.query.sort == .city)
        #expect(effects.contains { $0.query?.sort == .city })
    }

    @Test func yesAndNoAreClickedAndOutsideIsNo() {
        var state = loadedApp()
        _ = press(&state, .char("d"))
        _ = state.update(.clickOn(.answer(false), double: false))
        #expect(state.stack.isEmpty)
        _ = press(&state, .char("d"))
        _ = state.update(.clickOn(.inside, double: false))
        #expect(state.top == .confirm, "a click on the question itself answers nothing")
        _ = state.update(.clickOn(.outside, double: false))
        #expect(state.stack.isEmpty)
        _ = press(&state, .char("d"))
        let effects = state.update(.clickOn(.answer(true), double: false))
        #expect(effects == [.request(id: state.nextRequestID - 1, .trash(id: lead(0).id))])
    }

    @Test func aClickInTheColumnPickerShowsOrHidesThatColumn() {
        var state = loadedApp()
        _ = press(&state, .char("c"))
        _ = state.update(.clickOn(.choice(1), double: false))
        #expect(!state.tableColumns.contains(.field(.email)))
        _ = state.update(.clickOn(.choice(1), double: false))
        #expect(state.tableColumns == LeadColumn.defaults)
        _ = state.update(.clickOn(.outside, double: false))
        #expect(state.stack.isEmpty)
    }

    @Test func anyClickClosesHelpAndErrors() {
        var state = loadedApp()
        _ = press(&state, .char("?"))
        _ = state.update(.clickOn(.inside, double: false))
        #expect(state.stack.isEmpty)
        state.stack = [.error("boom")]
        _ = state.update(.clickOn(.inside, double: false))
        #expect(state.stack.isEmpty)
    }

    @Test func aFormRowClickMeansNothingOnAnotherScreen() {
        var state = loadedApp()
        _ = press(&state, .enter)
        let before = state
        #expect(state.update(.clickOn(.formRow(.field(.city), line: 0), double: false)).isEmpty)
        #expect(state == before)
    }
}
