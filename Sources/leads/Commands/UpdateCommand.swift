import ArgumentParser
import TiledeskLeads

/// `leads update ID`: reads the lead first (a lead that cannot be read is never written, since
/// the server's PUT would re-create it), then sends only what changed.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change a lead; only what changes is sent.",
        discussion: """
            --tag +T adds a tag, --tag -T removes one. --unset FIELD clears a field.
            Attribute and property values are JSON: --attr 'plan="pro"' --attr seats=3.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The lead's id.") var id: String
    @Option(name: .customLong("set"), help: ArgumentHelp("Set a field.", valueName: "FIELD=VALUE")) var assignments: [String] = []
    @Option(help: ArgumentHelp("Clear a field.", valueName: "FIELD")) var unset: [String] = []
    @Option(name: .customLong("tag"), parsing: .unconditionalSingleValue, help: ArgumentHelp("Add (+T) or remove (-T) a tag.", valueName: "+T|-T"))
    var tags: [String] = []
    @Option(name: .customLong("attr"), help: ArgumentHelp("Set an attribute.", valueName: "KEY=JSON")) var attributes: [String] = []
    @Option(name: .customLong("attr-unset"), help: ArgumentHelp("Remove an attribute.", valueName: "KEY")) var attributesToRemove: [String] = []
    @Option(name: .customLong("prop"), help: ArgumentHelp("Set a property.", valueName: "KEY=JSON")) var properties: [String] = []
    @Flag(help: "Print the lead as JSON.") var json = false
    @Flag(help: "Refuse (exit 5) when a new email or phone is another lead's.") var noDuplicates = false

    /// The lead as it should be after the edits given on the command line.
    func edited(_ lead: Lead) throws -> Lead {
        var lead = lead
        for assignment in assignments {
            let (field, value) = try FieldAssignments.field(assignment)
            lead[field] = value
        }
        for name in unset { lead[try FieldAssignments.fieldName(name)] = "" }
        for tag in tags {
            if tag.hasPrefix("-") {
                let name = String(tag.dropFirst())
                lead.tags.removeAll { $0 == name }
            } else {
                let name = tag.hasPrefix("+") ? String(tag.dropFirst()) : tag
                guard !name.isEmpty else { throw ValidationError("--tag needs a tag name after + or -") }
                if !lead.tags.contains(name) { lead.tags.append(name) }
            }
        }
        for text in attributes {
            let (key, value) = try FieldAssignments.json(text, option: "--attr")
            lead.attributes = (lead.attributes ?? [:]).merging([key: value]) { $1 }
        }
        for key in attributesToRemove { lead.attributes?[key] = nil }
        for text in properties {
            let (key, value) = try FieldAssignments.json(text, option: "--prop")
            lead.properties = (lead.properties ?? [:]).merging([key: value]) { $1 }
        }
        return lead
    }

    func validate() throws {
        _ = try edited(Lead(id: "check"))
    }

    func run() async throws {
        let lead = try await APISession.with(connection) { client -> Lead in
            let current = try await APISession.read(client, id: id)
            let change = LeadChange.between(current, try edited(current))
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
