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
        #expect(effects.first.map { if case .trash(_, lead(0).id) = $0 { true } else { false } } == true)
        _ = state.update(.leadLoaded(requestID: effects[0].requestID!, lead: lead(0)))
        #expect(state.stack.isEmpty, "a trashed lead's detail closes")
    }

    @Test func ctrlEEditsTheWholeLeadAsYAMLAndSavesOnlyTheChange() {
        var (state, _) = detailApp()
        let effects = press(&state, .ctrl("e"))
        guard case .openEditor(let id, let text, "yaml") = effects.first else { Issue.record("no editor"); return }
        #expect(text.contains("fullname: \"Lead 0\""))
        let edited = text.replacingOccurrences(of: "company: \"\"", with: "company: \"ACME\"")
            .replacingOccurrences(of: "tags: []", with: "tags: [\"vip\"]")
        let save = state.update(.editorClosed(requestID: id, text: edited))
        #expect(save.count == 1)
        guard case .save(_, _, let change) = save.first else { Issue.record("no save"); return }
        #expect(change == LeadChange(fields: [.company: "ACME"], tagsToAdd: ["vip"]))
    }

    @Test func brokenYAMLIsRefusedWithTheLine() {
        var (state, _) = detailApp()
        let id = press(&state, .ctrl("e"))[0].requestID!
        #expect(state.update(.editorClosed(requestID: id, text: "fullname: \"x\"\ncity: Rome\n")) == [])
        #expect(state.stack.last == .error("Not saved: line 2: city is not a JSON value"))
    }
}
