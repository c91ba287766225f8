import CSV
import Foundation
import LeadsSandbox
import LeadsTestSupport
import Testing
import TiledeskLeads

/// Every command that pages, run as a user would against a project that moves (`--live`, and
/// `--live --quirks` with the real server's unstable order among ties): none stops because the
/// total changed, each lead there for the whole run comes out exactly once, and stderr says what
/// changed meanwhile. What "there for the whole run" means is read from the request log.
@Suite(.serialized) struct LivePagingTests {
    static let busy = LiveSpec(rates: [.chat: 40, .fill: 15, .edit: 30, .trash: 20, .restore: 5], seed: 5)

    /// The leads of the project at a moment, and that moment (a little early, to be safe).
    struct Baseline {
        var since: Date
        var leads: [Lead]
        var ids: Set<String> { Set(leads.map(\.id)) }
    }

    static func baseline(_ sandbox: CLISandbox) async throws -> Baseline {
        let since = Date().addingTimeInterval(-0.2)
        let leads = try await sandbox.withClient { try await $0.list(LeadQuery(limit: 0)).leads }
        return Baseline(since: since, leads: leads)
    }

    /// Checks one command's output against the request log; returns how many leads were trashed meanwhile.
    @discardableResult
    static func check(_ ids: [String], _ baseline: Baseline, _ sandbox: CLISandbox, _ what: String) throws -> Int {
        let trashed = try LiveRequestLog(path: sandbox.requestLogPath).leads("trash", since: baseline.since)
        #expect(!ids.isEmpty, "\(what): nothing read")
        #expect(ids.count == Set(ids).count, "\(what): \(ids.count - Set(ids).count) leads twice")
        let missing = baseline.ids.subtracting(trashed).subtracting(ids)
        #expect(missing.isEmpty, "\(what): \(missing.count) leads there throughout are missing")
        return trashed.count
    }

    @Test(arguments: [false, true]) func exportListAndImportReadEachLeadOnceWhileTheProjectMoves(quirks: Bool) async throws {
        try await CLISandbox.with(quirks: quirks, seed: 3000, live: Self.busy) { sandbox in
            var moved = 0
            var noticed = 0

            for format in ["--ndjson", "--json", "--csv"] {
                let baseline = try await Self.baseline(sandbox)
                let file = sandbox.home + "/export" + format.dropFirst(2)
                let result = try await sandbox.leads("export", format, "--page-size", "40", "--output", file)
                #expect(result.code == 0, "\(format): \(result.stderr)")
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let ids: [String]
                switch format {
                case "--ndjson": ids = try text.split(separator: "\n").map { try Lead(jsonObject: try JSONValue.parse(String($0))).id }
                case "--json": ids = try (JSONValue.parse(text).arrayItems ?? []).map { try Lead(jsonObject: $0).id }
                default:
                    let reader = try CSVReader(string: text, hasHeaderRow: true)
                    var column: [String] = []
                    while let row = reader.next() { column.append(row[0]) }
                    ids = column
                }
                moved += try Self.check(ids, baseline, sandbox, "export \(format)")
                if result.stderr.contains("the leads changed while they were read") { noticed += 1 }
            }

            // An order asked for is applied after the exact read.
            let baseline = try await Self.baseline(sandbox)
            let sorted = try await sandbox.leads("export", "--ndjson", "--page-size", "40", "--sort", "fullname", "--asc")
            #expect(sorted.code == 0, "\(sorted.stderr)")
            let leads = try sorted.stdout.split(separator: "\n").map { try Lead(jsonObject: try JSONValue.parse(String($0))) }
            moved += try Self.check(leads.map(\.id), baseline, sandbox, "export --sort fullname --asc")
            let names = leads.map { Array(($0.fullname ?? "").utf8) }
            #expect(zip(names, names.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) }, "sorted by name")

            let listBaseline = try await Self.baseline(sandbox)
            let list = try await sandbox.leads("list", "--all", "--json")
            #expect(list.code == 0, "\(list.stderr)")
            let listed = try (JSONValue.parse(list.stdout).arrayItems ?? []).map { try Lead(jsonObject: $0) }
            moved += try Self.check(listed.map(\.id), listBaseline, sandbox, "list --all")
            let created = listed.compactMap(\.createdAt)
            #expect(zip(created, created.dropFirst()).allSatisfy { $0 >= $1 }, "list --all keeps its default order, newest first")

            // import --match lead_id finds every lead there throughout: none is created again.
            let importBaseline = try await Self.baseline(sandbox)
            let targets = importBaseline.leads.filter { ($0.leadID ?? "").hasPrefix("web-") }.prefix(150)
            let records = targets.map { JSONValue.object(["lead_id": .string($0.leadID!), "company": "Imported Ltd"]).jsonText }
            let file = sandbox.home + "/import.ndjson"
            try records.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let imported = try await sandbox.leads("import", file, "--match", "lead_id")
            #expect(imported.code == 0, "\(imported.stderr)")
            let trashed = try LiveRequestLog(path: sandbox.requestLogPath).leads("trash", since: importBaseline.since)
            let stayed = Set(targets.filter { !trashed.contains($0.id) }.compactMap(\.leadID))
            let everything = try await sandbox.withClient { client in
                try await client.list(LeadQuery(limit: 0)).leads + client.list(LeadQuery(limit: 0, trash: true)).leads
            }
            for leadID in stayed {
                // Two reads (list, then trash): a lead trashed between them is in both; count ids.
                let carrying = Set(everything.filter { $0.leadID == leadID }.map(\.id))
                #expect(carrying.count == 1, "lead_id \(leadID) was matched, not created again: \(carrying.sorted()) \(imported.stdout)")
            }
            #expect(imported.stdout.contains("failed 0"))

            #expect(moved > 5, "the project moved while the commands ran")
            #expect(noticed > 0, "stderr said what changed meanwhile")
        }
    }

