import ArgumentParser
import TiledeskLeads

/// `leads get ID`: one lead, every field.
struct GetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Show one lead.")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The lead's id.") var id: String
    @Flag(help: "Print the lead as JSON, as the server gives it.") var json = false

    func run() async throws {
        let lead = try await APISession.with(connection) { try await APISession.read($0, id: id) }
        try LeadPrinter.print(lead, json: json)
    }
}
