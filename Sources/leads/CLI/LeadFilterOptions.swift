import ArgumentParser
import TiledeskLeads

/// Filters and order shared by `list` and `export`, mapped onto the server's query parameters.
struct LeadFilterOptions: ParsableArguments {
    enum Direction: String, EnumerableFlag, CustomStringConvertible {
        case asc, desc
        /// The flag's name, said outright (see `OutputFormat.description`).
        var description: String { rawValue }
        static func help(for value: Direction) -> ArgumentHelp? {
            value == .asc ? "Ascending order." : "Descending order (the default)."
        }
    }

    @Option(help: ArgumentHelp("Sort by this field (default createdAt): \(LeadSortField.apiNames).", valueName: "FIELD"))
    var sort: String?

    @Flag(exclusivity: .exclusive) var direction: Direction?

    @Option(help: ArgumentHelp("Whole-word search over names and emails.", valueName: "TEXT"))
    var search: String?

    @Option(help: ArgumentHelp("Only the lead(s) with exactly this email.", valueName: "EMAIL"))
    var email: String?

    @Option(help: ArgumentHelp("Only leads with this tag.", valueName: "TAG"))
    var tag: String?

    @Flag(help: "List the trash instead.")
    var trash = false

    func validate() throws {
        if let sort, LeadSortField(rawValue: sort) == nil {
            throw ValidationError("cannot sort by \(sort); use one of \(LeadSortField.apiNames)")
        }
    }

    /// True when --sort, --asc or --desc was given.
    var orderGiven: Bool { sort != nil || direction != nil }

    /// The order asked for: by `createdAt`, newest first, unless told otherwise.
    var order: LeadOrder {
        LeadOrder(field: sort.flatMap(LeadSortField.init(rawValue:)) ?? .createdAt, direction: direction == .asc ? .ascending : .descending)
    }

    /// The query for page `page` (0-based) of `limit` leads.
    func query(page: Int, limit: Int) -> LeadQuery {
        LeadQuery(
            page: page, limit: limit, sort: order.field,
            direction: direction == .asc ? .ascending : .descending, fullText: search, email: email, tag: tag, trash: trash)
    }
}
