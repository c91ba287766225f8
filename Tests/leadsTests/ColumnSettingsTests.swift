import Foundation
import LeadBrowser
import Testing
@testable import leads

/// `[columns]` in config.toml: read as written, and every mistake stops the start with one
/// error that names the file, the line and what is wrong.
@Suite struct ColumnSettingsTests {
    /// A config home whose config.toml is `text` (mode 0600, as `leads login` writes it).
    static func environment(_ text: String) throws -> [String: String] {
        let home = NSTemporaryDirectory() + "leads-columns-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/config/leads", withIntermediateDirectories: true)
        let path = home + "/config/leads/config.toml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]))
        return ["HOME": home, "XDG_CONFIG_HOME": home + "/config"]
    }

    @Test func theChosenColumnsAreReadInOrder() throws {
        let environment = try Self.environment("""
            [browser]
            skip_review_up_to = 1

            [columns]
            shown = ["name", "email", "zipcode", "lead_id", "attributes.billing.plan", "updatedAt"]
            """)
        let columns = try BrowseSupport.columns(environment)
        #expect(columns == [.field(.fullname), .field(.email), .field(.zipcode), .leadID, .attribute("billing.plan"), .updatedAt])
        #expect(try BrowseSupport.options(mouse: false, greeting: nil, environment: environment).columns == columns)
    }

    @Test func noSettingMeansTheDefaults() throws {
        let environment = try Self.environment("[browser]\nskip_review_up_to = 1\n")
        #expect(try BrowseSupport.columns(environment) == nil)
        #expect(try BrowseSupport.options(mouse: false, greeting: nil, environment: environment).columns == LeadColumn.defaults)
    }

    @Test func anUnknownColumnNamesItsLine() throws {
        let environment = try Self.environment("""
            [columns]
            shown = [
              "fullname",
              "emial",
            ]
            """)
        let error = #expect(throws: CLIError.self) { try BrowseSupport.columns(environment) }
        #expect(error?.code == .usage)
        #expect(error?.message.hasSuffix(
            "config.toml line 4: unknown column \"emial\" in [columns] shown; columns are fullname, email, phone, company, note, streetAddress, city, region, zipcode, country, createdAt, updatedAt, lead_id, tags, attributes.<path>") == true,
            "\(error?.message ?? "")")
    }

    @Test func anEmptyListAndABadAttributePathAreRefused() throws {
        let empty = #expect(throws: CLIError.self) { try BrowseSupport.columns(try Self.environment("[columns]\nshown = []\n")) }
        #expect(empty?.message.hasSuffix("config.toml line 2: [columns] shown is empty; list at least one column") == true, "\(empty?.message ?? "")")
        let path = #expect(throws: CLIError.self) { try BrowseSupport.columns(try Self.environment("[columns]\nshown = [\"attributes.\"]\n")) }
        #expect(path?.message.contains("line 2: unknown column \"attributes.\"") == true, "\(path?.message ?? "")")
    }
}
