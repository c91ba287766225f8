import Testing
@testable import LeadBrowser
import TiledeskLeads

@Suite struct DraftTests {
    func editing() -> AppState {
        var state = AppState(leadIDPrefix: "t")
        state.stack = [.form(FormState(editing: FormTests.ann))]
        return state
    }

    @Test func everyKeyThatChangesTheDraftJournalsIt() {
        var state = editing()
        let typed = press(&state, .char("e"))
        guard case .persistDraft(let draft) = typed.first else { Issue.record("not journaled"); return }
        #expect(draft.key == "a1")
        #expect(draft.draft.fullname == "Anne")
        let moved = press(&state, .left, .tab)
        #expect(!moved.contains { if case .persistDraft = $0 { true } else { false } }, "moving the cursor or focus changes nothing to journal")
        #expect(moved.allSatisfy { if case .lookUpDuplicates = $0 { true } else { false } }, "leaving a changed name only asks the duplicate index")
    }

    @Test func draftFoundAtStartIsOfferedAndReopensTheFormAsTyped() {
        var state = loadedApp()
        var typed = FormTests.ann
        typed.email = "new@example.com"
        typed.tags = ["vip"]
        let draft = FormDraft(key: "a1", isCreate: false, original: FormTests.ann, draft: typed)
        _ = state.update(.draftFound(draft))
        guard case .pick(let offer) = state.stack.last else { Issue.record("no offer"); return }
        #expect(offer.message.contains("Email: ann@example.com → new@example.com"), "the offer shows the diff")
        #expect(offer.message.contains("Tags: −eu"))
        #expect(press(&state, .char("j"), .enter) == [], "later keeps the draft")
        #expect(state.stack.isEmpty)
        _ = state.update(.draftFound(draft))
        #expect(press(&state, .char("j"), .char("j"), .enter) == [], "discard asks first")
        #expect(press(&state, .enter) == [], "and Enter is not yes")
        _ = state.update(.draftFound(draft))
        _ = press(&state, .char("j"), .char("j"), .enter)
        #expect(press(&state, .char("y")) == [.discardDraft(key: "a1")])
        _ = state.update(.draftFound(draft))
        _ = press(&state, .enter)
        guard case .form(let form) = state.stack.last else { Issue.record("no form"); return }
        #expect(form.fields[.email]?.text == "new@example.com")
        #expect(form.change == LeadChange(fields: [.email: "new@example.com"], tagsToRemove: ["eu"]))
    }

    @Test func savingOrDiscardingForgetsTheDraft() {
        var state = editing()
        _ = press(&state, .char("x"))
        #expect(press(&state, .escape, .char("y")) == [.discardDraft(key: "a1")])
        var saving = editing()
        _ = press(&saving, .char("x"), .ctrl("s"))
        let check = press(&saving, .char("y"))
        let save = saving.update(.leadLoaded(requestID: check[0].requestID!, lead: FormTests.ann))
        let done = saving.update(.leadLoaded(requestID: save[0].requestID!, lead: FormTests.ann))
        #expect(done == [.discardDraft(key: "a1")])
    }
}
