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

    @Test func ctrlEEditsTheWholeLeadAsYAMLAndSavesOnlyTheChange() {
        var (state, _) = detailApp()
        let effects = press(&state, .ctrl("e"))
        guard case .openEditor(let id, let text, "yaml") = effects.first else { Issue.record("no editor"); return }
        #expect(text.contains("\nfullname: Lead 0\n"), "plain YAML, no quotes")
        // Written as anyone writes YAML: no quotes, a flow list.
        let edited = text.replacingOccurrences(of: "company:\n", with: "company: ACME\n")
            .replacingOccurrences(of: "tags: []", with: "tags: [vip]")
        let save = state.update(.editorClosed(requestID: id, text: edited))
        #expect(save.count == 1)
        guard case .request(_, .update(_, let change, _)) = save.first else { Issue.record("no save"); return }
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

    @Test func brokenYAMLIsRefusedWithTheLine() {
        var (state, _) = detailApp()
        let id = press(&state, .ctrl("e"))[0].requestID!
        #expect(state.update(.editorClosed(requestID: id, text: "fullname: x\ncitty: Rome\n")) == [])
        guard case .error(let message) = state.stack.last else { Issue.record("no error"); return }
        #expect(message.hasPrefix("Not saved: line 2: unknown key citty"), "\(message)")
    }
}
