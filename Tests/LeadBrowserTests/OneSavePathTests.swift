import Foundation
import Testing
@testable import LeadBrowser
import TiledeskLeads

/// Every way of writing a lead in the browser ends in the same save: the review, the re-read, the
/// three-way merge, the conflict screen. For each way, a colleague's change to another field made
/// meanwhile survives, and a colleague's change to the same field reaches the conflict screen.
@Suite struct OneSavePathTests {
    static let base = Lead(
        id: "a1", fullname: "Ann", email: "ann@example.com", company: "Start Co", tags: ["vip"], attributes: ["plan": "gold"],
        updatedAt: ISOTime.parse("2026-01-01T00:00:00.000Z"))

    /// The lead as the server holds it after a colleague's change.
    static func theirs(_ change: (inout Lead) -> Void) -> Lead {
        var lead = base
        change(&lead)
        lead.updatedAt = ISOTime.parse("2026-06-01T00:00:00.000Z")
        return lead
    }

    /// The ways a user writes a lead; each sets the company to "Mine Co" and stops at the review.
    enum Path: String, CaseIterable, CustomTestStringConvertible {
        case document, documentTemplateOfAKeptDraft, fieldInTheEditor, fieldInTheEditorByChord, reopenedDraft, restoreAndApply

        var testDescription: String { rawValue }

        /// Leaves `state` with the review of the edit on top; returns the lead the save is based
        /// on (for restore and apply: the trashed lead) and the re-read already asked, if any.
        func begin(_ state: inout AppState) -> (base: Lead, reread: Int?) {
            switch self {
            case .document:
                state.stack = [.detail(DetailState(lead: OneSavePathTests.base, load: .loaded))]
                let open = press(&state, .ctrl("e"))
                guard case .openEditor(let id, let text, _, _)? = open.last else { return (OneSavePathTests.base, nil) }
                _ = state.update(.editorClosed(requestID: id, text: text.replacingOccurrences(of: "company: Start Co", with: "company: Mine Co")))
            case .documentTemplateOfAKeptDraft:
                let document = LeadYAML.text(OneSavePathTests.base).replacingOccurrences(of: "company: Start Co", with: "company: Mine Co")
                let base = OneSavePathTests.base
                _ = state.update(.draftFound(FormDraft(key: "a1", isCreate: false, original: base, draft: base, document: document)))
                let open = press(&state, .enter)  // reopen it in the editor
                guard case .openEditor(let id, let text, _, _)? = open.last else { return (base, nil) }
                _ = state.update(.editorClosed(requestID: id, text: text))  // saved as it was kept
            case .fieldInTheEditor, .fieldInTheEditorByChord:
                var form = FormState(editing: OneSavePathTests.base)
                form.focus = .field(.company)
                state.stack = [.form(form)]
                let open = self == .fieldInTheEditor ? press(&state, .ctrl("o")) : press(&state, .ctrl("x"), .ctrl("e"))
                guard let id = open.first?.requestID else { return (OneSavePathTests.base, nil) }
                _ = state.update(.editorClosed(requestID: id, text: "Mine Co\n"))
                _ = press(&state, .ctrl("s"))
            case .reopenedDraft:
                var mine = OneSavePathTests.base
                mine.company = "Mine Co"
                _ = state.update(.draftFound(FormDraft(key: "a1", isCreate: false, original: OneSavePathTests.base, draft: mine)))
                _ = press(&state, .enter)  // reopen them in the form
                _ = press(&state, .ctrl("s"))
            case .restoreAndApply:
                var form = FormState(editing: OneSavePathTests.base)
                form.fields[.company]?.setText("Mine Co")
                state.stack = [.form(form)]
                _ = press(&state, .ctrl("s"))
                let check = press(&state, .char("y"))
                let trashed = OneSavePathTests.theirs { $0.status = LeadStatus.trashed }
                _ = state.update(.leadLoaded(requestID: check.first!.requestID!, lead: trashed))
                let reread = press(&state, .enter)  // restore it and apply my edits
                // The restore goes straight to its re-read (the review was seen before the trash).
                return (trashed, reread.last?.requestID)
            }
            return (OneSavePathTests.base, nil)
        }
    }

    /// From the review (or, for restore, the re-read already asked): yes, then the re-read's answer.
    func finish(_ state: inout AppState, theirs: Lead, reread: Int?) -> [Effect] {
        var checkID = reread
        if checkID == nil {
            guard state.top == .confirm else {
                Issue.record("no review on top: \(state.stack.last.map { "\($0.kind)" } ?? "list")")
                return []
            }
            let check = press(&state, .char("y"))
            guard case .request(let id, .get("a1"))? = check.first else {
                Issue.record("no re-read before the save: \(check)")
                return []
            }
            checkID = id
        }
        return state.update(.leadLoaded(requestID: checkID!, lead: theirs))
    }

    @Test(arguments: Path.allCases)
    func aColleaguesChangeToAnotherFieldSurvives(_ path: Path) {
        var state = AppState(leadIDPrefix: "t")
        let (began, reread) = path.begin(&state)
        var theirs = began
        theirs.email = "ann@theirs.example"
        theirs.updatedAt = ISOTime.parse("2026-07-01T00:00:00.000Z")
        let effects = finish(&state, theirs: theirs, reread: reread)
        guard let change = effects.compactMap({ if case .request(_, .update(_, let change, _)) = $0 { change } else { nil } }).first else {
            Issue.record("\(path): nothing sent: \(effects)")
            return
        }
        let onServer = change.applied(to: theirs)
        #expect(onServer.company == "Mine Co" && onServer.email == "ann@theirs.example", "\(path)")
        #expect(change.fields[.email] == nil, "\(path): their field is not sent back")
        if path == .restoreAndApply { #expect(change.status == LeadStatus.normal) }
    }

    @Test(arguments: Path.allCases)
    func aColleaguesChangeToTheSameFieldReachesTheConflictScreen(_ path: Path) {
        var state = AppState(leadIDPrefix: "t")
        let (began, reread) = path.begin(&state)
        var theirs = began
        theirs.company = "Theirs Co"
        theirs.updatedAt = ISOTime.parse("2026-07-01T00:00:00.000Z")
        let effects = finish(&state, theirs: theirs, reread: reread)
        #expect(!effects.contains { if case .request(_, .update) = $0 { true } else { false } }, "\(path): nothing written")
        guard case .conflict(let conflict) = state.stack.last else {
            Issue.record("\(path): no conflict screen")
            return
        }
        #expect(conflict.conflicts.map(\.label) == ["Company"])
        #expect(conflict.conflicts.first?.mine == "Mine Co" && conflict.conflicts.first?.theirs == "Theirs Co")
    }
}
