import ArgumentParser
import Foundation
import Testing
import TiledeskLeads
@testable import leads

/// Where the connection comes from: flags, then the environment, then the profile.
@Suite struct ConnectionOptionsTests {
    static func options(_ arguments: [String] = []) throws -> ConnectionOptions {
        try ConnectionOptions.parse(arguments)
    }

    static func temporaryConfig(_ document: ConfigDocument?) throws -> ConfigFile {
        let directory = NSTemporaryDirectory() + "leads-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = ConfigFile(path: directory + "/leads/config.toml")
        if let document { try file.save(document) }
        return file
    }

    @Test func theReviewSettingComesFromTheEnvironmentThenTheConfigFile() throws {
        let home = NSTemporaryDirectory() + "leads-review-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["HOME": home, "XDG_CONFIG_HOME": home + "/config"]
        #expect(BrowseSupport.skipReviewUpTo(environment) == 0, "reviews every save by default")
        try ConfigFile.standard(environment: environment).save(ConfigDocument(browser: BrowserSettings(skipReviewUpTo: 2)))
        let text = try String(contentsOfFile: home + "/config/leads/config.toml", encoding: .utf8)
        #expect(text.contains("[browser]") && text.contains("skip_review_up_to = 2"))
        #expect(BrowseSupport.skipReviewUpTo(environment) == 2)
        #expect(BrowseSupport.skipReviewUpTo(environment.merging(["LEADS_SKIP_REVIEW_UP_TO": "0"]) { $1 }) == 0)
    }

    @Test func environmentCredentialsAndDefaults() throws {
        let configuration = try Self.options().configuration(
            environment: ["TILEDESK_PROJECT": "p1", "TILEDESK_TOKEN": "abc"], configFile: try Self.temporaryConfig(nil))
        #expect(configuration.baseURL == "https://api.tiledesk.com/v3")
        #expect(configuration.projectID == "p1")
        #expect(configuration.credentials == .token("abc"))

        let signIn = try Self.options(["--project", "p2", "--url", "http://127.0.0.1:1"]).configuration(
            environment: ["TILEDESK_PROJECT": "p1", "TILEDESK_EMAIL": "a@b.c", "TILEDESK_PASSWORD": "pw"],
            configFile: try Self.temporaryConfig(nil))
        #expect(signIn.projectID == "p2", "a flag wins over the environment")
        #expect(signIn.credentials == .signIn(email: "a@b.c", password: "pw"))
    }

    @Test func missingCredentialsOrProjectSayWhatToDo() throws {
        let file = try Self.temporaryConfig(nil)
        #expect(throws: CLIError.self) { try Self.options().configuration(environment: ["TILEDESK_PROJECT": "p"], configFile: file) }
        #expect(throws: CLIError.self) {
            try Self.options().configuration(environment: ["TILEDESK_PROJECT": "p", "TILEDESK_EMAIL": "a@b.c"], configFile: file)
        }
        do {
            _ = try Self.options().configuration(environment: ["TILEDESK_TOKEN": "t"], configFile: file)
            Issue.record("no project must fail")
        } catch let error as CLIError {
            #expect(error.code == .usage && error.message.contains("--project"))
        }
    }

    @Test func aProfileTokenIsSentOnlyToItsOwnServer() throws {
        let file = try Self.temporaryConfig(
            ConfigDocument(profiles: ["default": Profile(url: "https://a.example.org", project: "p", email: nil, token: "JWT t", allowHTTP: nil)]))
        let mine = try Self.options().configuration(environment: [:], configFile: file)
        #expect(mine.credentials == .token("JWT t") && mine.baseURL == "https://a.example.org")
        do {
            _ = try Self.options(["--url", "https://evil.example.net"]).configuration(environment: [:], configFile: file)
            Issue.record("the token must not go to another server")
        } catch let error as CLIError {
            #expect(error.code == .authentication)
        }
    }

    @Test func aProfilesHTTPOptInHoldsOnlyForItsURL() throws {
        let file = try Self.temporaryConfig(
            ConfigDocument(profiles: ["default": Profile(url: "http://lan.example:3000", project: "p", email: nil, token: "t", allowHTTP: true)]))
        #expect(try Self.options().configuration(environment: [:], configFile: file).allowInsecureHTTP)
        let other = try Self.options(["--url", "http://other.example:3000"]).configuration(
            environment: ["TILEDESK_TOKEN": "x"], configFile: file)
        #expect(!other.allowInsecureHTTP)
    }

    @Test func theConfigFileIsPrivateAndRefusedWhenItIsNot() throws {
        let file = try Self.temporaryConfig(ConfigDocument(profiles: ["default": Profile(token: "JWT s3cret")]))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try file.load().profiles["default"]?.token == "JWT s3cret")
        chmod(file.path, 0o640)
        do {
            _ = try file.load()
            Issue.record("a group-readable file must be refused")
        } catch let error as CLIError {
            #expect(error.message.hasSuffix("chmod 600 \(file.path)"))
            #expect(!error.message.contains("s3cret"))
        }
    }
}
