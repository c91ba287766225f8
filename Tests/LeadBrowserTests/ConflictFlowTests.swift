import Foundation
import Testing
@testable import LeadBrowser
import TiledeskLeads

/// A save that finds the lead changed or gone on the server, through the app as a user drives
/// it: nothing is written until every overlap is decided, and a gone lead is never re-created.
@Suite struct ConflictFlowTests {
    static let base = Lead(id: "a1", fullname: "Ann", email: "ann@example.com", company: "Start Co", tags: ["vip"],
                           attributes: ["plan": "gold"], updatedAt: ISOTime.parse("2026-01-01T00:00:00.000Z"))

    /// An app editing `base`, with `edit` typed, ^S, the review confirmed, and the re-read
    /// answered with `theirs`; returns the effects of that answer.
    func save(_ state: inout AppState, editing: (inout FormState) -> Void, theirs: Lead) -> [Effect] {
        state = AppState(leadIDPrefix: "t")
        var form = FormState(editing: Self.base)
        editing(&form)
        state.stack = [.form(form)]
        _ = press(&state, .ctrl("s"))
        let check = press(&state, .char("y"))
        guard case .request(let id, .get) = check.first else {
            Issue.record("no re-read before save: \(check)")
            return []
        }
        return state.update(.leadLoaded(requestID: id, lead: theirs))
    }

    func changed(_ edit: (inout Lead) -> Void) -> Lead {
        var lead = Self.base
        edit(&lead)
        lead.updatedAt = ISOTime.parse("2026-06-01T00:00:00.000Z")
        return lead
    }

    /// An edit of the company saved (review confirmed) whose re-read finds the lead deleted
    /// for good; returns the effects of that answer.
    func deletedMeanwhile(_ state: inout AppState) -> [Effect] {
        var form = FormState(editing: Self.base)
        form.fields[.company]?.setText("Mine Co")
        state.stack = [.form(form)]
        _ = press(&state, .ctrl("s"))
        let check = press(&state, .char("y"))
        return state.update(.requestFailed(requestID: check[0].requestID!, error: APIError(.notFound, status: 404, message: "Object not found.")))
    }

    func sent(_ effects: [Effect]) -> LeadChange? {
        for case .request(_, .update(_, let change, _)) in effects { return change }
        return nil
    }

    @Test func anUnchangedLeadIsSentAsTyped() {
        var state = AppState(leadIDPrefix: "t")
        let effects = save(&state, editing: { $0.fields[.company]?.setText("Mine Co") }, theirs: Self.base)
        #expect(sent(effects) == LeadChange(fields: [.company: "Mine Co"]))
    }

    @Test func someoneElsesEditToAnotherFieldMergesByItselfAndIsKept() {
        var state = AppState(leadIDPrefix: "t")
        let theirs = changed { $0.email = "ann@theirs.example"; $0.tags.append("theirs") }
        let effects = save(&state, editing: { $0.fields[.company]?.setText("Mine Co"); $0.tags = TagsEditor(tags: []) }, theirs: theirs)
        #expect(state.top == .form, "no question when nothing overlaps")
        #expect(sent(effects) == LeadChange(fields: [.company: "Mine Co"], tagsToRemove: ["vip"]), "only my change, measured from theirs")
    }

