import ArgumentParser
import Foundation
import LeadBrowser
import ScreenText
import TiledeskLeads

/// `leads delete ID…`: moves leads to the trash (`--forever` deletes them for good). Asks on a
/// terminal; anywhere else it refuses without `--yes`, so a script cannot delete by accident.
/// Many leads: several ids, `--stdin`, or a query (`--where`, the list filters).
struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Move leads to the trash, or delete them for good.",
        discussion: """
            Many leads: several ids, --stdin, or a query. Trash every anonymous lead older than 30 days, dry run first:
              leads delete --no-email --where 'fullname~guest#' --created-before 30d --dry-run
            """,
        aliases: ["trash"])

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The leads' ids.") var ids: [String] = []
    @Flag(help: "Delete for good instead of moving to the trash (owner role; cannot be undone).") var forever = false
    @Flag(help: "Print the trashed lead as JSON (one lead).") var json = false
    @OptionGroup var filters: LeadFilterOptions
    @OptionGroup var match: LeadMatchOptions
    @OptionGroup var bulk: BulkOptions

    var yes: Bool { bulk.yes }

    func validate() throws {
        if ids.isEmpty, !bulk.stdin, !BulkQuery.isGiven(filters, match) {
            throw ValidationError("give lead ids, --stdin, or a query such as --where")
        }
    }

    func run() async throws {
        guard ids.count == 1, !bulk.stdin, !bulk.dryRun, !BulkQuery.isGiven(filters, match) else {
            let edit: BulkEdit = forever ? .deleteForever : .trash
            let source = try BulkQuery.source(ids: ids, stdin: bulk.stdin, query: BulkQuery.query(filters, match), match: match, edit: edit)
            try await APISession.with(connection) { try await BulkFlow(edit: edit, options: bulk).run(source, api: $0) }
            return
        }
        let id = ids[0]
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
            ? "Delete lead \(name) (\(lead.id)) for good? This cannot be undone. [y/N] "
            : "Move lead \(name) (\(lead.id)) to the trash? [y/N] "
        let answer = try SecretInput.prompt(question, echo: true).lowercased()
        guard answer == "y" || answer == "yes" else { throw CLIError(.failure, "not deleted") }
    }
}
