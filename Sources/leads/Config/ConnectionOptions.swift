import ArgumentParser
import Foundation
import TiledeskLeads

/// Where and as whom every API command connects. Flags win over the environment, which wins over
/// the saved profile. Secrets come only from the environment, stdin or the config file — never
/// from an argument, which any user can read in the process list.
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Server URL (default: $TILEDESK_URL, the profile's, or \(ServerURL.hosted)).", valueName: "URL"))
    var url: String?

    @Option(help: ArgumentHelp("Project id (default: $TILEDESK_PROJECT or the profile's).", valueName: "ID"))
    var project: String?

    @Option(help: ArgumentHelp("Saved profile to use (default: $LEADS_PROFILE or 'default').", valueName: "NAME"))
    var profile: String?

    @Flag(help: "Allow plain http:// to a host that is not this machine.")
    var allowHTTP = false

    @Option(help: ArgumentHelp("Seconds to wait for each request to complete.", valueName: "SECONDS"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("Seconds to wait for a connection.", valueName: "SECONDS"))
    var connectTimeout: Double = 10

    func validate() throws {
        guard timeout > 0, connectTimeout > 0 else { throw ValidationError("timeouts must be more than 0 seconds") }
    }

    /// The profile name in use.
    func profileName(_ environment: [String: String]) -> String {
        profile ?? environment["LEADS_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
    }

    /// Resolves the configuration. `requireProject` is false for commands that need only a server.
    func configuration(
        environment: [String: String] = ProcessInfo.processInfo.environment, configFile: ConfigFile? = nil, requireProject: Bool = true
    ) throws -> ClientConfiguration {
        let file = configFile ?? ConfigFile.standard(environment: environment)
        let name = profileName(environment)
        let envToken = environment["TILEDESK_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let envEmail = environment["TILEDESK_EMAIL"].flatMap { $0.isEmpty ? nil : $0 }
        let envPassword = environment["TILEDESK_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        let envURL = environment["TILEDESK_URL"].flatMap { $0.isEmpty ? nil : $0 }
        let envProject = environment["TILEDESK_PROJECT"].flatMap { $0.isEmpty ? nil : $0 }

        // The file is read only when something is still missing, or a profile was named.
        let needsFile =
            profile != nil || (url ?? envURL) == nil || (project ?? envProject) == nil || (envToken == nil && envEmail == nil)
        var saved: Profile?
        if needsFile {
            saved = try file.load().profiles[name]
            if saved == nil, profile != nil {
                throw CLIError(.usage, "no profile named \(name) in \(file.path): run leads login --profile \(name)")
            }
        }

        let baseURL = url ?? envURL ?? saved?.url ?? ServerURL.hosted
        let projectID = project ?? envProject ?? saved?.project ?? ""

        let credentials: Credentials
        if let envToken {
            credentials = .token(envToken)
        } else if let envEmail {
            guard let envPassword else {
                throw CLIError(.authentication, "TILEDESK_EMAIL is set but TILEDESK_PASSWORD is not: set both, or use TILEDESK_TOKEN")
            }
            credentials = .signIn(email: envEmail, password: envPassword)
        } else if let token = saved?.token, !token.isEmpty {
            // A profile's token is sent only to the server it was issued by.
            if let savedURL = saved?.url, Self.normalized(savedURL) != Self.normalized(baseURL) {
                throw CLIError(
                    .authentication,
                    "profile \(name) holds a token for \(savedURL), not for \(baseURL): run leads login --url \(baseURL), or set TILEDESK_TOKEN")
            }
            credentials = .token(token)
        } else {
            throw CLIError(
                .authentication,
                "not signed in: run leads login, or set TILEDESK_TOKEN, or TILEDESK_EMAIL and TILEDESK_PASSWORD")
        }

        // Checked after the credentials: "not signed in" is the more useful first message.
        if requireProject, projectID.isEmpty {
            throw CLIError(.usage, "no project: pass --project ID, set TILEDESK_PROJECT, or save one with leads login --project ID")
        }
        // A profile's http opt-in holds only for the server it was given for.
        let profileAllows = saved?.allowHTTP == true && saved?.url.map { Self.normalized($0) == Self.normalized(baseURL) } == true
        let allow = allowHTTP || environment["LEADS_ALLOW_HTTP"] == "1" || profileAllows
        return ClientConfiguration(
            baseURL: baseURL, projectID: projectID, credentials: credentials, allowInsecureHTTP: allow,
            connectTimeout: .milliseconds(Int64(connectTimeout * 1000)), requestTimeout: .milliseconds(Int64(timeout * 1000)))
    }

    private static func normalized(_ url: String) -> String {
        var text = url.trimmingCharacters(in: .whitespaces).lowercased()
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
