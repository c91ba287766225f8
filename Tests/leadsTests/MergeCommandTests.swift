import Foundation
import LeadDuplicates
import LeadsSandbox
import Testing
import TiledeskLeads

/// `leads merge` through the binary: the review, the one update of the survivor, the others in
/// the trash with `mergedInto`, and — against a server failing a third of its requests — never a
/// value lost, however many runs it takes.
@Suite struct MergeCommandTests {
    static func people(_ client: HTTPLeadsClient) async throws -> [Lead] {
        let first = try await client.create(
            Lead(fullname: "Mario Rossi", email: "mario@x.it", company: "ACME", note: "first chat", city: "Roma", tags: ["vip"],
                 attributes: ["plan": "basic", "source": ["channel": "web"]]))
        let second = try await client.create(
            Lead(fullname: "ROSSI Mario", email: "MARIO@X.IT", phone: "+39 333 1234567", company: "ACME S.p.A.", note: "second chat",
                 zipcode: "00144", tags: ["vip", "newsletter"], attributes: ["plan": "pro", "seats": 3, "source": ["channel": "chat"]],
                 properties: ["industry": "retail"]))
        let third = try await client.create(Lead(fullname: "Mario Rossi", email: "mario@x.it", tags: ["lead/hot"], attributes: ["score": 0.5]))
        return [first, second, third]
    }

    @Test func dryRunReviewsThenYesMergesIntoTheOldest() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await sandbox.withClient { try await Self.people($0) }
            let ids = leads.map(\.id)
            let dry = try await sandbox.leads(["merge", ids[2], ids[1], ids[0], "--dry-run"])
            #expect(dry.code == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("Survivor \(ids[0])"))
            #expect(dry.stdout.contains("phone: (empty) → +39 333 1234567"))
            #expect(dry.stdout.contains("\(ids[1]) email: MARIO@X.IT (kept: mario@x.it)"))
            #expect(dry.stdout.contains("\(ids[1]) attributes.plan: \"pro\" (kept: \"basic\")"))
            #expect(dry.stdout.contains("dry run: nothing was changed"))
            #expect(try await sandbox.withClient { try await $0.list(LeadQuery()).count } == 3)

            let noTerminal = try await sandbox.leads(["merge", ids[0], ids[1]])
            #expect(noTerminal.code == 2 && noTerminal.stderr.contains("--yes"), "never merged unasked")

