import ArgumentParser
import TiledeskLeads

/// `leads tag ID TAG… [--remove TAG]…`: adds tags (only those not already there) and removes
/// others, each with the server's own tag routes, so concurrent edits to other fields are untouched.
struct TagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tag", abstract: "Add or remove a lead's tags.")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The lead's id.") var id: String
    @Argument(help: "Tags to add.") var add: [String] = []
    @Option(help: ArgumentHelp("A tag to remove (repeatable).", valueName: "TAG")) var remove: [String] = []
    @Flag(help: "Print the lead as JSON.") var json = false

    func validate() throws {
        guard !add.isEmpty || !remove.isEmpty else { throw ValidationError("give tags to add, or --remove TAG") }
        guard !(add + remove).contains(where: \.isEmpty) else { throw ValidationError("a tag cannot be empty") }
    }

    func run() async throws {
        let lead = try await APISession.with(connection) { client -> Lead in
            var lead = try await APISession.read(client, id: id)
            if !add.isEmpty { lead = try await client.addTags(id: id, tags: add) }
            for tag in remove { lead = try await client.removeTag(id: id, tag: tag) }
            return lead
        }
        try LeadPrinter.print(lead, json: json)
    }
}
