import Foundation
import Testing
import TiledeskLeads

/// `leads login`/`logout` and the config file: secrets only through stdin, a 0600 file, refused
/// when others can read it.
@Suite struct LoginCommandTests {
    @Test func loginWithPasswordOnStdinSavesAProfileThatLaterCommandsUse() async throws {
        try await CLISandbox.with { sandbox in
            let login = try await sandbox.leads(
                "login", "--url", sandbox.url, "--project", CLISandbox.project, "--email", CLISandbox.owner.email, "--password-stdin",
                environment: sandbox.bareEnvironment, stdin: CLISandbox.owner.password + "\n")
            #expect(login.code == 0, "\(login.stderr)")
            #expect(!login.stdout.contains("JWT") && !login.stderr.contains("JWT"), "the token is never printed")
            let mode = try FileManager.default.attributesOfItem(atPath: sandbox.configPath)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let text = try String(contentsOfFile: sandbox.configPath, encoding: .utf8)
            #expect(text.contains("[profiles.default]") && text.contains("token"))
            #expect(!text.contains(CLISandbox.owner.password), "the password is never saved")

            _ = try await sandbox.withClient { try await $0.create(Lead(fullname: "Seen via profile")) }
            let list = try await sandbox.leads("list", environment: sandbox.bareEnvironment)
            #expect(list.code == 0, "\(list.stderr)")
            #expect(list.stdout.contains("Seen via profile"))

            let logout = try await sandbox.leads("logout", environment: sandbox.bareEnvironment)
            #expect(logout.code == 0)
            #expect(try await sandbox.leads("list", environment: sandbox.bareEnvironment).code == 4)
        }
    }

    @Test func loginWithTokenAndNamedProfile() async throws {
        try await CLISandbox.with { sandbox in
            let token = try await sandbox.withClient { try await $0.signIn(email: CLISandbox.owner.email, password: CLISandbox.owner.password) }
                .token
            let bare = String(token.dropFirst("JWT ".count))
            let login = try await sandbox.leads(
                "login", "--with-token", "--profile", "work", "--url", sandbox.url, "--project", CLISandbox.project,
                environment: sandbox.bareEnvironment, stdin: bare + "\n")
            #expect(login.code == 0, "\(login.stderr)")
            #expect(try await sandbox.leads("list", "--profile", "work", environment: sandbox.bareEnvironment).code == 0)
            let missing = try await sandbox.leads("list", "--profile", "home", environment: sandbox.bareEnvironment)
            #expect(missing.code == 2)
            #expect(missing.stderr.contains("leads login --profile home"))

            let badToken = try await sandbox.leads(
                "login", "--with-token", "--profile", "bad", "--url", sandbox.url, "--project", CLISandbox.project,
                environment: sandbox.bareEnvironment, stdin: "JWT nonsense\n")
            #expect(badToken.code == 4, "a token is checked before it is saved")
        }
    }

    @Test func aConfigFileReadableByOthersIsRefusedWithTheFix() async throws {
        try await CLISandbox.with { sandbox in
            let login = try await sandbox.leads(
                "login", "--url", sandbox.url, "--project", CLISandbox.project, "--email", CLISandbox.owner.email, "--password-stdin",
                environment: sandbox.bareEnvironment, stdin: CLISandbox.owner.password + "\n")
            #expect(login.code == 0)
            chmod(sandbox.configPath, 0o644)
            let refused = try await sandbox.leads("list", environment: sandbox.bareEnvironment)
            #expect(refused.code == 1)
            #expect(refused.stderr.contains("chmod 600 \(sandbox.configPath)"))
            chmod(sandbox.configPath, 0o600)
            #expect(try await sandbox.leads("list", environment: sandbox.bareEnvironment).code == 0)
        }
    }

    @Test func aWrongPasswordSavesNothing() async throws {
        try await CLISandbox.with { sandbox in
            let login = try await sandbox.leads(
                "login", "--url", sandbox.url, "--email", CLISandbox.owner.email, "--password-stdin",
                environment: sandbox.bareEnvironment, stdin: "nope\n")
            #expect(login.code == 4)
            #expect(login.stderr.contains("Authentication failed"))
            #expect(!FileManager.default.fileExists(atPath: sandbox.configPath))
        }
    }
}
