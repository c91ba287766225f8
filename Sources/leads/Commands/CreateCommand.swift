import ArgumentParser
import LeadBrowser
import TiledeskLeads

/// `leads create`: a new lead with every field given (from `--from FILE`, then the options);
/// prints it with its `_id`.
struct CreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a lead.",
        discussion: """
            FIELD is any editable field by its API name: \(LeadField.apiNames), or lead_id.
            Attribute and property values are JSON: --attr 'plan="pro"' --attr seats=3.
            --from FILE reads a lead document, YAML (as `leads get --yaml` prints it) or JSON; `-` reads standard input.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Option(help: ArgumentHelp("Read the lead from a YAML or JSON document (- for standard input).", valueName: "FILE"))
    var from: String?
    @Option(name: .customLong("set"), help: ArgumentHelp("Set a field.", valueName: "FIELD=VALUE")) var assignments: [String] = []
    @Option(name: .customLong("tag"), help: ArgumentHelp("Add a tag (repeatable).", valueName: "TAG")) var tags: [String] = []
    @Option(name: .customLong("attr"), help: ArgumentHelp("Set an attribute.", valueName: "KEY=JSON")) var attributes: [String] = []
    @Option(name: .customLong("prop"), help: ArgumentHelp("Set a property.", valueName: "KEY=JSON")) var properties: [String] = []
    @Flag(help: "Print the new lead as JSON.") var json = false
    @Flag(help: "Refuse (exit 5) when leads with this email, phone or name exist.") var noDuplicates = false

    func run() async throws {
        var lead = Lead()
        if let from {
            let edit = try DocumentInput.read(from)
            guard !edit.isEmpty else { throw CLIError(.usage, "\(from == "-" ? "standard input" : from) gives no field of a lead") }
            lead = edit.applied(to: lead)
        }
        for assignment in assignments {
            if assignment.hasPrefix("lead_id=") {
                lead.leadID = String(assignment.dropFirst("lead_id=".count))
                continue
            }
            let (field, value) = try FieldAssignments.field(assignment)
            lead[field] = value
        }
        for tag in tags where !lead.tags.contains(tag) { lead.tags.append(tag) }
        for text in attributes {
            let (key, value) = try FieldAssignments.json(text, option: "--attr")
            lead.attributes = (lead.attributes ?? [:]).merging([key: value]) { $1 }
        }
        for text in properties {
            let (key, value) = try FieldAssignments.json(text, option: "--prop")
            lead.properties = (lead.properties ?? [:]).merging([key: value]) { $1 }
        }
        let newLead = lead
        let created = try await APISession.with(connection) { client in
            try await DuplicateWarning(client: client).check(newLead, refuse: noDuplicates, doing: "created")
            return try await client.create(newLead)
        }
        try LeadPrinter.print(created, json: json)
    }
}
