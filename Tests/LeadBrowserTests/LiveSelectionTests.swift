import Testing
@testable import LeadBrowser
import TiledeskLeads

/// `*` (every lead matching the list) then an action or `x`: the query is read to the end before
/// anything is done. On a project that moves while it is read (visitors arriving, leads trashed
/// by others), every lead there for the whole read is read exactly once, as `leads export` does.
@Suite struct LiveSelectionTests {
    typealias LiveFake = LiveListTests.LiveFake

    /// Runs effects against the fake, which moves before each answer (visitors arriving at the
    /// top, sometimes a lead leaving) and loses `leaving` more leads anywhere, as agents trashing
    /// them; returns the leads of the export the read ends in, and the list requests it took.
    static func exported(_ state: inout AppState, _ fake: inout LiveFake, _ effects: [Effect], leaving: Int) -> ([Lead]?, Int) {
        var queue = effects
        var written: [Lead]?
        var requests = 0
        while !queue.isEmpty {
            switch queue.removeFirst() {
            case .request(let id, .list(let query)):
                requests += 1
                fake.move()
                for _ in 0..<leaving {
                    let gone = fake.leads.remove(at: Int(fake.random.next() % UInt64(fake.leads.count)))
                    fake.trashed.insert(gone.id)
                }
                queue += state.update(.pageLoaded(requestID: id, page: fake.answer(query)))
            case .exportLeads(let leads, _):
                written = leads
            default:
                continue
            }
        }
        return (written, requests)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64]) func everyLeadThereThroughoutIsReadOnceWhileTheProjectMoves(seed: UInt64) {
        var fake = LiveFake(count: 1700, seed: seed)
        let before = Set(fake.leads.map(\.id))
        var state = AppState(leadIDPrefix: "live", pageSize: 20)
        LiveListTests.settleQuietly(&state, fake, state.start() + state.update(.resize(rows: 24, columns: 100)))
        _ = press(&state, .char("*"))
        let asked = ExportMarkedTests.export(&state, to: "all.ndjson")
        let (written, requests) = Self.exported(&state, &fake, asked, leaving: 12)
        let leads = written ?? []
        #expect(written != nil, "seed \(seed): the read ended in the export")
        let ids = leads.map(\.id)
        #expect(ids.count == Set(ids).count, "seed \(seed): \(ids.count - Set(ids).count) leads twice")
        let missing = before.subtracting(fake.trashed).subtracting(ids)
        #expect(missing.isEmpty, "seed \(seed): \(missing.count) leads there throughout were not read")
        #expect(ids == ids.sorted(by: >), "seed \(seed): written in the list's order, newest first")
        #expect(fake.trashed.count > 5 && requests > 3, "seed \(seed): the project moved while it was read")
    }

    /// The same read before an action: the review holds every lead there throughout once.
    @Test(arguments: [11, 12, 13] as [UInt64]) func theReviewOfAnActionHoldsEveryLeadThereThroughoutOnce(seed: UInt64) {
        var fake = LiveFake(count: 1200, seed: seed)
        let before = Set(fake.leads.map(\.id))
        var state = AppState(leadIDPrefix: "live", pageSize: 20)
        LiveListTests.settleQuietly(&state, fake, state.start() + state.update(.resize(rows: 24, columns: 100)))
        _ = press(&state, .char("*"))
        _ = Self.exported(&state, &fake, press(&state, .char("d")), leaving: 12)
        guard case .confirm(let dialog)? = state.stack.last, let review = state.bulkReview else {
            Issue.record("seed \(seed): no review: \(String(describing: state.stack.last))")
            return
        }
        let ids = review.targets.map(\.id)
        #expect(ids.count == Set(ids).count, "seed \(seed): \(ids.count - Set(ids).count) leads twice")
        let missing = before.subtracting(fake.trashed).subtracting(ids)
        #expect(missing.isEmpty, "seed \(seed): \(missing.count) leads there throughout are not in the review")
        #expect(dialog.question == "Move \(NumberText.grouped(ids.count)) leads to the trash?")
    }
}