            let merged = try await sandbox.leads(["merge", ids[1], ids[2], ids[0], "--yes"])
            #expect(merged.code == 0, "\(merged.stderr)")
            try await sandbox.withClient { client in
                let survivor = try await client.get(id: ids[0])
                #expect(survivor.fullname == "Mario Rossi" && survivor.email == "mario@x.it" && survivor.company == "ACME")
                #expect(survivor.phone == "+39 333 1234567" && survivor.zipcode == "00144" && survivor.city == "Roma")
                #expect(survivor.note == "first chat\n\nsecond chat")
                #expect(Set(survivor.tags) == ["vip", "newsletter", "lead/hot"])
                #expect(survivor.attributes?.filter { $0.key != MergeRecord.key } == ["plan": "basic", "seats": 3, "score": 0.5, "source": ["channel": "web"]])
                #expect(Set(MergeRecord(survivor.attributes?[MergeRecord.key])?.leads ?? []) == Set(ids.dropFirst()), "the merge is recorded for --undo")
                #expect(survivor.properties == ["industry": "retail"])
                for id in ids.dropFirst() {
                    let other = try await client.get(id: id)
                    #expect(other.isTrashed && other.attributes?["mergedInto"] == .string(ids[0]))
                }
            }
        }
    }

    @Test func intoAndPreferChooseTheSurvivorAndTheValues() async throws {
        try await CLISandbox.with { sandbox in
            let leads = try await sandbox.withClient { try await Self.people($0) }
            let result = try await sandbox.leads(["merge", leads[0].id, leads[1].id, "--into", leads[1].id, "--prefer", "longest", "--yes", "--json"])
            #expect(result.code == 0, "\(result.stderr)")
            let survivor = try Lead(jsonObject: JSONValue.parse(result.stdout))
            #expect(survivor.id == leads[1].id && survivor.company == "ACME S.p.A." && survivor.fullname == "ROSSI Mario" && survivor.city == "Roma")
            #expect(result.stderr.contains("Survivor \(leads[1].id)"), "the review on stderr, the lead alone on stdout")
        }
    }

    /// The merge against a server that fails 30% of requests, drops 10% of connections and never
    /// answers 5%: each run either finishes or fails; run again until one finishes (bounded). Then,
    /// on a clean server, the survivor holds every value but those the review listed as not kept,
    /// and every other lead is in the trash pointing at it.
    @Test func underFaultsAMergeNeverLosesAValue() async throws {
        let home = NSTemporaryDirectory() + "leads-merge-faults-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let project = CLISandbox.project
        var configuration = SandboxConfiguration(databasePath: home + "/sandbox.sqlite", projectIDs: [project], users: [CLISandbox.owner])
        let clean = try await SandboxServer.start(configuration)
        let client = ClientConfiguration(baseURL: clean.baseURL, projectID: project, credentials: .basic(email: CLISandbox.owner.email, password: CLISandbox.owner.password))
        let (token, leads) = try await HTTPLeadsClient.with(client) { client in
            (try await client.signIn(email: CLISandbox.owner.email, password: CLISandbox.owner.password).token, try await Self.people(client))
        }
        await clean.stop()
        let plan = MergePlan(leads: leads)
        #expect(plan.unaccountedValues.isEmpty && !plan.dropped.isEmpty)

        var runs: [Int32] = []
        for seed in 1...20 {
            configuration.faults = try FaultSpec(parsing: "error=0.3,drop=0.1,hang=0.05,seed=\(seed)")
            let server = try await SandboxServer.start(configuration)
            let environment = [
                "PATH": "/usr/bin:/bin", "HOME": home, "XDG_CONFIG_HOME": home + "/config", "LANG": "C.UTF-8",
                "TILEDESK_URL": server.baseURL, "TILEDESK_PROJECT": project, "TILEDESK_TOKEN": token,
            ]
            let run = try await LeadsProcess.run(
                ["merge"] + leads.map(\.id) + ["--yes", "--timeout", "1", "--connect-timeout", "1"], environment: environment, timeout: 120)
            await server.stop()
            #expect(!run.timedOut)
            runs.append(run.code)
            if run.code == 0 { break }
        }
        #expect(runs.last == 0, "a run finished within 20 tries: \(runs)")
        print("merge under faults: exit codes of the runs \(runs)")

        configuration.faults = nil
        let after = try await SandboxServer.start(configuration)
        var checking = client
        checking.baseURL = after.baseURL
        try await HTTPLeadsClient.with(checking) { client in
            let survivor = try await client.get(id: plan.survivor.id)
            var check = plan
            check.result = survivor
            check.result.updatedAt = plan.result.updatedAt
            #expect(check.unaccountedValues.isEmpty, "lost: \(check.unaccountedValues)")
            #expect(survivor.note == plan.result.note, "notes joined once, however many runs")
            #expect(Set(survivor.tags) == Set(plan.result.tags) && survivor.attributes == plan.result.attributes)
            for other in plan.others {
                let lead = try await client.get(id: other.id)
                #expect(lead.isTrashed && lead.attributes?["mergedInto"] == .string(plan.survivor.id))
            }
        }
        await after.stop()
    }
}

extension CLISandbox {
    /// `leads(_:)` with the arguments built as an array.
    func leads(_ arguments: [String]) async throws -> LeadsProcess.Result {
        try await LeadsProcess.run(arguments, environment: environment())
    }
}
