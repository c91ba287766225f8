import ArgumentParser
import LeadBrowser
import TiledeskLeads

/// `leads get ID`: one lead, every field; `--yaml` prints the document `leads edit` opens, which
/// `leads update ID --from` reads back.
struct GetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Show one lead.")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The lead's id.") var id: String
    @Flag(help: "Print the lead as JSON, as the server gives it.") var json = false
    @Flag(help: "Print the lead as the YAML document `leads edit` opens.") var yaml = false

    func validate() throws {
        if json && yaml { throw ValidationError("--json and --yaml: choose one") }
    }

    func run() async throws {
        let lead = try await APISession.with(connection) { try await APISession.read($0, id: id) }
        if yaml {
            let sink = OutputSink.standardOutput()
            try sink.write(LeadYAML.text(lead))
            try sink.close()
        } else {
            try LeadPrinter.print(lead, json: json)
        }
    }
}
