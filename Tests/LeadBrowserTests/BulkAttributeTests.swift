import Testing
@testable import LeadBrowser
import TiledeskLeads

/// `e` on marked leads, then "An attribute…": `key=value` sets one attribute with a PATCH of that
/// key, `key=` removes it, and `u` puts back exactly what each lead had — unless a colleague
/// changed that attribute since, which is kept and reported.
@Suite struct BulkAttributeTests {
    typealias Server = BulkActionTests.Server

    /// Opens the attribute prompt on the marked leads and answers it with `text`.
    static func ask(_ state: inout AppState, _ text: String) {
        _ = press(&state, .char("e"))
        guard case .pick(var pick) = state.stack.last, let index = pick.choices.firstIndex(of: .attribute) else {
            Issue.record("no attribute choice among the fields")
            return
        }
        pick.selected = index
        state.replaceTop(.pick(pick))
        _ = press(&state, .enter)
        _ = type(&state, text)
        _ = press(&state, .enter)
    }

    @Test func setAnAttributeThenUndoPutsBackEachOldValueButKeepsAColleaguesChange() {
        var leads = (0..<5).map { lead($0) }
        leads[0].attributes = ["plan": .string("free"), "seats": .int(2)]
        leads[1].attributes = ["plan": .string("pro")]
        var server = Server(leads)
        var state = BulkActionTests.app(&server, marked: 4)
        Self.ask(&state, #"plan="pro""#)
        #expect(BulkActionTests.question(state) == #"Set attribute plan to "pro" on 3 leads; 1 already have that value?"#)
        server.requests = []
        server.settle(&state, press(&state, .char("y")))
        let writes = server.requests.compactMap { request -> LeadChange? in
            if case .update(_, let change, _) = request { change } else { nil }
        }
        #expect(writes == Array(repeating: LeadChange(attributesMerge: ["plan": .string("pro")]), count: 3), "one key patched, nothing else")
        #expect(server.leads[lead(0).id]!.attributes == ["plan": .string("pro"), "seats": .int(2)], "other keys are kept")
        #expect((0..<4).allSatisfy { server.leads[lead($0).id]!.attributes?["plan"] == .string("pro") })

        server.leads[lead(3).id]!.attributes = ["plan": .string("enterprise")]  // a colleague, meanwhile
        server.settle(&state, press(&state, .char("u")))
        #expect(server.leads[lead(0).id]!.attributes == ["plan": .string("free"), "seats": .int(2)])
        #expect(server.leads[lead(1).id]!.attributes == ["plan": .string("pro")], "untouched by the action, untouched by its undo")
        #expect(server.leads[lead(2).id]!.attributes?["plan"] == nil, "a lead that had no such attribute has none again")
        #expect(server.leads[lead(3).id]!.attributes == ["plan": .string("enterprise")], "a colleague's change since is kept")
        guard case .error(let problems) = state.stack.last else { Issue.record("the kept lead is not listed"); return }
        #expect(problems.contains("\(lead(3).id): attribute plan was changed since by someone else; kept"))
    }

    @Test func removeAnAttributeReadsEachLeadAndUndoBringsItBack() {
        var leads = (0..<4).map { lead($0) }
        for i in 0..<3 { leads[i].attributes = ["source": .string("webinar"), "keep": .int(Int64(i))] }
        var server = Server(leads)
        var state = BulkActionTests.app(&server, marked: 4)
        Self.ask(&state, "source=")
        #expect(BulkActionTests.question(state) == "Remove attribute source from 3 leads; 1 do not have it?")
        server.leads[lead(1).id]!.attributes = ["keep": .int(1)]  // removed by someone before the run
        server.settle(&state, press(&state, .char("y")))
        #expect((0..<3).allSatisfy { server.leads[lead($0).id]!.attributes == ["keep": .int(Int64($0))] })
        #expect(state.status?.text == "Updated 2 leads · 2 do not have it · u to undo")

        server.settle(&state, press(&state, .char("u")))
        #expect(server.leads[lead(0).id]!.attributes == ["source": .string("webinar"), "keep": .int(0)])
        #expect(server.leads[lead(2).id]!.attributes == ["source": .string("webinar"), "keep": .int(2)])
        #expect(server.leads[lead(1).id]!.attributes == ["keep": .int(1)], "the lead this action did not change stays as it was")
    }

    @Test(arguments: [
        ("seats=3", BulkAction.setAttribute("seats", .int(3))),
        ("plan = pro", .setAttribute("plan", .string("pro"))),
        (#"billing={"plan":"pro"}"#, .setAttribute("billing", .object(["plan": .string("pro")]))),
        ("vip=true", .setAttribute("vip", .bool(true))),
        ("note=", .removeAttribute("note")),
    ])
    func thePromptReadsKeyEqualsValue(text: String, action: BulkAction) {
        #expect(BulkAction.attribute(from: text) == action)
    }

    @Test func aPromptWithoutAKeyChangesNothing() {
        #expect(BulkAction.attribute(from: "pro") == nil)
        #expect(BulkAction.attribute(from: "=pro") == nil)
        var server = Server((0..<3).map { lead($0) })
        var state = BulkActionTests.app(&server, marked: 2)
        server.requests = []
        Self.ask(&state, "just text")
        #expect(server.requests.isEmpty && state.status?.isError == true)
    }
}
