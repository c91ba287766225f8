import Testing
@testable import LeadBrowser
import TiledeskLeads

/// Every bulk action, one table: it changes on the marked leads only what it names, `u` brings
/// every lead back exactly as it was, a lead trashed meanwhile is skipped and reported with what
/// the write put on it taken back, and after `R` retried the failures `u` still takes back the
/// whole action.
@Suite struct BulkSafetyTests {
    typealias Server = BulkActionTests.Server

    /// Four leads with a tag, a company and an attribute, so every action has something to change.
    static func leads() -> [Lead] {
        (0..<4).map { n in
            var one = lead(n)
            one.status = LeadStatus.normal
            one.tags = ["a"]
            one.company = "Old \(n)"
            one.attributes = ["plan": .string("free")]
            return one
        }
    }

    static let actions: [BulkAction] = [
        .addTag("vip"), .removeTag("a"), .setField(.company, "ACME"), .setField(.company, ""),
        .setAttribute("plan", .string("pro")), .removeAttribute("plan"), .trash,
    ]

    /// The requests an action sends for one lead: one tag route, a PUT of the one field, a PATCH
    /// of the one attribute; removing an attribute reads the lead and writes its attributes without it.
    static func minimalWrites(_ action: BulkAction, _ id: String) -> [APIRequest] {
        switch action {
        case .addTag(let tag): [.update(id: id, change: LeadChange(tagsToAdd: [tag]), justRead: true)]
        case .removeTag(let tag): [.update(id: id, change: LeadChange(tagsToRemove: [tag]), justRead: true)]
        case .setField(let field, let value): [.update(id: id, change: LeadChange(fields: [field: value]), justRead: false)]
        case .setAttribute(let key, let value): [.update(id: id, change: LeadChange(attributesMerge: [key: value]), justRead: false)]
        case .removeAttribute: [.get(id: id), .update(id: id, change: LeadChange(attributesReplace: [:]), justRead: true)]
        case .trash: [.trash(id: id)]
        default: []
        }
    }

    @Test(arguments: actions)
    func eachActionChangesTheMarkedAndUndoPutsEveryLeadBack(action: BulkAction) {
        let before = Self.leads()
        var server = Server(before)
        var state = BulkActionTests.app(&server, marked: 3)
        _ = state.startBulk(action)
        #expect(BulkActionTests.question(state) == action.review(3) + "?")
        server.requests = []
        server.settle(&state, press(&state, .char("y")))
        let first = lead(0).id
        let toFirst = server.requests.filter { request in
            switch request {
            case .update(first, _, _), .trash(first), .get(first): true
            default: false
            }
        }
        #expect(toFirst == Self.minimalWrites(action, first), "the one minimal change, nothing else of the lead")
        #expect((0..<3).allSatisfy { !action.applies(to: server.leads[lead($0).id]!) }, "each marked lead is as asked")
        #expect(server.leads[lead(3).id] == before[3], "the unmarked lead is untouched")
        #expect(state.status?.text == "\(action.doneWord) 3 leads · u to undo")

        server.settle(&state, press(&state, .char("u")))
        #expect(before.allSatisfy { server.leads[$0.id] == $0 }, "undo brings back every lead as it was")
    }

    @Test(arguments: actions.filter { !$0.changesTrash })
    func aLeadTrashedMeanwhileIsSkippedReportedAndLeftAsItWas(action: BulkAction) {
        let before = Self.leads()
        var server = Server(before)
        var state = BulkActionTests.app(&server, marked: 3)
        server.leads[lead(1).id]!.status = LeadStatus.trashed  // by someone else, after the marks
        var trashed = before[1]
        trashed.status = LeadStatus.trashed
        _ = state.startBulk(action)
        server.settle(&state, press(&state, .char("y")))
        #expect(server.leads[lead(1).id] == trashed, "what the write put on the trashed lead is taken back")
        #expect([0, 2].allSatisfy { !action.applies(to: server.leads[lead($0).id]!) })
        #expect(state.status?.text == "\(action.doneWord) 2 leads · 1 skipped · u to undo")
        guard case .error(let problems) = state.stack.last else { Issue.record("the skipped lead is not listed"); return }
        #expect(problems.hasPrefix("skipped \(lead(1).id): trashed meanwhile"))

        _ = press(&state, .enter)
        server.settle(&state, press(&state, .char("u")))
        #expect([0, 2, 3].allSatisfy { server.leads[before[$0].id] == before[$0] })
        #expect(server.leads[lead(1).id] == trashed, "undo leaves the skipped lead alone")
    }

    @Test func afterRetryingTheFailedUndoTakesBackTheWholeAction() {
        var server = Server((0..<6).map { lead($0) })
        server.failing = [lead(2).id]
        var state = BulkActionTests.app(&server, marked: 4)
        _ = state.startBulk(.addTag("x"))
        server.settle(&state, press(&state, .char("y")))
        #expect(state.status?.text == "Tagged 3 leads · 1 failed (R to retry) · u to undo")
        _ = press(&state, .enter)
        server.failing = []
        server.settle(&state, press(&state, .char("R")))
        #expect(state.status?.text == "Tagged 1 lead · u to undo")
        #expect(server.leads.values.filter { $0.tags == ["x"] }.count == 4)

        server.settle(&state, press(&state, .char("u")))
        #expect(state.status?.text.hasPrefix("Untagged 4 leads") == true)
        #expect(server.leads.values.allSatisfy { $0.tags.isEmpty }, "the first run's leads and the retried one")
    }
}
