import ArgumentParser
import Foundation
import TiledeskLeads

/// `leads list`: one page of leads (or every page with `--all`), as a table on a terminal,
/// tab-separated lines otherwise, or JSON/NDJSON/CSV.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List leads.",
        discussion: """
            Without a format flag: a table on a terminal, otherwise one tab-separated line per lead
            (id, name, email, phone, company, tags) with no header. --json prints the leads as the server gives them.
            --where, --no-email, --no-name and the date filters have no server parameter: with them every page is
            read and filtered here (as with --all), and stderr says how many leads were read.
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var filters: LeadFilterOptions
    @OptionGroup var match: LeadMatchOptions
    @OptionGroup var views: ViewOption

    @Option(help: "Page number, from 1.") var page = 1
    @Option(help: "Leads per page.") var limit = LeadQuery.defaultLimit
    @Flag(help: "Every lead, read exactly once even while the project changes.") var all = false
    @Flag(exclusivity: .exclusive) var format: OutputFormat?

    func validate() throws {
        guard page >= 1 else { throw ValidationError("--page counts from 1") }
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be from 1 to 10000") }
    }

    func run() async throws {
        let sink = OutputSink.standardOutput()
        let matcher = try match.matcher()
        try await APISession.with(connection) { client in
            let view = try await views.resolve(client)
            if match.isGiven {
                try await LocalFilter(matcher: matcher).list(
                    client, query: filters.query(page: 0, limit: max(limit, 200), view: view), order: filters.order(view: view), format: format, sink: sink)
            } else if all {
                // Read in _id order (exact on a live project, see LeadWalk), then put in the order asked for.
                var leads: [Lead] = []
                let summary = try await LeadPager(api: client, query: filters.query(page: 0, limit: max(limit, 200), view: view)).run { page, _, _ in leads += page }
                leads = filters.order(view: view).sorted(leads)
                if let format {
                    let writer = Self.writer(format, sink)
                    try writer.begin()
                    try writer.write(leads)
                    try writer.finish()
                } else {
                    try sink.write(Self.human(leads, sink: sink, footer: "\(leads.count) leads"))
                }
                LeadPager.note(summary)
            } else {
                let result = try await client.list(filters.query(page: page - 1, limit: limit, view: view))
                if let format {
                    let writer = Self.writer(format, sink)
                    try writer.begin()
                    try writer.write(result.leads)
                    try writer.finish()
                } else {
                    let footer = "page \(page) of \(result.pageCount) · \(result.count) lead\(result.count == 1 ? "" : "s")"
                    try sink.write(Self.human(result.leads, sink: sink, footer: footer))
                }
            }
        }
        try sink.close()
    }

    static func writer(_ format: OutputFormat, _ sink: OutputSink) -> any LeadWriter {
        switch format {
        case .json: JSONArrayLeadWriter(sink: sink)
        case .ndjson: NDJSONLeadWriter(sink: sink)
        case .csv: CSVLeadWriter(sink: sink)
        }
    }

    /// A table and a footer on a terminal; tab-separated lines otherwise.
    static func human(_ leads: [Lead], sink: OutputSink, footer: String) -> String {
        guard sink.isTerminal else { return LeadTableText.tabSeparated(leads) }
        if leads.isEmpty { return "no leads · \(footer)\n" }
        return LeadTableText.table(leads, width: LeadTableText.terminalWidth()) + footer + "\n"
    }
}
