import ArgumentParser
import LeadBrowser
import TiledeskLeads

/// `--view NAME` of `list` and `export`: a saved view's query and sort, with any filter or order
/// flag given beside it taking precedence. A group of its own, so the bulk commands (which share
/// the filter flags) do not offer it.
struct ViewOption: ParsableArguments {
    @Option(help: ArgumentHelp("Use a saved view: [[views]] in config.toml, or a shared one on the server.", valueName: "NAME"))
    var view: String?

    /// The named view, or nil without `--view`.
    func resolve(_ client: some SegmentsAPI) async throws -> SavedView? {
        guard let view else { return nil }
        return try await ViewLookup.view(named: view, client: client)
    }
}

extension LeadFilterOptions {
    /// The query for page `page` (0-based) of `limit` leads, over `view`'s query where a flag
    /// did not say otherwise.
    func query(page: Int, limit: Int, view: SavedView?) -> LeadQuery {
        guard let view else { return query(page: page, limit: limit) }
        var query = view.query(limit: limit)
        query.page = page
        if let sort = sort.flatMap(LeadSortField.init(rawValue:)) { query.sort = sort }
        if let direction { query.direction = direction == .asc ? .ascending : .descending }
        if let search { query.fullText = search }
        if let email { query.email = email }
        if let tag { query.tag = tag }
        if trash { query.trash = true }
        return query
    }

    /// The order asked for by flags, else the view's, else newest first.
    func order(view: SavedView?) -> LeadOrder {
        let query = query(page: 0, limit: 1, view: view)
        return LeadOrder(field: query.sort, direction: query.direction)
    }

    /// True when the flags or the view chose an order.
    func orderGiven(view: SavedView?) -> Bool {
        orderGiven || view?.sort != nil || view?.direction != nil
    }
}
