import Testing
@testable import LeadBrowser
import TiledeskLeads

/// The form warns when the email typed is another lead's: looked up on leaving the field (as typed
/// and in lower case), shown beside it, `^G` opens those leads, and saving still works.
@Suite struct FormDuplicateWarningTests {
    static let other = Lead(id: "b2", fullname: "Bea", email: "bea@example.com")

    func createForm() -> AppState {
        var state = AppState(leadIDPrefix: "t")
        state.stack = [.form(FormState(creatingWithLeadID: "t-1"))]
        return state
    }

    func form(_ state: AppState) -> FormState? {
        if case .form(let f) = state.stack.last { return f }
        return nil
    }

    @Test func leavingTheEmailFieldLooksItUpAndTheFieldSaysWhoHasIt() {
        var state = createForm()
        _ = press(&state, .tab)
        _ = type(&state, "Bea@Example.com")
        let effects = press(&state, .tab)
        let emails = effects.compactMap { effect -> String? in
            if case .request(_, .list(let query)) = effect { return query.email }
            return nil
        }
        #expect(emails == ["Bea@Example.com", "bea@example.com"], "as typed and in lower case")
        #expect(press(&state, .tab) == [], "the same address is not asked for twice")
        let ids = effects.compactMap { if case .request(let id, _) = $0 { id } else { nil } }
        _ = state.update(.pageLoaded(requestID: ids[0], page: LeadPage(perPage: 20, count: 0, leads: [])))
        _ = state.update(.pageLoaded(requestID: ids[1], page: LeadPage(perPage: 20, count: 1, leads: [Self.other])))
        let row = FormRows.rows(form(state)!).first { $0.focus == .field(.email) }
        #expect(row?.issue == "1 lead has this email — ^G opens it")
        #expect(form(state)?.issues.isEmpty == true, "a warning, not a reason to refuse the save")

        _ = press(&state, .ctrl("g"))
        guard case .detail(let detail) = state.stack.last else { Issue.record("^G opened nothing"); return }
        #expect(detail.lead.id == "b2")
        _ = press(&state, .char("q"))
        #expect(form(state) != nil, "q goes back to the form")

        _ = press(&state, .ctrl("s"))
        guard case .confirm = state.stack.last else { Issue.record("saving is still offered"); return }
    }

    @Test func changingTheEmailAgainClearsTheWarning() {
        var state = createForm()
        _ = press(&state, .tab)
        _ = type(&state, "bea@example.com")
        let effects = press(&state, .tab)
        guard case .request(let id, _)? = effects.first else { Issue.record("no lookup"); return }
        _ = state.update(.pageLoaded(requestID: id, page: LeadPage(perPage: 20, count: 1, leads: [Self.other])))
        _ = press(&state, .backTab, .ctrl("e"), .ctrl("u"))
        _ = type(&state, "new@example.com")
        let row = FormRows.rows(form(state)!).first { $0.focus == .field(.email) }
        #expect(row?.issue == nil, "the warning is for the address it was found for")
        #expect(press(&state, .tab).count == 1, "the new address is looked up")
        #expect(form(state)?.emailMatches.isEmpty == true)
    }

    @Test func theLeadItselfAndABadAddressAreNoDuplicates() {
        var state = AppState(leadIDPrefix: "t")
        state.stack = [.form(FormState(editing: Self.other))]
        _ = press(&state, .tab)
        #expect(press(&state, .tab) == [], "its own unchanged address is not looked up")
        _ = press(&state, .backTab, .ctrl("e"), .ctrl("u"))
        _ = type(&state, "not-an-address")
        #expect(press(&state, .tab) == [])
        _ = press(&state, .ctrl("g"))
        #expect(form(state) != nil && state.status?.text == "No other lead has this email, phone or name")
    }
}
