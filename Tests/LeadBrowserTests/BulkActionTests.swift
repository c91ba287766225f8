import Testing
@testable import LeadBrowser
import TiledeskLeads

/// Bulk actions on the marked leads, driven through `update` with every request answered by a
/// small in-test server over a dictionary of leads (the view-model's side of the protocol: what it
/// sends, what it shows, what `u` reverses).
@Suite struct BulkActionTests {
    /// Answers requests as the Tiledesk routes do, over `leads`; `failing` ids answer 500.
    struct Server {
        var leads: [String: Lead]
        var failing: Set<String> = []
        var requests: [APIRequest] = []

        init(_ leads: [Lead]) { self.leads = Dictionary(uniqueKeysWithValues: leads.map { ($0.id, $0) }) }

        mutating func answer(_ id: Int, _ request: APIRequest) -> Msg {
            requests.append(request)
            func missing() -> Msg { .requestFailed(requestID: id, error: APIError(.notFound, status: 404, message: "Object not found.")) }
            switch request {
            case .list(let query):
                let all = leads.values.filter { $0.isTrashed == query.trash }.sorted { $0.id < $1.id }
                let slice = Array(all.dropFirst(query.page * query.limit).prefix(query.limit))
                return .pageLoaded(requestID: id, page: LeadPage(perPage: query.limit, count: all.count, leads: slice))
            case .get(let lead):
                guard let found = leads[lead] else { return missing() }
                return .leadLoaded(requestID: id, lead: found)
            default:
                break
            }
            let target: String
            switch request {
            case .update(let lead, _, _), .trash(let lead), .restore(let lead), .deleteForever(let lead): target = lead
            default: return missing()
            }
            if failing.contains(target) {
                return .requestFailed(requestID: id, error: APIError(.server, status: 500, message: "boom"))
            }
            guard var lead = leads[target] else { return missing() }
            switch request {
            case .update(_, let change, _): lead = change.applied(to: lead)
            case .trash: lead.status = LeadStatus.trashed
            case .restore: lead.status = LeadStatus.normal
            case .deleteForever:
                leads[target] = nil
                return .leadDeleted(requestID: id)
            default: break
            }
            leads[target] = lead
            return .leadLoaded(requestID: id, lead: lead)
        }

        /// Answers every request, and the requests those answers lead to, until none is left.
        mutating func settle(_ state: inout AppState, _ effects: [Effect]) {
            var queue = effects
            while !queue.isEmpty {
                let effect = queue.removeFirst()
                guard case .request(let id, let request) = effect else { continue }
                queue += state.update(answer(id, request))
            }
        }
    }

    /// An app showing `count` leads served by `server`, with the first `marked` rows marked.
    static func app(_ server: inout Server, marked: Int) -> AppState {
        var state = AppState(leadIDPrefix: "t")
        server.settle(&state, state.start() + state.update(.resize(rows: 30, columns: 100)))
        for _ in 0..<marked { _ = state.update(.key(.char(" "))) }
        _ = state.update(.key(.char("g")))
        return state
    }

    static func question(_ state: AppState) -> String? {
        switch state.stack.last {
        case .confirm(let dialog)?: dialog.question
        case .prompt(let prompt)?: prompt.title
        default: nil
        }
    }

    @Test func addTagReviewsWhatAlreadyHasItAndUndoRemovesItOnlyWhereItWasAdded() {
        var leads = (0..<10).map { lead($0) }
        leads[1].tags = ["vip"]
        var server = Server(leads)
        var state = Self.app(&server, marked: 5)
        _ = press(&state, .char("+"))
        _ = type(&state, "vip")
        _ = press(&state, .enter)
        #expect(Self.question(state) == "Add tag vip to 4 leads; 1 already have it?")
        server.requests = []
        server.settle(&state, press(&state, .char("y")))
        let writes = server.requests.filter { if case .update = $0 { true } else { false } }
        #expect(writes.count == 4, "the lead that has it is not written")
        #expect(writes.allSatisfy { if case .update(_, let change, _) = $0 { change == LeadChange(tagsToAdd: ["vip"]) } else { false } })
        #expect((0..<5).allSatisfy { server.leads[lead($0).id]!.tags == ["vip"] })
        #expect(state.status?.text == "Tagged 4 leads · 1 already have it · u to undo")

        server.settle(&state, press(&state, .char("u")))
        #expect(server.leads[lead(1).id]!.tags == ["vip"], "undo leaves the tag where this action did not add it")
        #expect([0, 2, 3, 4].allSatisfy { server.leads[lead($0).id]!.tags.isEmpty })
    }

