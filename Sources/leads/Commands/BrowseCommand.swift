import ArgumentParser
import Foundation
import TiledeskLeads

/// `leads` (or `leads browse`): the full-screen browser on the configured server and project.
struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Browse and edit leads in a full-screen terminal interface (the default).")

    @OptionGroup var connection: ConnectionOptions
    @Flag(help: "Mouse: click selects a row, double click opens it, a header click sorts, the wheel scrolls.") var mouse = false

    func run() async throws {
        let configuration = try connection.configuration()
        let client = try HTTPLeadsClient(configuration)
        try await BrowseSupport.browse(
            client, options: try BrowseSupport.options(mouse: mouse, greeting: "\(configuration.baseURL) · project \(configuration.projectID)"))
    }
}
