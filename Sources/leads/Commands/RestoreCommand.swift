import ArgumentParser
import TiledeskLeads

/// `leads restore ID…`: brings leads back from the trash. Many leads: several ids, `--stdin`, or
/// a query over the trash (`--where`, the list filters).
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Bring leads back from the trash.")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The leads' ids.") var ids: [String] = []
    @Flag(help: "Print the lead as JSON (one lead).") var json = false
    @OptionGroup var filters: LeadFilterOptions
    @OptionGroup var match: LeadMatchOptions
    @OptionGroup var bulk: BulkOptions

    func validate() throws {
        if ids.isEmpty, !bulk.stdin, !BulkQuery.isGiven(filters, match) {
            throw ValidationError("give lead ids, --stdin, or a query over the trash such as --where")
        }
    }

    func run() async throws {
        guard ids.count == 1, !bulk.stdin, !bulk.dryRun, !BulkQuery.isGiven(filters, match) else {
            let source = try BulkQuery.source(ids: ids, stdin: bulk.stdin, query: BulkQuery.query(filters, match), match: match, edit: .restore)
            try await APISession.with(connection) { try await BulkFlow(edit: .restore, options: bulk).run(source, api: $0) }
            return
        }
        let lead = try await APISession.with(connection) { client -> Lead in
            _ = try await APISession.read(client, id: ids[0])
            return try await client.restore(id: ids[0])
        }
        try LeadPrinter.print(lead, json: json)
    }
}
