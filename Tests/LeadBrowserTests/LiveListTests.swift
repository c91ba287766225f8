import Foundation
import Testing
@testable import LeadBrowser
import TiledeskLeads

/// The browser on a project that moves, with a live fake of the server: skip/limit over a list,
/// newest first, that gains leads at the top and loses some below between any two requests, as a
/// busy Tiledesk project does. Scrolling never shows a lead twice nor skips one at a page
/// boundary, new leads are announced by a light poll, and a lead changed by someone else while
/// open in detail says so.
@Suite struct LiveListTests {
    /// The server side: leads newest first (ids count up, so a larger id is newer).
    struct LiveFake {
        var leads: [Lead]
        var nextID: Int
        var random: SplitMix64
        var trashed: Set<String> = []

        init(count: Int, seed: UInt64) {
            leads = (0..<count).reversed().map { Self.lead($0) }
            nextID = count
            random = SplitMix64(seed: seed)
        }

        static func lead(_ n: Int) -> Lead {
            Lead(id: String(format: "%024x", n), fullname: "Lead \(n)", tags: [], status: LeadStatus.normal)
        }

        /// Between two requests: 0–3 visitors arrive at the top, and sometimes a lead leaves.
        mutating func move() {
            for _ in 0..<Int(random.next() % 4) {
                leads.insert(Self.lead(nextID), at: 0)
                nextID += 1
            }
            if random.next() % 3 == 0, leads.count > 10 {
                let gone = leads.remove(at: Int(random.next() % UInt64(leads.count)))
                trashed.insert(gone.id)
            }
        }

        /// `GET /leads` as the real server answers it: skip = page × limit, newest first, or by
        /// `_id` either way.
        func answer(_ query: LeadQuery) -> LeadPage {
            var ordered = leads
            if query.sort == .id && query.direction == .ascending { ordered.reverse() }
            let page = Array(ordered.dropFirst(query.page * query.limit).prefix(query.limit))
            return LeadPage(perPage: query.limit, count: leads.count, leads: page)
        }
    }

