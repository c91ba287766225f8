import Testing
@testable import LeadBrowser
import TiledeskLeads

@Suite struct FormTests {
    static let ann = Lead(id: "a1", fullname: "Ann", email: "ann@example.com", tags: ["vip", "eu"],
                          attributes: ["plan": "gold", "seats": 5, "meta": ["source": "web", "ids": [1, 2]]])

    func formApp(_ lead: Lead = FormTests.ann) -> AppState {
        var state = AppState(leadIDPrefix: "t")
        state.stack = [.form(FormState(editing: lead))]
        return state
    }

    func form(_ state: AppState) -> FormState? {
        if case .form(let f) = state.stack.last { return f }
        return nil
    }

    /// Says yes to the review, checks the re-read is asked, answers it with `theirs`.
    func confirmAndReread(_ state: inout AppState, theirs: Lead = FormTests.ann) -> [Effect] {
        let check = press(&state, .char("y"))
        guard case .request(let id, .get(let leadID)) = check.first, check.count == 1 else {
            Issue.record("no re-read before save: \(check)")
            return []
        }
        #expect(leadID == theirs.id)
        return state.update(.leadLoaded(requestID: id, lead: theirs))
    }

    @Test func typingEditsTheFocusedFieldAndMarksItDirty() {
        var state = formApp()
        _ = press(&state, .ctrl("e"), .char("e"))
        #expect(form(state)?.fields[.fullname]?.text == "Anne")
        #expect(form(state)?.isDirty(.field(.fullname)) == true)
        #expect(form(state)?.isDirty(.field(.email)) == false)
        #expect(form(state)?.change == LeadChange(fields: [.fullname: "Anne"]))
    }

    @Test func tabAndShiftTabMoveBetweenFieldsAndWrap() {
        var state = formApp()
        _ = press(&state, .tab, .tab)
        #expect(form(state)?.focus == .field(.phone))
        _ = press(&state, .backTab, .backTab, .backTab)
        #expect(form(state)?.focus == .attributes)
    }

    @Test func saveShowsTheReviewAndSendsTheMinimalChangeOnlyAfterY() {
        var state = formApp()
        _ = press(&state, .tab, .ctrl("e"), .ctrl("w"))
        _ = type(&state, "org")
        _ = press(&state, .ctrl("s"))
        guard case .confirm(let dialog) = state.stack.last else { Issue.record("no review"); return }
        #expect(dialog.question.contains("Email: ann@example.com → ann@example.org"))
        #expect(press(&state, .enter) == [])
        #expect(form(state) != nil, "Enter only closes the review")
        _ = press(&state, .ctrl("s"))
        let effects = confirmAndReread(&state)
        #expect(effects.count == 1)
        guard case .request(_, .update("a1", let change, _)) = effects.first else { Issue.record("no save"); return }
        #expect(change == LeadChange(fields: [.email: "ann@example.org"]), "only the changed field is sent")
    }

    @Test func smallEditsSkipTheReviewOnlyWhenTheSettingSaysSo() {
        var state = formApp()
        state.reviewSkipLimit = 1
        _ = type(&state, "!")
        let effects = press(&state, .ctrl("s"))
        guard case .request(_, .get) = effects.first else { Issue.record("one change goes straight to the re-read: \(effects)"); return }
        #expect(state.top == .form)
        #expect(state.status?.text == "Saving without review: Name: Ann → Ann!")

        var two = formApp()
        two.reviewSkipLimit = 1
        _ = type(&two, "!")
        _ = press(&two, .tab, .char("x"), .ctrl("s"))
        #expect(two.top == .confirm, "two changes are reviewed")

        var create = AppState(leadIDPrefix: "t")
        create.reviewSkipLimit = 10
        create.stack = [.form(FormState(creatingWithLeadID: "t-1"))]
        _ = type(&create, "New")
        _ = press(&create, .ctrl("s"))
        #expect(create.top == .confirm, "a create is always reviewed")
    }

    @Test func saveWithNothingChangedSendsNothing() {
        var state = formApp()
        _ = type(&state, "x")
        _ = press(&state, .backspace)
        #expect(press(&state, .ctrl("s")) == [])
        #expect(state.status?.text == "Nothing changed")
        #expect(state.top == .form)
    }

    @Test func savedLeadClosesTheFormAndFailedSaveKeepsIt() {
        var state = formApp()
        _ = type(&state, "!")
        _ = press(&state, .ctrl("s"))
        let effects = confirmAndReread(&state)
        guard case .request(let id, .update(_, let change, _)) = effects.first else { Issue.record("no save"); return }
        #expect(change == LeadChange(fields: [.fullname: "Ann!"]))
        _ = state.update(.requestFailed(requestID: id, error: APIError(.server, status: 500, message: "boom")))
        #expect(form(state)?.saveError == "boom (HTTP 500)")
        #expect(form(state)?.fields[.fullname]?.text == "Ann!", "what was typed survives a failed save")
        _ = press(&state, .ctrl("s"))
        let retry = confirmAndReread(&state)
        guard case .request(let id2, .update) = retry.first else { Issue.record("no retry"); return }
        _ = state.update(.leadLoaded(requestID: id2, lead: change.applied(to: FormTests.ann)))
        #expect(state.stack.isEmpty)
        #expect(state.status?.text == "Saved — u in the list to undo")
    }

