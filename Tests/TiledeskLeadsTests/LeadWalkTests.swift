import Foundation
import LeadsSandbox
import LeadsTestSupport
import Testing
import TiledeskLeads

/// `LeadWalk` over real HTTP against a sandbox that keeps changing (`--live`), with and without
/// the real server's unstable order among ties (`--quirks`): every lead there for the whole walk
/// is read exactly once, whatever arrived, changed or left meanwhile.
@Suite(.serialized) struct LeadWalkTests {
    static let busy = LiveSpec(rates: [.chat: 60, .fill: 20, .edit: 40, .trash: 25, .restore: 5], seed: 11)

    @Test(arguments: [false, true], [0, 2]) func readsEveryLeadThereThroughoutExactlyOnce(quirks: Bool, lookahead: Int) async throws {
        try await SandboxHarness.with(projects: [SandboxHarness.projectA], seed: 3000, quirks: quirks, live: Self.busy) { sandbox in
            try await sandbox.withClient { client in
                for direction in [SortDirection.ascending, .descending] {
                    let since = Date().addingTimeInterval(-0.2)
                    let before = Set(try await client.list(LeadQuery(limit: 0)).leads.map(\.id))
                    var read: [String] = []
                    let walk = LeadWalk(api: client, query: LeadQuery(), pageSize: 40, direction: direction, lookahead: lookahead)
                    let summary = try await walk.run { leads, _, _ in
                        read += leads.map(\.id)
                        return true
                    }
                    let log = try LiveRequestLog(path: sandbox.requestLogPath)
                    let trashed = log.leads("trash", since: since)
                    #expect(trashed.count > 3, "the project moved during the walk")
                    #expect(read.count == Set(read).count, "no lead twice")
                    let missing = before.subtracting(trashed).subtracting(read)
                    #expect(missing.isEmpty, "\(missing.count) leads there throughout were not read (\(direction))")
                    #expect(summary.read == read.count)
                    if direction == .ascending {
                        #expect(summary.arrived > 0, "visitors who arrived meanwhile are counted")
                        #expect(summary.changed)
                    }
                }
            }
        }
    }

    @Test func aFilteredWalkKeepsToItsFilterWhileLeadsChangeInAndOut() async throws {
        try await SandboxHarness.with(projects: [SandboxHarness.projectA], seed: 2000, live: Self.busy) { sandbox in
            try await sandbox.withClient { client in
                // with_email: visitors filling in their email join it; trashed leads leave it.
                let query = LeadQuery(withEmail: true)
                let since = Date().addingTimeInterval(-0.2)
                let before = Set(try await client.list(LeadQuery(limit: 0, withEmail: true)).leads.map(\.id))
                var read: [Lead] = []
                try await LeadWalk(api: client, query: query, pageSize: 25).run { leads, _, _ in
                    read += leads
                    return true
                }
                let trashed = try LiveRequestLog(path: sandbox.requestLogPath).leads("trash", since: since)
                #expect(read.count == Set(read.map(\.id)).count)
                #expect(before.subtracting(trashed).subtracting(read.map(\.id)).isEmpty)
                #expect(read.allSatisfy { $0.email != nil })
            }
        }
    }

    /// On a still project, windows asked for ahead change nothing: the same leads in the same
    /// order as one request at a time, and no more requests than those past the end.
    @Test func windowsAskedAheadReadWhatOneAtATimeReads() async throws {
        try await SandboxHarness.with(projects: [SandboxHarness.projectA], seed: 1500) { sandbox in
            try await sandbox.withClient { client in
                for direction in [SortDirection.ascending, .descending] {
                    var alone: [String] = []
                    let one = try await LeadWalk(api: client, query: LeadQuery(), pageSize: 40, direction: direction).run { leads, _, _ in
                        alone += leads.map(\.id)
                        return true
                    }
                    var ahead: [String] = []
                    let three = try await LeadWalk(api: client, query: LeadQuery(), pageSize: 40, direction: direction, lookahead: 2).run {
                        leads, _, _ in
                        ahead += leads.map(\.id)
                        return true
                    }
                    #expect(alone.count > 1400 && ahead == alone)
                    #expect(three.requests <= one.requests + 2, "only the windows past the end are asked for in vain")
                    #expect(!one.changed && !three.changed)
                }
            }
        }
    }

    /// Leads that leave behind the walk while windows are in flight make the predicted windows
    /// wrong (they skip past unread leads): those answers are dropped, the walk steps back and
    /// asks again, and still every lead is read exactly once, in order.
    @Test func aWindowSentAheadThatMissesIsAskedAgain() async throws {
        try await SandboxHarness.with(projects: [SandboxHarness.projectA], seed: 2000) { sandbox in
            try await sandbox.withClient { client in
                let before = try await client.list(LeadQuery(limit: 0, sort: .id, direction: .ascending)).leads.map(\.id)
                var read: [String] = []
                var trashed: [String] = []
                let summary = try await LeadWalk(api: client, query: LeadQuery(), pageSize: 40, lookahead: 2).run { leads, _, _ in
                    read += leads.map(\.id)
                    if trashed.isEmpty {
                        // 20 leads already read leave: every position after them moves back by 20.
                        for lead in leads[10..<30] { _ = try await client.trash(id: lead.id) }
                        trashed = leads[10..<30].map(\.id)
                    }
                    return true
                }
                #expect(trashed.count == 20)
                #expect(summary.stepsBack >= 1, "a window predicted before the leads left was not used")
                #expect(read == before, "every lead once, in _id order (the trashed ones were read before they left)")
                #expect(summary.read == before.count)
            }
        }
    }

    @Test func theWindowStartsAtOrBeforeItsStartAndReachesItsEnd() {
        for start in [0, 1, 39, 40, 41, 99, 1000, 4321, 99_999, 999_999] {
            for length in [1, 5, 40, 44, 500, 506] {
                let end = start + length
                let (page, limit) = LeadWalk.window(from: start, to: end)
                #expect(page * limit <= start && page * limit + limit >= end, "\(start)…\(end): page \(page) × \(limit)")
                #expect(limit < 3 * length + 64 || limit <= end, "\(start)…\(end): a window of \(limit) is wasteful")
            }
        }
    }

    /// A retried create finds its earlier attempt however many leads came after it.
    @Test func findLeadFindsALeadThousandsOfCreatesAgo() async throws {
        try await SandboxHarness.with(projects: [SandboxHarness.projectA]) { sandbox in
            try await sandbox.withClient { client in
                let started = ContinuousClock.now
                let blank = try await client.create(Lead(leadID: "blank-attempt"))
                let named = try await client.create(Lead(leadID: "named-attempt", fullname: "Zoë Quint"))
                // 1,500 leads after them: five times what the old look-up scanned.
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for worker in 0..<8 {
                        group.addTask {
                            for n in stride(from: worker, to: 1500, by: 8) { _ = try await client.create(Lead(fullname: "Later \(n)")) }
                        }
                    }
                    try await group.waitForAll()
                }
                let within = ContinuousClock.now - started
                #expect(try await client.findLead(leadID: "blank-attempt", createdWithin: within)?.id == blank.id)
                #expect(try await client.findLead(leadID: "named-attempt", fullname: "Zoë Quint", createdWithin: within)?.id == named.id)
                #expect(try await client.findLead(leadID: "never-made", createdWithin: within) == nil)
                #expect(try await client.findLead(leadID: "never-made", fullname: "Nobody Here", createdWithin: within) == nil)
            }
        }
    }
}