    /// Runs effects against the fake (the project moving before each answer) until none are left;
    /// returns the requests it answered.
    @discardableResult
    static func settle(_ state: inout AppState, _ fake: inout LiveFake, _ effects: [Effect], lastFirst: Bool = false) -> [APIRequest] {
        var queue = effects
        var answered: [APIRequest] = []
        while !queue.isEmpty {
            let effect = lastFirst ? queue.removeLast() : queue.removeFirst()
            guard case .request(let id, let request) = effect else { continue }
            answered.append(request)
            fake.move()
            switch request {
            case .list(let query): queue += state.update(.pageLoaded(requestID: id, page: fake.answer(query)))
            case .get(let leadID):
                guard let lead = fake.leads.first(where: { $0.id == leadID }) else { continue }
                queue += state.update(.leadLoaded(requestID: id, lead: lead))
            default: continue
            }
        }
        return answered
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64]) func scrollingThroughPagesWhileLeadsArriveShowsEachLeadOnce(seed: UInt64) {
        var fake = LiveFake(count: 300, seed: seed)
        let before = Set(fake.leads.map(\.id))
        var state = AppState(leadIDPrefix: "live", pageSize: 20)
        Self.settle(&state, &fake, state.start() + state.update(.resize(rows: 14, columns: 100)))
        var shown: [String] = []
        var row = 0
        // Down the list a row at a time, as a reader would, reading each row as it comes on screen.
        while row < 300 {
            guard let item = state.list.item(at: row) else { break }
            shown.append(item.id)
            row += 1
            Self.settle(&state, &fake, state.update(.key(.down)))
        }
        let duplicates = shown.count - Set(shown).count
        #expect(duplicates == 0, "seed \(seed): \(duplicates) leads shown twice")
        // Every lead there at the start and still there now was shown, in the order it had.
        let stayed = before.subtracting(fake.trashed)
        let reached = Set(shown)
        let skipped = stayed.filter { id in !reached.contains(id) && id > (shown.min() ?? "") }
        #expect(skipped.isEmpty, "seed \(seed): \(skipped.count) leads skipped at page boundaries")
        #expect(shown == shown.sorted(by: >), "newest first, as loaded")
        #expect(shown.count > 250, "seed \(seed): the reader got through the list (\(shown.count) rows)")
    }

    /// A page jump asks for two pages at once. Answered last request first, with leads arriving
    /// between the answers, the later page arrives before the one it must continue: once both are
    /// in, no screen shows a lead twice and none is skipped.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64]) func pageJumpsAnsweredOutOfOrderShowEachLeadOnce(seed: UInt64) {
        var fake = LiveFake(count: 400, seed: seed)
        let before = Set(fake.leads.map(\.id))
        var state = AppState(leadIDPrefix: "live", pageSize: 20)
        Self.settle(&state, &fake, state.start() + state.update(.resize(rows: 34, columns: 100)), lastFirst: true)
        var rows: [Int: String] = [:]
        var jumps = 0
        while state.list.scrollOffset + state.list.visibleRows < 340 {
            let screen = (state.list.scrollOffset..<state.list.scrollOffset + state.list.visibleRows).map { state.list.item(at: $0)?.id }
            #expect(!screen.contains(nil), "seed \(seed): every row of the screen arrived")
            let ids = screen.compactMap { $0 }
            #expect(ids.count == Set(ids).count, "seed \(seed), jump \(jumps): a lead shown twice on one screen")
            for (offset, id) in ids.enumerated() { rows[state.list.scrollOffset + offset] = id }
            Self.settle(&state, &fake, state.update(.key(.pageDown)), lastFirst: true)
            jumps += 1
        }
        let shown = rows.keys.sorted().map { rows[$0]! }
        #expect(jumps > 8)
        #expect(shown.count == Set(shown).count, "seed \(seed): \(shown.count - Set(shown).count) leads shown twice")
        let inOrder = shown == shown.sorted(by: >)
        #expect(inOrder, "seed \(seed): newest first, rows in the order they had")
        let skipped = before.subtracting(fake.trashed).filter { id in !shown.contains(id) && id > shown.min()! }
        #expect(skipped.isEmpty, "seed \(seed): \(skipped.count) leads skipped at page boundaries")
    }

    /// Every lead of the page above left (trashed by others) before the next page was asked: the
    /// window widens looking for them, then gives up and shows the page at its place.
    @Test func aPageArrivesWhenEveryLeadOfItsNeighbourLeft() {
        var fake = LiveFake(count: 120, seed: 3)
        var state = AppState(leadIDPrefix: "live", pageSize: 20)
        Self.settleQuietly(&state, fake, state.start() + state.update(.resize(rows: 14, columns: 100)))
        let gone = Set(state.list.cache.peek(0)?.items?.map(\.id) ?? [])
        #expect(gone.count == 20)
        fake.leads.removeAll { gone.contains($0.id) }
        var asked = 0
        for _ in 0..<25 { asked += Self.settleQuietly(&state, fake, state.update(.key(.down))) }
        #expect(asked > 1, "the window was asked again, wider")
        #expect(asked < 8, "and not without end")
        #expect(state.list.item(at: 25)?.id == fake.leads[25].id, "page 1 at its place in what is left")
    }

    @Test func newLeadsAreAnnouncedByALightPollAndShownOnR() {
        var fake = LiveFake(count: 100, seed: 9)
        var state = AppState(leadIDPrefix: "live", pageSize: 20)
        let started = state.start()
        #expect(started.contains(.schedulePoll(token: state.poll.token, after: .seconds(10))), "one tick every 10 s")
        Self.settleQuietly(&state, fake, started + state.update(.resize(rows: 24, columns: 100)))
        #expect(state.poll.newestID == LiveFake.lead(99).id)
        // Three visitors arrive; the next tick counts them.
        for _ in 0..<3 { fake.leads.insert(LiveFake.lead(fake.nextID), at: 0); fake.nextID += 1 }
        var tick = state.update(.pollTimerFired(token: state.poll.token))
        #expect(tick.filter { if case .request = $0 { true } else { false } }.count == 1, "one request a tick")
        #expect(tick.contains(.schedulePoll(token: state.poll.token, after: .seconds(10))))
        #expect(Self.settleQuietly(&state, fake, tick) == 1)
        #expect(state.status?.text == "3 new leads — r to show")
        #expect(state.list.item(at: 0)?.id == LiveFake.lead(99).id, "the list does not jump under the reader")
        // An old timer does nothing; r shows them.
        #expect(state.update(.pollTimerFired(token: state.poll.token - 1)).isEmpty)
        Self.settleQuietly(&state, fake, state.update(.key(.char("r"))))
        #expect(state.list.item(at: 0)?.id == LiveFake.lead(102).id)
        tick = state.update(.pollTimerFired(token: state.poll.token))
        Self.settleQuietly(&state, fake, tick)
        #expect(state.status == nil, "nothing new since the reload")
    }

    /// The greeting naming the server only fills the line: the first news replaces it, while
    /// feedback on something the user did is never replaced.
    @Test func theGreetingGivesWayToNewsButFeedbackDoesNot() {
        var fake = LiveFake(count: 50, seed: 4)
        var state = AppState(leadIDPrefix: "live", pageSize: 20)
        state.status = StatusMessage("demo sandbox at http://127.0.0.1:1", isBackground: true)
        Self.settleQuietly(&state, fake, state.start() + state.update(.resize(rows: 24, columns: 100)))
        fake.leads.insert(LiveFake.lead(fake.nextID), at: 0)
        fake.nextID += 1
        Self.settleQuietly(&state, fake, state.update(.pollTimerFired(token: state.poll.token)))
        #expect(state.status?.text == "1 new lead — r to show")

        state.setStatus("Saved")
        fake.leads.insert(LiveFake.lead(fake.nextID), at: 0)
        Self.settleQuietly(&state, fake, state.update(.pollTimerFired(token: state.poll.token)))
        #expect(state.status?.text == "Saved", "feedback stays until a key clears it")
    }

    @Test func noPollWhileTypingASearchOrInAForm() {
        var fake = LiveFake(count: 50, seed: 4)
        var state = AppState(leadIDPrefix: "live", pageSize: 20)
        Self.settle(&state, &fake, state.start() + state.update(.resize(rows: 24, columns: 100)))
        _ = state.update(.key(.char("/")))
        let typing = state.update(.pollTimerFired(token: state.poll.token))
        #expect(typing == [.schedulePoll(token: state.poll.token, after: .seconds(10))], "the timer goes on, no request")
        _ = state.update(.key(.escape))
        _ = state.update(.key(.char("n")))
        let form = state.update(.pollTimerFired(token: state.poll.token))
        #expect(form == [.schedulePoll(token: state.poll.token, after: .seconds(10))])
    }

    @Test func aLeadOpenInDetailThatSomeoneElseChangedSaysSoAndReloadsOnR() {
        var fake = LiveFake(count: 50, seed: 6)
        var state = AppState(leadIDPrefix: "live", pageSize: 20)
        Self.settleQuietly(&state, fake, state.start() + state.update(.resize(rows: 24, columns: 100)))
        Self.settleQuietly(&state, fake, state.update(.key(.enter)))
        guard case .detail(let opened)? = state.stack.last else { Issue.record("no detail"); return }
        // Nothing changed: the tick re-reads the lead and says nothing.
        Self.settleQuietly(&state, fake, state.update(.pollTimerFired(token: state.poll.token)))
        #expect(state.status == nil)
        // Another agent edits it.
        let index = fake.leads.firstIndex { $0.id == opened.lead.id }!
        fake.leads[index].company = "Changed Elsewhere"
        fake.leads[index].updatedAt = Date(timeIntervalSince1970: 2_000_000_000)
        let tick = state.update(.pollTimerFired(token: state.poll.token))
        #expect(tick.contains(.request(id: state.nextRequestID - 1, .get(id: opened.lead.id))))
        Self.settleQuietly(&state, fake, tick)
        #expect(state.status?.text == "Someone else changed this lead — r to reload")
        guard case .detail(let shown)? = state.stack.last else { Issue.record("no detail"); return }
        #expect(shown.lead.company == nil, "the screen keeps what it showed until asked")
        Self.settleQuietly(&state, fake, state.update(.key(.char("r"))))
        guard case .detail(let reloaded)? = state.stack.last else { Issue.record("no detail"); return }
        #expect(reloaded.lead.company == "Changed Elsewhere")
    }

    /// `settle` against a copy of the fake that does not move (a quiet moment).
    @discardableResult
    static func settleQuietly(_ state: inout AppState, _ fake: LiveFake, _ effects: [Effect]) -> Int {
        let still = fake
        var queue = effects
        var count = 0
        while !queue.isEmpty {
            guard case .request(let id, let request) = queue.removeFirst() else { continue }
            count += 1
            switch request {
            case .list(let query): queue += state.update(.pageLoaded(requestID: id, page: still.answer(query)))
            case .get(let leadID):
                if let lead = still.leads.first(where: { $0.id == leadID }) { queue += state.update(.leadLoaded(requestID: id, lead: lead)) }
            default: continue
            }
        }
        return count
    }
}