    @Test func trashMarkedThenUndoRestoresExactlyThose() {
        var server = Server((0..<10).map { lead($0) })
        var state = Self.app(&server, marked: 3)
        _ = press(&state, .char("d"))
        #expect(Self.question(state) == "Move 3 leads to the trash?")
        server.settle(&state, press(&state, .char("y")))
        #expect(server.leads.values.filter(\.isTrashed).count == 3)
        #expect(state.selection.isEmpty, "trashed leads leave the list, and their marks with them")
        #expect(state.list.totalCount == 7)
        server.settle(&state, press(&state, .char("u")))
        #expect(server.leads.values.filter(\.isTrashed).isEmpty)
        #expect(state.list.totalCount == 10)
    }

    @Test func deleteForeverInTheTrashIsConfirmedOnlyByTypingTheCount() {
        var leads = (0..<6).map { lead($0) }
        for i in 0..<4 { leads[i].status = LeadStatus.trashed }
        var server = Server(leads)
        var state = Self.app(&server, marked: 0)
        server.settle(&state, press(&state, .char("t")))
        _ = press(&state, .char(" "), .char(" "), .char(" "), .char("d"))
        #expect(Self.question(state) == "Delete 3 leads for good. This cannot be undone. Type 3 to confirm")
        _ = press(&state, .char("y"), .enter)
        #expect(server.leads.count == 6, "y is not the count")
        _ = press(&state, .char("d"))
        _ = type(&state, "3")
        server.settle(&state, press(&state, .enter))
        #expect(server.leads.count == 3)
        #expect(state.status?.text == "Deleted 3 leads")
    }

    @Test func restoreMarkedInTheTrash() {
        var leads = (0..<4).map { lead($0) }
        for i in 0..<4 { leads[i].status = LeadStatus.trashed }
        var server = Server(leads)
        var state = Self.app(&server, marked: 0)
        server.settle(&state, press(&state, .char("t")))
        _ = press(&state, .char(" "), .char(" "), .char("u"))
        #expect(Self.question(state) == "Restore 2 leads from the trash?")
        server.settle(&state, press(&state, .char("y")))
        #expect(server.leads.values.filter { !$0.isTrashed }.count == 2)
    }

    @Test func setAFieldThenUndoPutsBackOldValuesButKeepsAColleaguesChange() {
        var leads = (0..<5).map { lead($0) }
        for i in 0..<5 { leads[i].company = "Old \(i)" }
        var server = Server(leads)
        var state = Self.app(&server, marked: 3)
        _ = press(&state, .char("e"))
        guard case .pick(var pick) = state.stack.last else { Issue.record("no field choice"); return }
        pick.selected = pick.choices.firstIndex(of: .field(.company))!
        state.replaceTop(.pick(pick))
        _ = press(&state, .enter)
        _ = type(&state, "ACME")
        _ = press(&state, .enter)
        #expect(Self.question(state) == "Set Company to ACME on 3 leads?")
        server.settle(&state, press(&state, .char("y")))
        #expect((0..<3).allSatisfy { server.leads[lead($0).id]!.company == "ACME" })
        server.leads[lead(2).id]!.company = "Theirs"
        server.settle(&state, press(&state, .char("u")))
        #expect(server.leads[lead(0).id]!.company == "Old 0" && server.leads[lead(1).id]!.company == "Old 1")
        #expect(server.leads[lead(2).id]!.company == "Theirs", "a colleague's change since is kept")
        #expect(state.status?.text.contains("1 skipped") == true)
        guard case .error(let problems) = state.stack.last else { Issue.record("the skipped lead is not listed"); return }
        #expect(problems.contains("\(lead(2).id): Company was changed since by someone else; kept"))
    }

    @Test func allMatchingIsReadPageByPageBeforeTheReview() {
        var server = Server((0..<1200).map { lead($0) })
        var state = Self.app(&server, marked: 0)
        _ = press(&state, .char("*"))
        let first = press(&state, .char("d"))
        // In _id order, each window from a little before the last lead taken (see BulkResolve).
        #expect(first.compactMap(\.query) == [LeadQuery(page: 0, limit: 500, sort: .id, direction: .ascending)])
        #expect(ListScreenText.status(state).left.hasPrefix("Reading the matching leads: 0 of 1,200"))
        server.settle(&state, first)
        let windows = server.requests.compactMap { if case .list(let q) = $0, q.sort == .id { [q.page, q.limit] } else { nil } }
        #expect(windows == [[0, 500], [0, 1000], [1, 750]])
        #expect(Self.question(state) == "Move 1,200 leads to the trash?")
    }

