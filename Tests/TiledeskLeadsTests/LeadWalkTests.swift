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

    @Test(arguments: [false, true]) func readsEveryLeadThereThroughoutExactlyOnce(quirks: Bool) async throws {
        try await SandboxHarness.with(projects: [SandboxHarness.projectA], seed: 3000, quirks: quirks, live: Self.busy) { sandbox in
            try await sandbox.withClient { client in
                for direction in [SortDirection.ascending, .descending] {
                    let since = Date().addingTimeInterval(-0.2)
                    let before = Set(try await client.list(LeadQuery(limit: 0)).leads.map(\.id))
                    var read: [String] = []
                    let summary = try await LeadWalk(api: client, query: LeadQuery(), pageSize: 40, direction: direction).run { leads, _, _ in
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
