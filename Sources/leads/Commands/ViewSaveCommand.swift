import ArgumentParser
import Foundation
import LeadBrowser
import TiledeskLeads

/// `leads view save NAME`: the filters and order given become a view in config.toml (replacing
/// one of that name), or with `--shared` a segment on the server that the whole team sees.
struct ViewSaveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save", abstract: "Save a view: the filters and sort given, and --columns.",
        discussion: """
            With --shared the view is kept on the server as a Tiledesk segment (name and filters: a tag and an exact
            email). A segment holds no sort, no columns, no full-text search and no trash: those are refused with
            --shared rather than left out.
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var filters: LeadFilterOptions
    @Argument(help: "The view's name.") var name: String
    @Option(help: ArgumentHelp("Columns, comma-separated (see [columns] in the README).", valueName: "LIST")) var columns: String?
    @Flag(help: "Keep the view on the server as a segment, for everyone in the project.") var shared = false

    func run() async throws {
        let view = try makeView()
        if shared {
            try await share(view)
        } else {
            let file = ConfigFile.standard()
            var document = try file.load()
            var settings = document.views ?? []
            if let index = settings.firstIndex(where: { $0.name == view.name }) {
                settings[index] = ViewSettings(view)
            } else {
                settings.append(ViewSettings(view))
            }
            document.views = settings
            try file.save(document)
            StandardError.line("leads: saved view \(view.name) in \(file.path)")
        }
    }

    private func makeView() throws -> SavedView {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw CLIError(.usage, "a view needs a name") }
        let parsedColumns = try columns.map { list in
            try list.split(separator: ",").map { raw in
                let name = raw.trimmingCharacters(in: .whitespaces)
                guard let column = LeadColumn(name: name) else {
                    throw CLIError(.usage, "unknown column \"\(name)\"; columns are \(LeadColumn.names.joined(separator: ", "))")
                }
                return column
            }
        }
        return SavedView(
            name: trimmed, search: filters.search, email: filters.email, tag: filters.tag, trash: filters.trash,
            sort: filters.sort.flatMap(LeadSortField.init(rawValue:)), direction: filters.direction.map { $0 == .asc ? .ascending : .descending },
            columns: parsedColumns)
    }

    /// A create, or an update of the segment of the same name.
    private func share(_ view: SavedView) async throws {
        if let left = view.unsharedParts {
            throw CLIError(.usage, "cannot share \(view.name): \(left.replacingOccurrences(of: " in this config only", with: " local")); save it without --shared to keep them")
        }
        let segmentFilters: [SegmentFilter]
        do {
            segmentFilters = try view.segmentFilters()
        } catch {
            throw CLIError(.usage, "cannot share " + error.message)
        }
        let segment = try await APISession.with(connection) { client in
            if let existing = try await client.listSegments().first(where: { $0.name == view.name }) {
                return try await client.updateSegment(id: existing.id, name: view.name, filters: segmentFilters)
            }
            return try await client.createSegment(name: view.name, filters: segmentFilters)
        }
        print(segment.id)
        StandardError.line("leads: shared view \(segment.name) on the server (segment \(segment.id): \(SavedView(shared: segment).summary))")
    }
}
