import Foundation
import LeadBrowser
import Testing
import TiledeskLeads
@testable import leads

/// The browser's export writes with `leads export`'s own writers: every field, in each format,
/// mode 0600, `~/` as the home directory, and a path that cannot be written is an error.
@Suite struct LeadFileExportTests {
    static let leads = [
        Lead(id: "a1", fullname: "Zoë Ångström", email: "zoe@example.com", phone: "+39 0123", zipcode: "00184", tags: ["vip"],
             attributes: ["plan": .string("pro"), "seats": .int(3)]),
        Lead(id: "b2", fullname: "東京 太郎"),
    ]

    @Test func eachFormatHoldsEveryLeadAndField() throws {
        let home = NSTemporaryDirectory() + "leads-file-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }

        try LeadFileExport.write(Self.leads, LeadExport(path: "~/m.json", format: .json), home: home)
        let json = try JSONDecoder().decode([Lead].self, from: Data(contentsOf: URL(fileURLWithPath: home + "/m.json")))
        #expect(json.map(\.id) == ["a1", "b2"] && json[0].attributes == Self.leads[0].attributes && json[0].zipcode == "00184")

        try LeadFileExport.write(Self.leads, LeadExport(path: home + "/m.ndjson", format: .ndjson), home: home)
        let lines = try String(contentsOfFile: home + "/m.ndjson", encoding: .utf8).split(separator: "\n")
        #expect(try lines.map { try JSONDecoder().decode(Lead.self, from: Data($0.utf8)) }.map(\.fullname) == ["Zoë Ångström", "東京 太郎"])

        try LeadFileExport.write(Self.leads, LeadExport(path: home + "/m.csv", format: .csv), home: home)
        let csv = try String(contentsOfFile: home + "/m.csv", encoding: .utf8)
        #expect(csv.hasPrefix(CSVLeadWriter.columns.joined(separator: ",")))
        #expect(csv.contains("+39 0123") && csv.contains("00184") && csv.contains("東京 太郎"))
        let mode = try FileManager.default.attributesOfItem(atPath: home + "/m.csv")[.posixPermissions] as? Int
        #expect(mode == 0o600, "exports hold personal data")
    }

    @Test func aPathThatCannotBeWrittenIsAnError() {
        #expect(throws: CLIError.self) {
            try LeadFileExport.write(Self.leads, LeadExport(path: "/nonexistent-dir/x.csv", format: .csv))
        }
    }
}
