import Foundation
import LeadsSandbox
import LeadsTestSupport
import Testing
import TiledeskLeads

/// `leads serve --live`: a project that moves as a real one does, every event in the request log.
@Suite struct LiveActivityTests {
    static let busy = LiveSpec(rates: [.chat: 60, .fill: 30, .edit: 40, .trash: 15, .restore: 8], seed: 7)

    @Test func parsesRatesPerSecondAndPerMinuteAndRefusesTheRest() throws {
        let spec = try LiveSpec(parsing: "chats=20/s,fill=2/s,edits=5/s,trash=2/s,restore=30/m,seed=9")
        #expect(spec.rates == [.chat: 20, .fill: 2, .edit: 5, .trash: 2, .restore: 0.5])
        #expect(spec.seed == 9)
        #expect(try LiveSpec(parsing: "chats=3").rates == [.chat: 3])
        for bad in ["chats", "visits=2/s", "chats=-1/s", "chats=fast", "seed=x"] {
            #expect(throws: SandboxSetupError.self, "\(bad)") { try LiveSpec(parsing: bad) }
        }
    }

    @Test func visitorsArriveFillInAndAgentsEditTrashAndRestoreEachLoggedWithItsTime() async throws {
        let log = NSTemporaryDirectory() + "live-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let started = Date()
        let sandbox = try await SandboxHarness.start(seed: 300, requestLogPath: log, live: Self.busy)
        try await withCleanUp({
            // Wait (bounded) until every kind of event has happened at least once.
            let deadline = ContinuousClock.now + .seconds(30)
            var entries: [LiveRequestLog.Entry] = []
            while ContinuousClock.now < deadline {
                entries = try LiveRequestLog(path: log).entries
                let inA = entries.filter { $0.target.hasPrefix("/\(SandboxHarness.projectA)/") }
                if Set(inA.compactMap(\.live)).count == 5, Set(entries.compactMap(\.live)).count == 5 { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(Set(entries.compactMap(\.live)) == ["chats", "fill", "edits", "trash", "restore"])
            #expect(entries.allSatisfy { $0.time >= started.addingTimeInterval(-1) && $0.time <= Date().addingTimeInterval(1) })

            // A chat is the widget's lead: a lead_id, a guest# name, no email.
            #expect(entries.contains { $0.live == "chats" && $0.target == "/\(SandboxHarness.projectB)/leads" }, "every project moves")
            let chat = try #require(entries.first { $0.live == "chats" && $0.target.hasPrefix("/\(SandboxHarness.projectA)/") })
            #expect(chat.method == "POST" && chat.target == "/\(SandboxHarness.projectA)/leads")
            let visitor = try #require(try await sandbox.leads(.GET, "/\(chat.leadID ?? "")").lead)
            #expect(visitor.leadID?.isEmpty == false)
            #expect(visitor.fullname?.hasPrefix("guest#") == true || visitor.email != nil, "a guest, unless already filled in")
            // A filled-in visitor has a real name and an email now.
            let fill = try #require(entries.first { $0.live == "fill" && $0.target.hasPrefix("/\(SandboxHarness.projectA)/") })
            let filled = try #require(try await sandbox.leads(.GET, "/\(fill.leadID ?? "")").lead)
            #expect(filled.email?.contains("@") == true)
            #expect(filled.fullname?.hasPrefix("guest#") == false)
            // A trash is a DELETE of that lead, a restore a PUT; the log names the lead.
            let trash = try #require(entries.first { $0.live == "trash" && $0.target.hasPrefix("/\(SandboxHarness.projectA)/") })
            #expect(trash.method == "DELETE" && trash.target.hasSuffix("/" + (trash.leadID ?? "?")))
            #expect(entries.first { $0.live == "restore" }?.method == "PUT")
            // The list shows the visitors among the seeded leads.
            let newest = try #require(try await sandbox.leads(.GET, "?limit=5").page)
            #expect(newest.count > 290)
        }, cleanUp: { await sandbox.stop() })
    }

    @Test func theSameSeedOnTheSameDataMakesTheSameEvents() async throws {
        func run() async throws -> [String] {
            let log = NSTemporaryDirectory() + "live-\(UUID().uuidString).log"
            defer { try? FileManager.default.removeItem(atPath: log) }
            let spec = LiveSpec(rates: [.chat: 80, .fill: 20, .edit: 20], seed: 3)
            let sandbox = try await SandboxHarness.start(projects: [SandboxHarness.projectA], seed: 50, requestLogPath: log, live: spec)
            return try await withCleanUp({
                let deadline = ContinuousClock.now + .seconds(30)
                var entries: [LiveRequestLog.Entry] = []
                while ContinuousClock.now < deadline {
                    entries = try LiveRequestLog(path: log).entries.filter { $0.live != nil }
                    if entries.count >= 40 { break }
                    try await Task.sleep(for: .milliseconds(50))
                }
                // Kinds in order, and the visitors' names (their lead_id is drawn from the seed).
                var described: [String] = []
                for entry in entries.prefix(40) {
                    var text = entry.live ?? ""
                    if entry.live == "chats", let id = entry.leadID {
                        text += " " + (try await sandbox.leads(.GET, "/\(id)").lead?.leadID ?? "?")
                    }
                    described.append(text)
                }
                return described
            }, cleanUp: { await sandbox.stop() })
        }
        let first = try await run()
        #expect(first.count == 40)
        #expect(try await run() == first)
    }
}