    @Test func atMostEightInFlightAndEscStopsStartingNewOnes() {
        var server = Server((0..<30).map { lead($0) })
        var state = Self.app(&server, marked: 20)
        _ = press(&state, .char("+"))
        _ = type(&state, "x")
        _ = press(&state, .enter)
        let started = press(&state, .char("y")).filter { $0.requestID != nil }
        #expect(started.count == 8)
        #expect(ListScreenText.status(state).left.hasPrefix("Tagging "))
        // Two answers: each lets one more start.
        var more: [Effect] = []
        for effect in started.prefix(2) {
            if case .request(let id, let request) = effect { more += state.update(server.answer(id, request)) }
        }
        #expect(more.count == 2)
        _ = press(&state, .escape)
        server.settle(&state, Array(started.dropFirst(2)) + more)
        #expect(server.leads.values.filter { $0.tags == ["x"] }.count == 10)
        #expect(state.status?.text == "Tagged 10 leads · stopped: 10 not done · u to undo")
    }

    @Test func theProgressLineGivesTheRateAndTimeLeftFromTheRunsClock() {
        var server = Server((0..<30).map { lead($0) })
        var state = Self.app(&server, marked: 20)
        _ = state.startBulk(.addTag("x"))
        let started = press(&state, .char("y"))
        guard case .scheduleBulkTick(let token, .seconds(1))? = started.last else { Issue.record("the clock did not start"); return }
        #expect(ListScreenText.status(state).left == "Tagging ░░░░░░░░░░░░░░░░░░░░ 0 of 20 — Esc to stop", "no rate before a second has passed")
        var more: [Effect] = []
        for effect in started {
            if case .request(let id, let request) = effect { more += state.update(server.answer(id, request)) }
        }
        #expect(state.update(.bulkTimerFired(token: token)) == [.scheduleBulkTick(token: token, after: .seconds(1))])
        #expect(ListScreenText.status(state).left == "Tagging ████████░░░░░░░░░░░░ 8 of 20 · 8.0/s · 2s left — Esc to stop")
        #expect(state.update(.bulkTimerFired(token: token + 1)) == [], "another run's tick is ignored")
        _ = press(&state, .escape)
        server.settle(&state, more)
        #expect(state.bulk?.isFinished == true)
        #expect(state.update(.bulkTimerFired(token: token)) == [], "the clock stops with the run")
        #expect(BulkRun.rateText(done: 1_234, total: 100_000, seconds: 2) == "617/s · 2m41s left")
        #expect(BulkRun.rateText(done: 3, total: 5, seconds: 2) == "1.5/s · 2s left")
    }

    @Test func failuresAreListedWithTheirReasonAndRRetriesOnlyThem() {
        var server = Server((0..<6).map { lead($0) })
        server.failing = [lead(2).id]
        var state = Self.app(&server, marked: 4)
        _ = press(&state, .char("+"))
        _ = type(&state, "x")
        _ = press(&state, .enter)
        server.settle(&state, press(&state, .char("y")))
        guard case .error(let problems) = state.stack.last else { Issue.record("failures not listed"); return }
        #expect(problems == "failed \(lead(2).id): boom (HTTP 500)")
        #expect(state.status?.text == "Tagged 3 leads · 1 failed (R to retry) · u to undo")
        _ = press(&state, .enter)
        server.failing = []
        server.requests = []
        server.settle(&state, press(&state, .char("R")))
        #expect(server.requests.filter { if case .update(let id, _, _) = $0 { id == lead(2).id } else { false } }.count == 1)
        #expect(server.leads.values.filter { $0.tags == ["x"] }.count == 4)
    }

    @Test func aLeadDeletedMeanwhileIsSkippedAndReported() {
        var server = Server((0..<3).map { lead($0) })
        var state = Self.app(&server, marked: 3)
        server.leads[lead(1).id] = nil
        _ = press(&state, .char("d"))
        server.settle(&state, press(&state, .char("y")))
        #expect(state.status?.text == "Trashed 2 leads · 1 skipped · u to undo")
        guard case .error(let problems) = state.stack.last else { Issue.record("skips not listed"); return }
        #expect(problems == "skipped \(lead(1).id): deleted meanwhile")
    }
}
