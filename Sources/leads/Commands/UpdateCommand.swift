import ArgumentParser
import LeadBrowser
import TiledeskLeads

/// `leads update ID…`: reads each lead first (a lead that cannot be read is never written, since
/// the server's PUT would re-create it), then sends only what changed. Many leads: several ids,
/// `--stdin`, or a query (`--where`, `--search`, `--email`, `--tagged`, the new filters).
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change a lead; only what changes is sent.",
        discussion: """
            --tag +T adds a tag, --tag -T removes one. --unset FIELD clears a field.
            Attribute and property values are JSON: --attr 'plan="pro"' --attr seats=3.
            --from FILE reads a lead document, YAML (as `leads get --yaml` prints it) or JSON (as `leads get --json`
            does); `-` reads standard input. Keys the document leaves out keep their value; the options apply after it.
            Many leads: several ids, --stdin, or a query; --tag changes tags, so the tag filter is --tagged:
              leads update --tagged acme --set company=ACME --dry-run
            """)

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The leads' ids.") var ids: [String] = []
    @Option(help: ArgumentHelp("Apply a YAML or JSON lead document to one lead (- for standard input).", valueName: "FILE"))
    var from: String?
    @Option(name: .customLong("set"), help: ArgumentHelp("Set a field.", valueName: "FIELD=VALUE")) var assignments: [String] = []
    @Option(help: ArgumentHelp("Clear a field.", valueName: "FIELD")) var unset: [String] = []
    @Option(name: .customLong("tag"), parsing: .unconditionalSingleValue, help: ArgumentHelp("Add (+T) or remove (-T) a tag.", valueName: "+T|-T"))
    var tags: [String] = []
    @Option(name: .customLong("attr"), help: ArgumentHelp("Set an attribute.", valueName: "KEY=JSON")) var attributes: [String] = []
    @Option(name: .customLong("attr-unset"), help: ArgumentHelp("Remove an attribute.", valueName: "KEY")) var attributesToRemove: [String] = []
    @Option(name: .customLong("prop"), help: ArgumentHelp("Set a property.", valueName: "KEY=JSON")) var properties: [String] = []
    @Flag(help: "Print the lead as JSON (one lead).") var json = false
    @Flag(help: "Refuse (exit 5) when a new email or phone is another lead's.") var noDuplicates = false
    @Option(help: ArgumentHelp("Only leads found by this whole-word search.", valueName: "TEXT")) var search: String?
    @Option(help: ArgumentHelp("Only the lead(s) with exactly this email.", valueName: "EMAIL")) var email: String?
    @Option(help: ArgumentHelp("Only leads with this tag.", valueName: "TAG")) var tagged: String?
    @OptionGroup var match: LeadMatchOptions
    @OptionGroup var bulk: BulkOptions

    /// The server query the filters give, or nil when none was given.
    var query: LeadQuery? {
        guard search != nil || email != nil || tagged != nil || match.isGiven else { return nil }
        return LeadQuery(limit: BulkQuery.pageSize, fullText: search, email: email, tag: tagged)
    }

    /// The edits given on the command line, as a value a bulk run can carry to its tasks.
    var edits: LeadEdits {
        LeadEdits(
            assignments: assignments, unset: unset, tags: tags, attributes: attributes, attributesToRemove: attributesToRemove,
            properties: properties)
    }

    /// The lead as it should be after the edits given on the command line.
    func edited(_ lead: Lead) throws -> Lead { try edits.applied(to: lead) }

    func validate() throws {
        _ = try edited(Lead(id: "check"))
        if ids.isEmpty, !bulk.stdin, query == nil { throw ValidationError("give lead ids, --stdin, or a query such as --where") }
        if from != nil, ids.count != 1 || bulk.stdin || bulk.dryRun || query != nil {
            throw ValidationError("--from applies a document to one lead: give one id (no --stdin, query or --dry-run)")
        }
    }

    func run() async throws {
        guard ids.count == 1, !bulk.stdin, !bulk.dryRun, query == nil else {
            let edits = self.edits
            let edit = BulkEdit.edit { try edits.applied(to: $0) }
            let source = try BulkQuery.source(ids: ids, stdin: bulk.stdin, query: query, match: match, edit: edit)
            try await APISession.with(connection) { try await BulkFlow(edit: edit, options: bulk).run(source, api: $0) }
            return
        }
        let id = ids[0]
        let document = try from.map { source -> LeadEdit in
            let edit = try DocumentInput.read(source)
            if let named = edit.id, named != id {
                throw CLIError(.usage, "\(source == "-" ? "standard input" : source) is lead \(named), not \(id); nothing was changed")
            }
            return edit
        }
        let lead = try await APISession.with(connection) { client -> Lead in
            let current = try await APISession.read(client, id: id)
            let change = LeadChange.between(current, try edited(document?.applied(to: current) ?? current))
            guard !change.isEmpty else {
                StandardError.line("leads: nothing to change")
                return current
            }
            let changed = Set(change.fields.keys).intersection([.email, .phone])
            if !changed.isEmpty {
                let edited = change.applied(to: current)
                try await DuplicateWarning(client: client).check(edited, checking: changed, refuse: noDuplicates, doing: "updated")
            }
            return try await client.update(id: id, change: change)
        }
        try LeadPrinter.print(lead, json: json)
    }
}
