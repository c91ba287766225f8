import Testing
@testable import LeadBrowser
import TiledeskLeads

/// The lead documents of the browser beyond `^E` on a lead: `n` then `^E` fills a new lead in from
/// a YAML template, `^O` on the attributes is YAML with errors reopened, and a document left in the
/// editor by a run that died is offered back at the next start, as it was left.
@Suite struct DocumentFlowTests {
    @Test func nThenCtrlEFillsANewLeadInFromATemplateAndCreatesIt() {
        var state = loadedApp()
        _ = press(&state, .char("n"))
        let open = press(&state, .ctrl("e"))
        guard case .openEditor(let id, let text, "yaml", "test-1") = open.last else { Issue.record("no template: \(open)"); return }
        #expect(open.first == .discardDraft(key: "test-1"), "the empty form gives way")
        #expect(text.hasPrefix("# New lead: fill in and save to create it"))
        #expect(state.top == .list)
        let filled = text.replacingOccurrences(of: "fullname:\n", with: "fullname: Zoë Ångström\n")
            .replacingOccurrences(of: "zipcode:\n", with: "zipcode: 00184\n")
            .replacingOccurrences(of: "tags: []", with: "tags: [new]")
        _ = state.update(.editorClosed(requestID: id, text: filled))
        #expect(state.top == .confirm, "a create is always reviewed")
        let sent = press(&state, .char("y"))
        guard case .request(_, .create(let lead, _))? = sent.first else { Issue.record("no create: \(sent)"); return }
        #expect(lead.fullname == "Zoë Ångström" && lead.zipcode == "00184" && lead.tags == ["new"] && lead.leadID == "test-1")
    }

    @Test func ctrlEIsEndOfLineOnceSomethingIsTyped() {
        var state = loadedApp()
        _ = press(&state, .char("n"))
        _ = type(&state, "Zoë")
        #expect(press(&state, .ctrl("a"), .ctrl("e")) == [], "no editor, no draft: only the cursor moved")
        #expect(state.top == .form)
        guard case .form(let form) = state.stack.last else { return }
        #expect(form.fields[.fullname]?.text == "Zoë")
    }

    @Test func attributesInTheEditorAreYAMLAndAMistakeReopensThem() {
        var state = AppState(leadIDPrefix: "t")
        var form = FormState(editing: Lead(id: "a1", fullname: "Ann", attributes: ["plan": "gold", "seats": 5]))
        form.focus = .attributes
        state.stack = [.form(form)]
        let open = press(&state, .ctrl("o"))
        guard case .openEditor(let id, let text, "yaml", nil)? = open.first else { Issue.record("no editor: \(open)"); return }
        #expect(text.hasSuffix("plan: gold\nseats: 5\n"))
        let typed = "plan: platinum\nseats: 6\nseats: 7\n"
        let again = state.update(.editorClosed(requestID: id, text: typed))
        guard case .openEditor(let next, let reopened, "yaml", nil)? = again.first else { Issue.record("not reopened: \(again)"); return }
        #expect(reopened.hasPrefix("#! Not saved.") && reopened.contains("seats is given more than once") && reopened.hasSuffix(typed))
        let fixed = reopened.replacingOccurrences(of: "seats: 7\n", with: "")
        _ = state.update(.editorClosed(requestID: next, text: fixed))
        guard case .form(let after) = state.stack.last else { Issue.record("no form"); return }
        #expect(after.attributes.attributes == ["plan": "platinum", "seats": 6])
    }

    @Test func aDocumentLeftInTheEditorIsOfferedBackAsItWasLeft() {
        var state = AppState(leadIDPrefix: "t")
        let ann = Lead(id: "a1", fullname: "Ann", city: "Roma")
        let kept = LeadYAML.text(ann).replacingOccurrences(of: "city: Roma", with: "citty: Milano")
        _ = state.update(.draftFound(FormDraft(key: "a1", isCreate: false, original: ann, draft: ann, document: kept)))
        guard case .pick(let dialog) = state.stack.last else { Issue.record("not offered"); return }
        #expect(dialog.message.contains("A YAML document of Ann, open in the editor when leads stopped, was kept"))
        #expect(dialog.message.contains("it has errors; it reopens with them on top"))
        #expect(dialog.choices.map(\.label) == ["Reopen it in the editor", "Keep them for later", "Discard them…"])
        let open = press(&state, .enter)
        guard case .openEditor(let id, kept, "yaml", "a1")? = open.last else { Issue.record("not reopened as kept: \(open)"); return }
        let again = state.update(.editorClosed(requestID: id, text: kept))
        guard case .openEditor(_, let reopened, _, _)? = again.last else { Issue.record("errors not shown: \(again)"); return }
        #expect(reopened.contains("unknown key citty") && reopened.hasSuffix(kept))
    }

    @Test func savingTheDocumentUnchangedOrEmptyingItCancelsAndSaysSo() {
        var state = AppState(leadIDPrefix: "t")
        let ann = Lead(id: "a1", fullname: "Ann", city: "Roma")
        state.stack = [.detail(DetailState(lead: ann, load: .loaded))]
        guard case .openEditor(let id, let text, _, _)? = press(&state, .ctrl("e")).last else { Issue.record("no editor"); return }
        #expect(state.update(.editorClosed(requestID: id, text: text)) == [.discardDraft(key: "a1")], "nothing sent, the journal goes")
        #expect(state.status?.text == "Nothing changed")
        #expect(state.top == .detail)
        for emptied in ["", "# only a comment\n\n"] {
            guard case .openEditor(let next, _, _, _)? = press(&state, .ctrl("e")).last else { Issue.record("no editor"); return }
            #expect(state.update(.editorClosed(requestID: next, text: emptied)) == [.discardDraft(key: "a1")], "nothing sent")
            #expect(state.status?.text == "Edit cancelled: the document was emptied; nothing was saved")
            #expect(state.top == .detail)
        }
    }

    @Test func noAtTheReviewLeavesTheDocumentsValuesInTheForm() {
        var state = AppState(leadIDPrefix: "t")
        let ann = Lead(id: "a1", fullname: "Ann", city: "Roma")
        state.stack = [.detail(DetailState(lead: ann, load: .loaded))]
        guard case .openEditor(let id, let text, _, _)? = press(&state, .ctrl("e")).last else { Issue.record("no editor"); return }
        _ = state.update(.editorClosed(requestID: id, text: text.replacingOccurrences(of: "city: Roma", with: "city: Milano")))
        #expect(state.top == .confirm)
        _ = press(&state, .char("n"))
        guard case .form(let form) = state.stack.last else { Issue.record("no form"); return }
        #expect(form.fields[.city]?.text == "Milano" && form.isDirty, "nothing typed is lost")
    }
}
