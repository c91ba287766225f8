import ArgumentParser
import Foundation
import TiledeskLeads

/// `leads login`: signs in and saves a profile (URL, project, email and the token — never the
/// password) in the config file, mode 0600. The password is read from the terminal without echo,
/// or from stdin with `--password-stdin`; `--with-token` saves a token read from stdin instead.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login", abstract: "Sign in and save a profile.",
        discussion: """
            Examples:
              leads login --email me@example.com --project 64c0ffee0000000000000001
              printf '%s\\n' "$PASSWORD" | leads login --email me@example.com --password-stdin
              printf '%s\\n' "$TOKEN" | leads login --with-token --project 64c0ffee0000000000000001
            The profile is saved in $XDG_CONFIG_HOME/leads/config.toml (~/.config/leads/config.toml).
            """)

    @Option(help: ArgumentHelp("Server URL (default: $TILEDESK_URL or \(ServerURL.hosted)).", valueName: "URL")) var url: String?
    @Option(help: ArgumentHelp("Project id to save with the profile.", valueName: "ID")) var project: String?
    @Option(help: ArgumentHelp("Profile name.", valueName: "NAME")) var profile = "default"
    @Option(help: ArgumentHelp("Email (default: $TILEDESK_EMAIL, else asked).", valueName: "EMAIL")) var email: String?
    @Flag(help: "Read the password from standard input.") var passwordStdin = false
    @Flag(help: "Read a token from standard input instead of signing in.") var withToken = false
    @Flag(help: "Allow plain http:// to a host that is not this machine.") var allowHTTP = false

    func validate() throws {
        if passwordStdin && withToken { throw ValidationError("--password-stdin and --with-token cannot be combined") }
        guard !profile.isEmpty, !profile.contains(where: { $0 == "." || $0 == "\"" || $0.isNewline }) else {
            throw ValidationError("a profile name cannot be empty or contain dots, quotes or line breaks")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let file = ConfigFile.standard(environment: environment)
        var document = try file.load()
        let previous = document.profiles[profile]
        let baseURL = url ?? environment["TILEDESK_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? previous?.url ?? ServerURL.hosted
        let projectID = project ?? environment["TILEDESK_PROJECT"].flatMap { $0.isEmpty ? nil : $0 } ?? previous?.project
        let allow = allowHTTP || environment["LEADS_ALLOW_HTTP"] == "1"
        let configuration = ClientConfiguration(
            baseURL: baseURL, projectID: projectID ?? "", credentials: .none, allowInsecureHTTP: allow)

        var saved = Profile(url: baseURL, project: projectID, email: nil, token: nil, allowHTTP: allow ? true : nil)
        if withToken {
            let token = try SecretInput.lineFromStandardInput(what: "token")
            if let projectID, !projectID.isEmpty {
                var check = configuration
                check.credentials = .token(token)
                _ = try await HTTPLeadsClient.with(check) { try await $0.list(LeadQuery(limit: 1)) }
            }
            saved.token = Credentials.authorization(forToken: token)
            saved.email = previous?.email
        } else {
            let address = try email ?? environment["TILEDESK_EMAIL"].flatMap { $0.isEmpty ? nil : $0 }
                ?? SecretInput.prompt("Email: ", echo: true)
            guard !address.isEmpty else { throw ValidationError("an email is needed to sign in") }
            let password =
                passwordStdin
                ? try SecretInput.lineFromStandardInput(what: "password")
                : try SecretInput.prompt("Password for \(address): ", echo: false)
            guard !password.isEmpty else { throw ValidationError("an empty password cannot sign in") }
            let result = try await HTTPLeadsClient.with(configuration) { try await $0.signIn(email: address, password: password) }
            saved.token = result.token
            saved.email = result.email ?? address
        }
        document.profiles[profile] = saved
        try file.save(document)
        let who = saved.email.map { " as \($0)" } ?? ""
        StandardError.line("leads: signed in\(who) to \(baseURL); profile \(profile) saved in \(file.path)")
        if projectID == nil { StandardError.line("leads: no project saved; pass --project ID to commands or log in again with --project") }
    }
}
