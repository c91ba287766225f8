import ArgumentParser
import TiledeskLeads

/// `leads restore ID`: brings a lead back from the trash.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Bring a lead back from the trash.")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The lead's id.") var id: String
    @Flag(help: "Print the lead as JSON.") var json = false

    func run() async throws {
        let lead = try await APISession.with(connection) { client -> Lead in
            _ = try await APISession.read(client, id: id)
            return try await client.restore(id: id)
        }
        try LeadPrinter.print(lead, json: json)
    }
}