    @Test func invalidEmailBlocksSaveWithAMessageNextToTheField() {
        var state = formApp()
        _ = press(&state, .tab, .ctrl("u"))
        _ = type(&state, "not an address")
        #expect(press(&state, .ctrl("s")) == [])
        #expect(form(state)?.issue(.field(.email)) == "not an email address")
        #expect(state.status?.isError == true)
        #expect(FormRows.rows(form(state)!)[1].issue == "not an email address")
    }

    @Test func escapeOnADirtyFormAsksAndEnterDoesNotDiscard() {
        var state = formApp()
        _ = type(&state, "x")
        _ = press(&state, .escape)
        #expect(state.top == .confirm)
        _ = press(&state, .enter)
        #expect(state.top == .form)
        _ = press(&state, .escape, .char("y"))
        #expect(state.stack.isEmpty)
        var clean = formApp()
        _ = press(&clean, .escape)
        #expect(clean.stack.isEmpty, "a clean form closes at once")
    }

    @Test func createFormSendsTheDraftWithItsLeadID() {
        var state = loadedApp()
        _ = press(&state, .char("n"))
        _ = type(&state, "Zoë")
        _ = press(&state, .ctrl("s"))
        let effects = press(&state, .char("y"))
        guard case .request(_, .create(let lead, _)) = effects.first else { Issue.record("no create"); return }
        #expect(lead.fullname == "Zoë")
        #expect(lead.leadID == "test-1")
    }

    @Test func aCreateSentAgainAfterAFailureLooksForItsLeadFirst() {
        var state = loadedApp()
        _ = press(&state, .char("n"))
        _ = type(&state, "Zoë")
        _ = press(&state, .ctrl("s"))
        let first = press(&state, .char("y"))
        guard case .request(let id, .create(_, let mayExist)) = first.first else { Issue.record("no create in \(first)"); return }
        #expect(!mayExist, "a first send posts at once")
        // The answer was lost: the server may hold the lead although the app was told it failed.
        _ = state.update(.requestFailed(requestID: id, error: APIError(.timeout, message: "no answer")))
        _ = press(&state, .ctrl("s"))
        let again = press(&state, .char("y"))
        guard case .request(_, .create(let lead, let lookFirst)) = again.first else { Issue.record("no retry in \(again)"); return }
        #expect(lookFirst && lead.leadID == "test-1", "the retry looks for lead_id test-1 before posting")
    }

    @Test func theCreatedLeadIsSelectedWhenTheListComesBack() {
        var state = loadedApp()
        _ = press(&state, .char("j"), .char("j"), .char("n"))
        _ = type(&state, "Zoë")
        _ = press(&state, .ctrl("s"))
        let sent = press(&state, .char("y"))
        guard let id = sent.compactMap({ if case .request(let id, .create) = $0 { id } else { nil } }).first else {
            Issue.record("no create in \(sent)")
            return
        }
        let made = Lead(id: "new-lead", fullname: "Zoë", status: 100)
        let refetch = state.update(.leadLoaded(requestID: id, lead: made))
        guard let pageID = refetch.compactMap({ if case .request(let id, .list) = $0 { id } else { nil } }).first else {
            Issue.record("no refresh in \(refetch)")
            return
        }
        var leads = page(0, total: 1001)
        leads.insert(made, at: 0)
        _ = state.update(.pageLoaded(requestID: pageID, page: LeadPage(perPage: 40, count: 1001, leads: Array(leads.prefix(40)))))
        #expect(state.list.selectedItem?.id == "new-lead")
        #expect(state.status?.text == "Created Zoë")
    }

    @Test func ctrlXCtrlEOpensTheFocusedFieldInTheEditorAndCtrlEAloneIsEndOfLine() {
        var state = formApp()
        _ = press(&state, .ctrl("a"))
        #expect(press(&state, .ctrl("e")) == [])
        let effects = press(&state, .ctrl("x"), .ctrl("e"))
        guard case .openEditor(let id, "Ann", "txt", nil) = effects.first else { Issue.record("no editor"); return }
        _ = state.update(.editorClosed(requestID: id, text: "Annabel\n"))
        #expect(form(state)?.fields[.fullname]?.text == "Annabel")
    }

    @Test func tagsAreAddedRemovedAndNeverEmptyOrDuplicated() {
        var state = formApp()
        state.stack = [.form({ var f = FormState(editing: FormTests.ann); f.focus = .tags; return f }())]
        _ = type(&state, "vip")
        _ = press(&state, .enter)
        #expect(form(state)?.tags.message == "“vip” is already there")
        _ = press(&state, .ctrl("u"), .enter)
        #expect(form(state)?.tags.message == "a tag cannot be empty")
        _ = type(&state, "new")
        _ = press(&state, .enter, .backspace, .backspace)
        #expect(form(state)?.tags.tags == ["vip"])
        let change = form(state)!.change
        #expect(change.tagsToRemove == ["eu"])
        #expect(change.tagsToAdd == [])
    }
}
