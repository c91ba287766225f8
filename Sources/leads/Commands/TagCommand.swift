import ArgumentParser
import TiledeskLeads

/// `leads tag ID… TAG… [--remove TAG]…`: adds tags (only those not already there) and removes
/// others, each with the server's own tag routes, so concurrent edits to other fields are untouched.
/// Many leads: several ids, `--stdin`, or a query (`--where`, the list filters); then every
/// positional argument is a tag.
struct TagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Add or remove tags, on one lead or many.",
        discussion: """
            Leading arguments that are lead ids (24 hex digits) are the leads, the rest tags to add (a leading + is dropped).
            With --stdin or a query (--where, --search, --email, --tag, --no-email, --created-before…) every argument is a tag:
              leads list --tag x --ndjson | leads tag --stdin vip
              leads tag --where 'country=Italia' +campaign --dry-run
            """)

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: ArgumentHelp("Lead ids, then tags to add.", valueName: "ID-or-TAG")) var words: [String] = []
    @Option(help: ArgumentHelp("A tag to remove (repeatable).", valueName: "TAG")) var remove: [String] = []
    @Flag(help: "Print the lead as JSON (one lead).") var json = false
    @OptionGroup var filters: LeadFilterOptions
    @OptionGroup var match: LeadMatchOptions
    @OptionGroup var bulk: BulkOptions

    var isQuery: Bool { BulkQuery.isGiven(filters, match) }

    /// The ids and the tags to add, as the arguments say.
    var split: (ids: [String], add: [String]) {
        let ids = bulk.stdin || isQuery ? [] : Array(words.prefix { BulkQuery.looksLikeID($0) })
        let add = words.dropFirst(ids.count).map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 }
        return (ids, add)
    }

    func validate() throws {
        let (ids, add) = split
        guard !add.isEmpty || !remove.isEmpty else { throw ValidationError("give tags to add, or --remove TAG") }
        guard !(add + remove).contains(where: \.isEmpty) else { throw ValidationError("a tag cannot be empty") }
        if !bulk.stdin, !isQuery, ids.isEmpty {
            throw ValidationError("give the lead ids first (24 hex digits), or --stdin, or a query such as --where")
        }
        if filters.trash { throw ValidationError("tags are changed on leads outside the trash; restore them first") }
    }

    func run() async throws {
        let (ids, add) = split
        let edit = BulkEdit.tags(add: add, remove: remove)
        if ids.count == 1, !bulk.stdin, !bulk.dryRun {
            let lead = try await APISession.with(connection) { client -> Lead in
                var lead = try await APISession.read(client, id: ids[0])
                if !add.isEmpty { lead = try await client.addTags(id: ids[0], tags: add) }
                for tag in remove { lead = try await client.removeTag(id: ids[0], tag: tag) }
                return lead
            }
            try LeadPrinter.print(lead, json: json)
            return
        }
        let source = try BulkQuery.source(ids: ids, stdin: bulk.stdin, query: BulkQuery.query(filters, match), match: match, edit: edit)
        try await APISession.with(connection) { try await BulkFlow(edit: edit, options: bulk).run(source, api: $0) }
    }
}
