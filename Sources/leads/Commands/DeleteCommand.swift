import ArgumentParser
import Foundation
import LeadBrowser
import ScreenText
import TiledeskLeads

/// `leads delete ID`: moves a lead to the trash (`--forever` deletes it for good). Asks on a
/// terminal; anywhere else it refuses without `--yes`, so a script cannot delete by accident.
struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Move a lead to the trash, or delete it for good.", aliases: ["trash"])

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The lead's id.") var id: String
    @Flag(help: "Delete for good instead of moving to the trash (owner role; cannot be undone).") var forever = false
    @Flag(help: "Do not ask.") var yes = false
    @Flag(help: "Print the trashed lead as JSON.") var json = false

    func run() async throws {
        try await APISession.with(connection) { client in
            let lead = try await APISession.read(client, id: id)
            if !yes { try confirm(lead) }
            if forever {
                try await client.deleteForever(id: id)
                StandardError.line("leads: deleted \(id) for good")
            } else {
                let trashed = try await client.trash(id: id)
                if json { try LeadPrinter.print(trashed, json: true) }
                StandardError.line("leads: moved \(id) to the trash (leads restore \(id) brings it back)")
            }
        }
    }

    private func confirm(_ lead: Lead) throws {
        guard isatty(STDIN_FILENO) != 0 else {
            throw CLIError(.usage, "refusing to delete without --yes when not run from a terminal")
        }
        let name = TerminalText.sanitized(lead.fullname ?? lead.email ?? "")
        let question = forever
            ? "Delete lead \(name) (\(id)) for good? This cannot be undone. [y/N] "
            : "Move lead \(name) (\(id)) to the trash? [y/N] "
        let answer = try SecretInput.prompt(question, echo: true).lowercased()
        guard answer == "y" || answer == "yes" else { throw CLIError(.failure, "not deleted") }
    }
}
