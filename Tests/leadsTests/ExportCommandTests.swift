import CSV
import Foundation
import LeadsTestSupport
import Testing
import TiledeskLeads

/// `leads export`: every page, every field, and never a silently short file.
@Suite struct ExportCommandTests {
    static func lead(_ n: Int) -> String { #"{"_id":"id\#(n)","fullname":"P\#(n)","tags":[]}"# }

    @Test func exportsEveryLeadAndFieldInEachFormat() async throws {
        try await CLISandbox.with { sandbox in
            try await sandbox.withClient { client in
                for n in 0..<23 {
                    _ = try await client.create(
                        Lead(fullname: "Person \(n)", phone: "+39 0\(n)", zipcode: String(format: "%05d", n), tags: ["t\(n % 3)"],
                            attributes: ["n": .int(Int64(n)), "deep": ["x": [true]]]))
                }
            }
            let ndjson = try await sandbox.leads("export", "--ndjson", "--page-size", "5")
            #expect(ndjson.code == 0, "\(ndjson.stderr)")
            let leads = try ndjson.stdout.split(separator: "\n").map { try Lead(jsonObject: try JSONValue.parse(String($0))) }
            #expect(leads.count == 23)
            #expect(Set(leads.map(\.id)).count == 23)
            #expect(leads.allSatisfy { $0.attributes?["deep"] == ["x": [true]] })
            #expect(leads.contains { $0.zipcode == "00007" && $0.phone == "+39 07" }, "zip codes and phones stay text")

            let json = try await sandbox.leads("export", "--page-size", "7")
            #expect(try JSONValue.parse(json.stdout).arrayItems?.count == 23)

            let file = sandbox.home + "/leads.csv"
            let csv = try await sandbox.leads("export", "--output", file, "--page-size", "4", "--tag", "t1")
            #expect(csv.code == 0, "\(csv.stderr)")
            #expect(csv.stdout.isEmpty)
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let reader = try CSVReader(string: try String(contentsOfFile: file, encoding: .utf8), hasHeaderRow: true)
            var rows: [[String: String]] = []
            let header = reader.headerRow ?? []
            while let row = reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, row))) }
            #expect(rows.count == 8)
            let seven = try #require(rows.first { $0["fullname"] == "Person 7" })
            #expect(seven["zipcode"] == "00007" && seven["phone"] == "+39 07")
            #expect(seven["tags"] == #"["t1"]"#)
            #expect(try JSONValue.parse(seven["attributes"] ?? "") == ["n": 7, "deep": ["x": [true]]])
        }
    }

    @Test func aFailureMidwayLeavesNoFileAndExitsNonZero() async throws {
        let project = CLISandbox.project
        // The newest-id probe and the first window answer; the next window fails.
        try await ScriptedServer.with({ request, _ in
            guard request.uri.contains("page=0&limit=1&") || request.uri.contains("page=0&limit=2&") else {
                return .json(500, #"{"err":"database exploded"}"#)
            }
            return .json(200, #"{"perPage":2,"count":5,"leads":[\#(Self.lead(0)),\#(Self.lead(1))]}"#)
        }) { server in
            let home = NSTemporaryDirectory() + "leads-export-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: home) }
            let environment = [
                "PATH": "/usr/bin:/bin", "HOME": home, "XDG_CONFIG_HOME": home, "TILEDESK_URL": server.baseURL,
                "TILEDESK_PROJECT": project, "TILEDESK_TOKEN": "JWT test",
            ]
            let result = try await LeadsProcess.run(["export", "--output", home + "/out.json", "--page-size", "2"], environment: environment)
            #expect(result.code == 1)
            #expect(result.stderr.contains("database exploded"))
            #expect(result.stderr.contains("was not written"))
            #expect(!FileManager.default.fileExists(atPath: home + "/out.json"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: home).filter { $0.hasPrefix("out.json") }.isEmpty, "no partial file left")

            let stdout = try await LeadsProcess.run(["export", "--ndjson", "--page-size", "2"], environment: environment)
            #expect(stdout.code == 1, "a short stream on stdout still fails the command")
            #expect(stdout.stdout.split(separator: "\n").count == 2, "the leads read before the failure were written")
        }
    }

    /// A server that pages by skip/limit over a list that grows and shrinks between requests (the
    /// real API, on a project in use): the export does not stop, and says what changed.
    @Test func aTotalThatChangesMidwayNeitherStopsNorLosesALead() async throws {
        try await ScriptedServer.with({ request, index in
            let items = URLComponents(string: "http://x" + request.uri)?.queryItems ?? []
            func value(_ name: String) -> Int { Int(items.first { $0.name == name }?.value ?? "") ?? 0 }
            // Lead 1 leaves after the first window; leads 7 and 8 arrive.
            var ids = index < 2 ? [0, 1, 2, 3, 4, 5] : [0, 2, 3, 4, 5, 7, 8]
            if value("direction") == -1 { ids.reverse() }
            let skip = value("page") * value("limit")
            let page = ids.dropFirst(skip).prefix(value("limit") == 0 ? ids.count : value("limit"))
            let body = page.map { Self.lead($0) }.joined(separator: ",")
            return .json(200, #"{"perPage":\#(value("limit")),"count":\#(ids.count),"leads":[\#(body)]}"#)
        }) { server in
            let environment = [
                "PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "TILEDESK_URL": server.baseURL, "TILEDESK_PROJECT": CLISandbox.project,
                "TILEDESK_TOKEN": "t",
            ]
            let result = try await LeadsProcess.run(["export", "--ndjson", "--page-size", "2"], environment: environment)
            #expect(result.code == 0, "\(result.stderr)")
            let ids = try result.stdout.split(separator: "\n").map { try Lead(jsonObject: try JSONValue.parse(String($0))).id }
            #expect(ids == ["id0", "id1", "id2", "id3", "id4", "id5", "id7", "id8"])
            #expect(result.stderr.contains("the leads changed while they were read (6 at the start, 7 at the end)"))
            #expect(result.stderr.contains("2 new leads arrived"))
        }
    }

    @Test func serverCSVIsTheServersOwnFormat() async throws {
        try await CLISandbox.with { sandbox in
            _ = try await sandbox.withClient { try await $0.create(Lead(fullname: "Csv")) }
            let result = try await sandbox.leads("export", "--server-csv")
            #expect(result.code == 0)
            #expect(result.stdout.hasPrefix("\"_id\";\"lead_id\";"))
            #expect(result.stdout.contains("\"Csv\""))
        }
    }
}
