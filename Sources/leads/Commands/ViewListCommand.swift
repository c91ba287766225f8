import ArgumentParser
import Foundation
import LeadBrowser

/// `leads view list`: the views in the order `1`–`9` count them, local ones then shared ones.
struct ViewListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the saved views, local then shared.")

    @OptionGroup var connection: ConnectionOptions
    @Flag(help: "Only the views in config.toml; do not ask the server for the shared ones.") var local = false

    func run() async throws {
        var views = try BrowseSupport.views(ProcessInfo.processInfo.environment)
        if !local {
            views += try await APISession.with(connection) { try await $0.listSegments() }.map(SavedView.init(shared:))
        }
        if views.isEmpty {
            StandardError.line("leads: no views; add [[views]] to config.toml or run leads view save NAME")
            return
        }
        for (index, view) in views.enumerated() {
            print("\(index < 9 ? String(index + 1) : "-")\t\(view.name)\t\(view.summary)")
        }
    }
}
