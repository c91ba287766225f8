import Testing
@testable import LeadBrowser
import TiledeskLeads

@Suite struct DetailAndEditorTests {
    func detailApp() -> (AppState, Int) {
        var state = loadedApp()
        let effects = press(&state, .enter)
        return (state, effects[0].requestID!)
    }

    @Test func freshCopyReplacesTheRowCopyAndMarksLoaded() {
        var (state, id) = detailApp()
        var fresh = lead(0)
        fresh.company = "ACME"
        _ = state.update(.leadLoaded(requestID: id, lead: fresh))
        guard case .detail(let detail) = state.stack.last else { Issue.record("no detail"); return }
        #expect(detail.lead.company == "ACME")
        #expect(detail.load == .loaded)
        #expect(state.list.item(at: 0)?.company == "ACME", "the list row is updated too")
    }

    @Test func failedFetchIsShownAndAnswerAfterClosingIsDropped() {
        var (state, id) = detailApp()
        _ = state.update(.requestFailed(requestID: id, error: APIError(.notFound, status: 404, message: "Object not found.")))
        guard case .detail(let detail) = state.stack.last else { Issue.record("no detail"); return }
        #expect(detail.load == .failed("Object not found. (HTTP 404)"))
        let refresh = press(&state, .char("r"))
        _ = press(&state, .char("q"))
        #expect(state.update(.leadLoaded(requestID: refresh[0].requestID!, lead: lead(0))) == [])
        #expect(state.stack.isEmpty)
    }

    @Test func detailKeysActOnTheLeadShown() {
        var (state, _) = detailApp()
        _ = press(&state, .char("e"))
        #expect(state.top == .form)
        _ = press(&state, .escape)
        _ = press(&state, .char("d"))
        #expect(state.top == .confirm)
        let effects = press(&state, .char("y"))
        #expect(effects.first.map { if case .request(_, .trash(lead(0).id)) = $0 { true } else { false } } == true)
        _ = state.update(.leadLoaded(requestID: effects[0].requestID!, lead: lead(0)))
        #expect(state.stack.isEmpty, "a trashed lead's detail closes")
    }

    @Test func ctrlEEditsTheWholeLeadAsYAMLJournalsItAndSavesThroughTheFormsReview() {
        var (state, _) = detailApp()
        let effects = press(&state, .ctrl("e"))
        guard case .persistDraft(let journal) = effects.first, case .openEditor(let id, let text, "yaml", lead(0).id) = effects.last else {
            Issue.record("no journaled editor: \(effects)")
            return
        }
        #expect(journal.document == text && journal.key == lead(0).id, "the document is journaled while the editor is open")
        #expect(text.contains("\nfullname: Lead 0\n"), "plain YAML, no quotes")
        // Written as anyone writes YAML: no quotes, a flow list.
        let edited = text.replacingOccurrences(of: "company:\n", with: "company: ACME\n")
            .replacingOccurrences(of: "tags: []", with: "tags: [vip]")
        let closed = state.update(.editorClosed(requestID: id, text: edited))
        guard case .persistDraft(let form) = closed.first else { Issue.record("no draft: \(closed)"); return }
        #expect(form.document == nil && form.draft.company == "ACME", "now a form's draft")
        #expect(state.top == .confirm, "the form's review")
        guard case .confirm(let review) = state.stack.last else { return }
        #expect(review.question.contains("ACME"))
        let check = press(&state, .char("y"))
        guard case .request(let checkID, .get(lead(0).id)) = check.first else { Issue.record("no re-read: \(check)"); return }
        let save = state.update(.leadLoaded(requestID: checkID, lead: lead(0)))
        guard case .request(_, .update(_, let change, true)) = save.first else { Issue.record("no save: \(save)"); return }
        #expect(change == LeadChange(fields: [.company: "ACME"], tagsToAdd: ["vip"]))
    }

    @Test func theYAMLHandedToTheEditorCarriesNoRawControlOrBidiCharacters() throws {
        let hostile = Lead(
            id: "id\u{1B}]0;t\u{07}", fullname: "Evil\u{1B}]52;c;aGk=\u{07}\u{9B}31m\u{202E}gnp.exe", note: "a\u{1B}[2J\u{7F}b",
            tags: ["\u{1B}[5m", "\u{2066}x"], attributes: ["k\u{1B}": "\u{85}v"])
        let text = LeadYAML.text(hostile)
        let raw = text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                || (0x2066...0x2069).contains($0.value)
        }
        #expect(raw.isEmpty, "raw in the editor file: \(raw.map { String($0.value, radix: 16) })")
        // And it reads back to the same values.
        let back = try LeadYAML.parse(text, onto: hostile)
        #expect(back.fullname == hostile.fullname && back.note == hostile.note && back.tags == hostile.tags && back.attributes == hostile.attributes)
    }

    @Test func brokenYAMLReopensTheEditorOnTheUsersTextWithTheErrorOnTop() {
        var (state, _) = detailApp()
        let id = press(&state, .ctrl("e")).last!.requestID!
        let typed = "fullname: x\ncitty: Rome\n"
        let again = state.update(.editorClosed(requestID: id, text: typed))
        guard case .persistDraft(let journal) = again.first, case .openEditor(let next, let text, "yaml", _) = again.last else {
            Issue.record("not reopened: \(again)")
            return
        }
        #expect(text.hasPrefix("#! Not saved.") && text.contains("#! line 5: unknown key citty") && text.hasSuffix(typed))
        #expect(journal.document == text)
        #expect(state.status?.text == "Not saved: 1 problem(s), shown at the top of your text")
        // Saved as reopened: cancelled, and the journal goes.
        #expect(state.update(.editorClosed(requestID: next, text: text)) == [.discardDraft(key: lead(0).id)])
        #expect(state.status?.text == "Edit cancelled; nothing was saved")
    }
}
