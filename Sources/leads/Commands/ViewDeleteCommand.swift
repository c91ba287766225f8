import ArgumentParser
import Foundation
import TiledeskLeads

/// `leads view delete NAME`: from config.toml, or with `--shared` the segment of that name on the
/// server (a soft delete there: status 0, as routes/segment.js does).
struct ViewDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a saved view (--shared: the one on the server).")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The view's name.") var name: String
    @Flag(help: "Delete the shared view (the segment) on the server.") var shared = false

    func run() async throws {
        if shared {
            try await APISession.with(connection) { client in
                guard let segment = try await client.listSegments().first(where: { $0.name == name }) else {
                    throw CLIError(.notFound, "no shared view named \(name) on the server")
                }
                _ = try await client.deleteSegment(id: segment.id)
            }
            StandardError.line("leads: deleted the shared view \(name)")
            return
        }
        let file = ConfigFile.standard()
        var document = try file.load()
        guard let index = document.views?.firstIndex(where: { $0.name == name }) else {
            throw CLIError(.notFound, "no view named \(name) in \(file.path)")
        }
        document.views?.remove(at: index)
        if document.views?.isEmpty == true { document.views = nil }
        try file.save(document)
        StandardError.line("leads: deleted view \(name) from \(file.path)")
    }
}
