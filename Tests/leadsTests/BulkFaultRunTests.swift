import Foundation
import LeadBrowser
import LeadsSandbox
import TerminalUI
import Testing
import TiledeskLeads

/// A bulk tag and its undo through the view-model and the browser's own `EffectRunner`, against
/// a sandbox that fails 30% of requests and drops 10% of connections mid-answer. Every marked lead
/// must end changed exactly once or be listed as failed; undo must take the tag off exactly the
/// leads the action reported changed, and leave the rest (those that had it before) alone.
@Suite struct BulkFaultRunTests {
    static let tag = "fault-bulk"

    @Test func everyLeadIsTaggedOnceOrListedAndUndoTakesBackExactlyThat() async throws {
        let home = NSTemporaryDirectory() + "leads-bulk-faults-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let configuration = SandboxConfiguration(
            databasePath: home + "/sandbox.sqlite", projectIDs: [FaultedEditsTests.project], users: [FaultedEditsTests.owner])
        let clean = try await SandboxServer.start(configuration)
        let token = try await HTTPLeadsClient.with(
            ClientConfiguration(baseURL: clean.baseURL, projectID: FaultedEditsTests.project, credentials: .none)
        ) { try await $0.signIn(email: FaultedEditsTests.owner.email, password: FaultedEditsTests.owner.password).token }
        let leads = try await FaultedEditsTests.withClient(clean.baseURL, token: token, timeout: .seconds(30)) { client in
            var leads: [Lead] = []
            for i in 0..<40 { leads.append(try await client.create(Lead(fullname: "Bulk \(i)", tags: i < 8 ? [Self.tag] : ["other"]))) }
            return leads
        }
        await clean.stop()

        var faulty = configuration
        faulty.faults = try FaultSpec(parsing: "error=0.3,drop=0.1,seed=20261207")
        let server = try await SandboxServer.start(faulty)
        var state = AppState(leadIDPrefix: "bulk-faults")
        for lead in leads { state.selection.marked[lead.id] = lead }
        var tagged: BulkRun?
        var undone: BulkRun?
        try await FaultedEditsTests.withClient(server.baseURL, token: token, timeout: .seconds(1)) { client in
            let runner = EffectRunner(api: client, drafts: DraftStore(directory: home + "/drafts"), post: { _ in })
            var effects = state.update(.key(.char("+")))
            for character in Self.tag { effects += state.update(.key(.char(character))) }
            effects += state.update(.key(.enter)) + state.update(.key(.char("y")))
            await FaultedEditsTests.run(effects, in: &state, runner: runner)
            tagged = state.bulk
            state.stack.removeAll()
            await FaultedEditsTests.run(state.update(.key(.char("u"))), in: &state, runner: runner)
            undone = state.bulk
        }
        await server.stop()

        let check = try await SandboxServer.start(configuration)
        let after = try await FaultedEditsTests.withClient(check.baseURL, token: token, timeout: .seconds(30)) { client in
            try await client.list(LeadQuery(limit: 1000)).leads
        }
        await check.stop()

        let run = try #require(tagged)
        let undo = try #require(undone)
        #expect(run.targets.count == 32 && run.alreadyDone == 8, "leads that had the tag are not written")
        let changed = Set(run.changed.map(\.id))
        let failed = Set(run.failed.map(\.id))
        #expect(changed.isDisjoint(with: failed))
        #expect(changed.union(failed) == Set(run.targets.map(\.id)), "every lead ended changed or listed as failed")
        #expect(after.allSatisfy { $0.tags.filter { $0 == Self.tag }.count <= 1 }, "no lead has the tag twice")
        #expect(Set(undo.targets.map(\.id)) == changed, "undo works on exactly the leads the action changed")
        let undoneIDs = Set(undo.changed.map(\.id))
        let undoFailed = Set(undo.failed.map(\.id))
        #expect(undoneIDs.union(undoFailed) == changed)
        for lead in after {
            let had = leads.first { $0.id == lead.id }!.tags.contains(Self.tag)
            let has = lead.tags.contains(Self.tag)
            if had { #expect(has, "\(lead.fullname ?? "") had the tag before and keeps it") }
            if undoneIDs.contains(lead.id) { #expect(!has, "\(lead.fullname ?? "") was undone but still has the tag") }
            if !had, !failed.contains(lead.id), !undoFailed.contains(lead.id) { #expect(!has) }
        }
        print("bulk fault run: \(run.changed.count) tagged, \(run.failed.count) failed; undo \(undo.changed.count) untagged, \(undo.failed.count) failed")
        #expect(!run.failed.isEmpty && !run.changed.isEmpty, "faults were met and the action still went through")
    }
}
