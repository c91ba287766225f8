import Foundation
import LeadBrowser
import TiledeskLeads

/// Finds a view by name for `list --view` and `export --view`: in config.toml first, then among
/// the project's segments (shared views), so a view a colleague shared works from the shell too.
enum ViewLookup {
    static func view(named name: String, client: some SegmentsAPI, environment: [String: String] = ProcessInfo.processInfo.environment)
        async throws -> SavedView
    {
        let local = try BrowseSupport.views(environment)
        if let view = local.first(where: { $0.name == name }) { return view }
        if let segment = try await client.listSegments().first(where: { $0.name == name }) { return SavedView(shared: segment) }
        let known = local.map(\.name)
        throw CLIError(
            .notFound,
            "no view named \(name) in config.toml or on the server\(known.isEmpty ? "" : "; local views: " + known.joined(separator: ", "))")
    }
}