    /// A bulk command over a query reads it the same way: `leads tag --where …` on a project that
    /// moves sends one tag request to every matching lead there throughout, none to a lead twice,
    /// and says on stderr what changed while it read (the walk's line, as `export` gives it).
    @Test(arguments: [false, true]) func aBulkTagOverAQueryTagsEachLeadThereThroughoutOnce(quirks: Bool) async throws {
        try await CLISandbox.with(quirks: quirks, seed: 3000, live: Self.busy) { sandbox in
            var noticed = 0
            for round in 0..<3 {
                // A sixteenth of the seeded leads (whole project read, a few tag requests).
                let prefix = "web-" + ["a", "b", "c"][round]
                let baseline = try await Self.baseline(sandbox)
                let result = try await sandbox.leads("tag", "bulk-live-\(round)", "--where", "lead_id~" + prefix, "--yes")
                #expect(result.code == 0, "\(result.stderr)")
                #expect(result.stderr.contains("; 0 failed"), "\(result.stderr)")
                if result.stderr.contains("the leads changed while they were read") { noticed += 1 }
                // The command's own tag requests (the live agents' edits carry `live:`), by lead.
                let tagged = try LiveRequestLog(path: sandbox.requestLogPath).entries
                    .filter { $0.live == nil && $0.method == "PUT" && $0.time >= baseline.since && $0.target.hasSuffix("/tag") }
                    .map { $0.target.split(separator: "/").dropLast().last.map(String.init) ?? "" }
                #expect(tagged.count == Set(tagged).count, "round \(round): \(tagged.count - Set(tagged).count) leads tagged twice")
                let matching = baseline.leads.filter { ($0.leadID ?? "").contains(prefix) }
                let trashed = try LiveRequestLog(path: sandbox.requestLogPath).leads("trash", since: baseline.since)
                let missing = Set(matching.map(\.id)).subtracting(trashed).subtracting(tagged)
                #expect(matching.count > 50)
                #expect(missing.isEmpty, "round \(round): \(missing.count) matching leads there throughout were not tagged")
            }
            #expect(noticed > 0, "stderr said what changed meanwhile")
        }
    }

    @Test func aQuietProjectSaysNothingAboutChanges() async throws {
        try await CLISandbox.with(seed: 500) { sandbox in
            let total = try await sandbox.withClient { try await $0.list(LeadQuery(limit: 1)).count }
            let result = try await sandbox.leads("export", "--ndjson", "--page-size", "40")
            #expect(result.code == 0)
            #expect(result.stdout.split(separator: "\n").count == total)
            #expect(!result.stderr.contains("changed"))
        }
    }
}
