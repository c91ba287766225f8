import LeadBrowser
import TiledeskLeads

/// One `[[views]]` table of config.toml, as written; `ViewCatalog` checks it into a `SavedView`.
///
/// ```toml
/// [[views]]
/// name = "VIP"
/// tag = "vip"
/// sort = "updatedAt"
/// direction = "desc"
/// columns = ["fullname", "email", "phone", "updatedAt"]
/// ```
struct ViewSettings: Codable, Sendable, Hashable {
    var name: String?
    var search: String?
    var email: String?
    var tag: String?
    var trash: Bool?
    var sort: String?
    var direction: String?
    var columns: [String]?

    /// The keys a view table may have, for the error on any other.
    static let keys = ["name", "search", "email", "tag", "trash", "sort", "direction", "columns"]

    init(_ view: SavedView) {
        name = view.name
        search = view.search
        email = view.email
        tag = view.tag
        trash = view.trash ? true : nil
        sort = view.sort?.rawValue
        direction = view.direction.map { $0 == .ascending ? "asc" : "desc" }
        columns = view.columns?.map(\.name)
    }
}
