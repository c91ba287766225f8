import Foundation
import LeadBrowser
import LeadDuplicates
import LeadsSandbox
import TerminalUI
import Testing
import TiledeskLeads
@testable import leads

/// A merge made in the browser, and its undo, against a sandbox failing 30% of requests,
/// dropping 10% of connections mid-answer and never answering 5%. Keys go through `update`,
/// effects through the browser's own `EffectRunner` with the command line's duplicate index;
/// after each stop the same key resumes. A clean server on the same database then shows the
/// merge with no value lost, and after the undo every lead as it was (a property the merge added
/// stays, as the API cannot remove one, and the undo says so).
@Suite struct BrowserMergeFaultTests {
    static let tries = 60

    /// Runs effects and the effects their answers ask for, one at a time, as the browser would.
    static func drive(_ state: inout AppState, _ effects: [Effect], _ runner: EffectRunner) async {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            guard effect.requestID != nil else { continue }  // timers and drafts: not part of a merge
            if let message = await runner.result(of: effect) { queue += state.update(message) }
        }
    }

    static func press(_ state: inout AppState, _ key: Key, _ runner: EffectRunner) async {
        await drive(&state, state.update(.key(key)), runner)
    }

    @Test func aMergeUnderFaultsLosesNothingAndUndoRestoresEveryLead() async throws {
        let home = NSTemporaryDirectory() + "leads-browser-merge-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let project = FaultedEditsTests.project
        var configuration = SandboxConfiguration(databasePath: home + "/sandbox.sqlite", projectIDs: [project], users: [FaultedEditsTests.owner])
        let clean = try await SandboxServer.start(configuration)
        let token = try await HTTPLeadsClient.with(ClientConfiguration(baseURL: clean.baseURL, projectID: project, credentials: .none)) {
            try await $0.signIn(email: FaultedEditsTests.owner.email, password: FaultedEditsTests.owner.password).token
        }
        let leads = try await FaultedEditsTests.withClient(clean.baseURL, token: token, timeout: .seconds(30)) { try await MergeCommandTests.people($0) }
        await clean.stop()
        let ids = Set(leads.map(\.id))

        configuration.faults = try FaultSpec(parsing: "error=0.3,drop=0.1,hang=0.05,seed=20261207")
        let server = try await SandboxServer.start(configuration)
        var state = AppState(leadIDPrefix: "t")
        var plan: MergePlan?
        var kept: [String] = []
        try await FaultedEditsTests.withClient(server.baseURL, token: token, timeout: .seconds(1)) { client in
            let file = DuplicateIndexFile(baseURL: server.baseURL, projectID: project, environment: ["XDG_CACHE_HOME": home + "/cache"])
            let runner = EffectRunner(
                api: client, drafts: DraftStore(directory: home + "/drafts"), post: { _ in },
                duplicates: BrowserDuplicateIndex(api: client, file: file))

            // The Duplicates screen, refreshed with r until the index could be read.
            await Self.press(&state, .char("D"), runner)
            for _ in 0..<Self.tries {
                guard case .duplicates(let screen)? = state.stack.last, screen.load != .loaded else { break }
                await Self.press(&state, .char("r"), runner)
            }
            guard case .duplicates(let screen)? = state.stack.last, screen.load == .loaded,
                let index = screen.groups.firstIndex(where: { Set($0.ids) == ids })
            else {
                Issue.record("the three leads are not one group on the Duplicates screen: \(state.stack.last.debugDescription)")
                return
            }
            for _ in 0..<index { await Self.press(&state, .char("j"), runner) }

            // The group, opened again until every lead could be read.
            for _ in 0..<Self.tries {
                if case .duplicateGroup(let group)? = state.stack.last, group.isLoaded { break }
                if case .duplicateGroup? = state.stack.last { await Self.press(&state, .char("q"), runner) }
                await Self.press(&state, .enter, runner)
            }
            guard case .duplicateGroup(let group)? = state.stack.last, let chosen = group.plan else {
                Issue.record("the group's leads were never read")
                return
            }
            plan = chosen
            await Self.press(&state, .char("m"), runner)
            await Self.press(&state, .char("y"), runner)
            var resumed = 0
            for _ in 0..<Self.tries where state.mergeRun != nil {
                resumed += 1
                await Self.press(&state, .char("y"), runner)
            }
            print("browser merge under faults: y pressed \(resumed) more time(s) after stops")
            #expect(state.mergeRun == nil && state.undo == .merge(chosen), "the merge finished: \(state.status?.text ?? "")")
        }
        await server.stop()
        guard let plan else { return }

        // The merge, read without faults: every value is in the survivor or dropped by choice.
        configuration.faults = nil
        var check = try await SandboxServer.start(configuration)
        try await FaultedEditsTests.withClient(check.baseURL, token: token, timeout: .seconds(30)) { client in
            var merged = plan
            merged.result = try await client.get(id: plan.survivor.id)
            merged.result.updatedAt = plan.result.updatedAt
            #expect(merged.unaccountedValues.isEmpty, "lost: \(merged.unaccountedValues)")
            #expect(merged.result.note == plan.result.note && Set(merged.result.tags) == Set(plan.result.tags))
            for other in plan.others {
                let lead = try await client.get(id: other.id)
                #expect(lead.isTrashed && lead.attributes?[MergePlan.mergedIntoKey] == .string(plan.survivor.id))
            }
        }
        await check.stop()

        // The undo, under faults again: `u` until it is through.
        configuration.faults = try FaultSpec(parsing: "error=0.3,drop=0.1,hang=0.05,seed=20261208")
        let again = try await SandboxServer.start(configuration)
        try await FaultedEditsTests.withClient(again.baseURL, token: token, timeout: .seconds(1)) { client in
            let runner = EffectRunner(api: client, drafts: DraftStore(directory: home + "/drafts"), post: { _ in })
            var presses = 0
            for _ in 0..<Self.tries where state.undo != nil {
                presses += 1
                await Self.press(&state, .char("u"), runner)
            }
            print("browser undo under faults: u pressed \(presses) time(s)")
            #expect(state.undo == nil, "the undo finished: \(state.status?.text ?? "")")
            kept = state.status?.text.components(separatedBy: "kept as they are now: ").dropFirst().first?.components(separatedBy: "; ") ?? []
        }
        await again.stop()

        configuration.faults = nil
        check = try await SandboxServer.start(configuration)
        try await FaultedEditsTests.withClient(check.baseURL, token: token, timeout: .seconds(30)) { client in
            for before in leads {
                var now = try await client.get(id: before.id)
                #expect(!now.isTrashed, "\(before.id) is out of the trash")
                if before.id == plan.survivor.id {
                    let added = Set((plan.result.properties ?? [:]).keys).subtracting((before.properties ?? [:]).keys)
                    #expect(Set(kept) == Set(added.map { "properties.\($0): the API cannot remove a property" }), "said what stays: \(kept)")
                    for key in added { now.properties?[key] = nil }
                    if now.properties == [:] { now.properties = before.properties }
                }
                for field in LeadField.allCases { #expect((now[field] ?? "") == (before[field] ?? ""), "\(before.id) \(field)") }
                #expect(now.tags == before.tags, "\(before.id) tags")
                #expect((now.attributes ?? [:]) == (before.attributes ?? [:]), "\(before.id) attributes")
                #expect((now.properties ?? [:]) == (before.properties ?? [:]), "\(before.id) properties")
            }
        }
        await check.stop()
    }
}
