import Foundation
import LeadBrowser
import TerminalUI
import TiledeskLeads

/// What `leads` (browse) and `leads demo` share to open the browser on a client.
enum BrowseSupport {
    /// The browser's settings from the environment and config.toml; a setting that is wrong
    /// (an unknown column, key or action) stops the start with one error naming its line.
    static func options(mouse: Bool, greeting: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> BrowserOptions {
        var options = BrowserOptions(
            mouse: mouse || mouseSetting(environment), tracePath: environment["LEADS_TRACE"].flatMap { $0.isEmpty ? nil : $0 },
            draftsDirectory: stateDirectory(environment) + "/drafts",
            leadIDPrefix: "leads-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + "-", greeting: greeting,
            skipReviewUpTo: skipReviewUpTo(environment), columns: try columns(environment) ?? LeadColumn.defaults,
            keys: try keys(environment))
        let home = environment["HOME"] ?? NSHomeDirectory()
        options.exporter = { leads, export in try LeadFileExport.write(leads, export, home: home) }
        let file = ConfigFile.standard(environment: environment)
        options.saveColumns = { try file.saveColumns($0) }
        if file.exists { options.theme = try ThemeSettings.theme(try file.load().theme, file: file) }
        options.views = try views(environment)
        if (try? file.load())?.browser?.rememberView != false {
            let memory = viewMemory(environment)
            options.viewMemory = memory
            options.startView = memory.load().flatMap { entry in
                // A local view by its name; a shared one by its segment id (its filters are on
                // the server). A view since removed from config.toml is forgotten.
                if let segmentID = entry.segmentID {
                    return SavedView(shared: Segment(id: segmentID, name: entry.name, filters: []))
                }
                return options.views.first { $0.name == entry.name }
            }
        }
        return options
    }

    /// `[keys.SCREEN]` in config.toml, checked; no remapping when not set.
    static func keys(_ environment: [String: String]) throws -> KeyOverrides {
        let file = ConfigFile.standard(environment: environment)
        guard file.exists, let keys = try file.load().keys else { return KeyOverrides() }
        return try KeySettings(keys).overrides(file: file)
    }

    /// `[[views]]` in config.toml, checked; empty when there are none.
    static func views(_ environment: [String: String]) throws -> [SavedView] {
        let file = ConfigFile.standard(environment: environment)
        guard file.exists else { return [] }
        return try ViewCatalog.views(file.load().views ?? [], file: file)
    }

    /// `$XDG_STATE_HOME/leads/view.json`: the view in use at the last quit.
    static func viewMemory(_ environment: [String: String]) -> ViewMemory {
        ViewMemory(path: stateDirectory(environment) + "/view.json")
    }

    /// `shown` under `[columns]` in config.toml, checked; nil when not set.
    static func columns(_ environment: [String: String]) throws -> [LeadColumn]? {
        let file = ConfigFile.standard(environment: environment)
        guard file.exists else { return nil }
        return try file.load().columns?.columns(file: file)
    }

    /// `LEADS_SKIP_REVIEW_UP_TO`, else `skip_review_up_to` under `[browser]` in config.toml, else 0.
    static func skipReviewUpTo(_ environment: [String: String]) -> Int {
        if let text = environment["LEADS_SKIP_REVIEW_UP_TO"], let number = Int(text) { return max(0, number) }
        let document = try? ConfigFile.standard(environment: environment).load()
        return max(0, document?.browser?.skipReviewUpTo ?? 0)
    }

    /// `mouse = true` under `[browser]` in config.toml: the mouse without `--mouse`.
    static func mouseSetting(_ environment: [String: String]) -> Bool {
        (try? ConfigFile.standard(environment: environment).load())?.browser?.mouse ?? false
    }

    /// `$XDG_STATE_HOME/leads` (or `~/.local/state/leads`).
    static func stateDirectory(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/leads" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state/leads"
    }

    /// Runs the browser; a missing terminal becomes a usage message pointing at `leads list`.
    static func browse(_ client: HTTPLeadsClient, options: BrowserOptions) async throws {
        var options = options
        options.duplicates = options.duplicates ?? BrowserDuplicateIndex(client: client)
        let code: Int32
        do {
            code = try await BrowserApp.runOnOwnThread(api: client, options: options)
        } catch let error as TerminalError {
            try? await client.shutdown()
            throw CLIError(.usage, error.description)
        }
        try? await client.shutdown()
        if code != 0 { throw CLIError(.failure, "the browser ended with status \(code)") }
    }
}