    @Test func anOverlapIsShownSideBySideAndNothingIsWrittenUntilDecided() {
        var state = AppState(leadIDPrefix: "t")
        let theirs = changed { $0.company = "Theirs Co"; $0.fullname = "Annie"; $0.email = "ann@theirs.example" }
        let effects = save(&state, editing: {
            $0.fields[.company]?.setText("Mine Co")
            $0.fields[.fullname]?.setText("Ann B.")
        }, theirs: theirs)
        #expect(effects == [])
        guard case .conflict(let conflict) = state.stack.last else { Issue.record("no conflict screen"); return }
        #expect(conflict.conflicts.map(\.label) == ["Name", "Company"])
        #expect(state.keyMap.action(for: .char("y")) == nil, "y is disabled while an overlap is undecided")
        #expect(press(&state, .enter, .char("y")) == [], "neither Enter nor y writes anything yet")

        #expect(press(&state, .char("t")) == [])  // Name: theirs
        guard case .conflict(let after) = state.stack.last else { Issue.record("conflict screen closed"); return }
        #expect(after.selected == 1, "the next undecided overlap is selected")
        #expect(press(&state, .char("m")) == [])  // Company: mine
        let check = press(&state, .char("y"))
        #expect(state.top == .form)
        guard let fetch = check.first(where: { if case .request(_, .get) = $0 { true } else { false } }) else {
            Issue.record("the merge is checked against the server again: \(check)")
            return
        }
        #expect(check.contains { if case .persistDraft(let d) = $0 { d.draft.company == "Mine Co" && d.original == theirs } else { false } },
                "the merged form is journaled, based on theirs")
        let final = state.update(.leadLoaded(requestID: fetch.requestID!, lead: theirs))
        #expect(sent(final) == LeadChange(fields: [.company: "Mine Co"]), "their name and email stay, my company goes in")
    }

    @Test func escapeGoesBackToTheFormWithNothingWritten() {
        var state = AppState(leadIDPrefix: "t")
        let theirs = changed { $0.company = "Theirs Co" }
        _ = save(&state, editing: { $0.fields[.company]?.setText("Mine Co") }, theirs: theirs)
        #expect(state.top == .conflict)
        #expect(press(&state, .escape) == [])
        guard case .form(let form) = state.stack.last else { Issue.record("not back in the form"); return }
        #expect(form.fields[.company]?.text == "Mine Co", "the form keeps what was typed")
    }

    @Test func editRebasesTheFormOnTheirsAndFocusesTheOverlap() {
        var state = AppState(leadIDPrefix: "t")
        let theirs = changed { $0.company = "Theirs Co"; $0.note = "from a colleague" }
        _ = save(&state, editing: { $0.fields[.company]?.setText("Mine Co") }, theirs: theirs)
        let effects = press(&state, .char("e"))
        guard case .form(let form) = state.stack.last else { Issue.record("not back in the form"); return }
        #expect(form.original == theirs)
        #expect(form.focus == .field(.company))
        #expect(form.fields[.company]?.text == "Mine Co" && form.fields[.note]?.text == "from a colleague")
        #expect(form.change == LeadChange(fields: [.company: "Mine Co"]))
        #expect(effects == [.persistDraft(form.asDraft)])
    }

    @Test func choosingTheirsEverywhereSendsNothing() {
        var state = AppState(leadIDPrefix: "t")
        let theirs = changed { $0.company = "Theirs Co" }
        _ = save(&state, editing: { $0.fields[.company]?.setText("Mine Co") }, theirs: theirs)
        let effects = press(&state, .char("t"), .char("y"))
        #expect(sent(effects) == nil && !effects.contains { if case .request(_, .get) = $0 { true } else { false } })
        #expect(state.stack.isEmpty && state.status?.text == "Kept the server's version; nothing to send")
        #expect(effects == [.discardDraft(key: "a1")])
    }

    @Test func aNestedAttributeOverlapIsDecidedAtItsPath() {
        var state = AppState(leadIDPrefix: "t")
        let theirs = changed { $0.attributes = ["plan": "silver", "extra": true] }
        _ = save(&state, editing: { $0.attributes = AttributesEditor(["plan": "platinum"]) }, theirs: theirs)
        guard case .conflict(let conflict) = state.stack.last else { Issue.record("no conflict screen"); return }
        #expect(conflict.conflicts.map(\.label) == ["Attributes.plan"])
        let check = press(&state, .char("m"), .char("y"))
        let final = state.update(.leadLoaded(requestID: check.compactMap(\.requestID).first!, lead: theirs))
        #expect(sent(final) == LeadChange(attributesMerge: ["plan": "platinum"]), "their new key is kept, not replaced")
    }

    @Test func aLeadTrashedMeanwhileIsNeverSavedBlindly() {
        var state = AppState(leadIDPrefix: "t")
        let theirs = changed { $0.status = LeadStatus.trashed; $0.email = "ann@theirs.example" }
        #expect(save(&state, editing: { $0.fields[.company]?.setText("Mine Co") }, theirs: theirs) == [])
        guard case .pick(let dialog) = state.stack.last else { Issue.record("no choice offered"); return }
        #expect(dialog.choices == GoneLeadChoice.choices(trashed: true).map { .goneLead($0) })
        #expect(dialog.choices.count == 3)
        // The first choice, restore and apply, goes the way of every save: the re-read first.
        let effects = press(&state, .enter)
        guard case .request(let checkID, .get("a1"))? = effects.last else { Issue.record("no re-read: \(effects)"); return }
        #expect(sent(effects) == nil, "nothing is written before the re-read")
        let change = sent(state.update(.leadLoaded(requestID: checkID, lead: theirs)))
        #expect(change == LeadChange(fields: [.company: "Mine Co"], status: LeadStatus.normal), "their email, changed before the trash, is kept")
    }

    @Test func aLeadDeletedMeanwhileCanBeSavedAsANewLead() {
        var state = AppState(leadIDPrefix: "t")
        #expect(deletedMeanwhile(&state) == [])
        guard case .pick(let dialog) = state.stack.last else { Issue.record("no choice offered"); return }
        #expect(dialog.choices.map(\.label) == ["Save my edits as a new lead", "Discard my edits"], "no restore: it is gone for good")
        let effects = press(&state, .enter)
        #expect(!effects.contains { if case .request(_, .update) = $0 { true } else { false } }, "never a PUT that would re-create it")
        guard let created = effects.compactMap({ if case .request(_, .create(let lead, _)) = $0 { lead } else { nil } }).first else {
            Issue.record("no create: \(effects)")
            return
        }
        #expect(created.company == "Mine Co" && created.fullname == "Ann" && created.email == "ann@example.com")
        #expect(created.leadID == "t-1")
        #expect(effects.contains(.discardDraft(key: "a1")))
    }

    @Test func aLeadDeletedMeanwhileCanBeDiscarded() {
        var state = AppState(leadIDPrefix: "t")
        _ = deletedMeanwhile(&state)
        let effects = press(&state, .char("j"), .enter)
        #expect(effects == [.discardDraft(key: "a1")])
        #expect(state.stack.isEmpty)
    }
}
