import TiledeskLeads

/// Keeps page boundaries whole while the project changes under the list. The server pages by
/// skip/limit, so a lead arriving above (or leaving) between two fetches shifts every later page:
/// fetched plainly, the next page would repeat the last rows of the one before it, or skip some.
///
/// So a page next to one already loaded is fetched as a wider window around its place, and cut
/// at the neighbour it must continue: the rows right after the previous page's last lead (or
/// right before the next page's first one). New leads above do not push into the view (the poll
/// announces them: "3 new leads — r to show"), and a lead that left does not make one skipped.
enum PageBoundary {
    /// Rows asked for on each side of a page fetched next to a loaded one.
    static let margin = 8

    /// The window to ask for page `page` of `pageSize`, `margin` rows wider on each side.
    static func window(page: Int, pageSize: Int, margin: Int) -> (page: Int, limit: Int) {
        let start = page * pageSize
        return LeadWalk.window(from: max(0, start - margin), to: start + pageSize + margin)
    }

    /// The rows of page `page` out of a window (`leads`, asked with `skip` and `limit`), continuing
    /// the previous page (`before`: its ids in order) or leading into the next one (`after`). The
    /// anchor is the last lead of `before` still in the window (the first of `after`), so a lead
    /// that left since does not lose the place. Nil when the anchor was found but too close to the
    /// window's edge to fill the page: the caller asks again with a wider margin.
    static func cut(
        _ leads: [Lead], skip: Int, limit: Int, page: Int, pageSize: Int, before: [String], after: [String]
    ) -> [Lead]? {
        let start = page * pageSize
        let reachesEnd = leads.count < limit
        let previous = Set(before)
        if !previous.isEmpty, let index = leads.lastIndex(where: { previous.contains($0.id) }) {
            let rest = leads[(index + 1)...]
            if rest.count >= pageSize { return Array(rest.prefix(pageSize)) }
            return reachesEnd ? Array(rest) : nil
        }
        let next = Set(after)
        if !next.isEmpty, let index = leads.firstIndex(where: { next.contains($0.id) }) {
            let head = leads[..<index]
            if head.count >= pageSize { return Array(head.suffix(pageSize)) }
            if skip > 0 { return nil }
        }
        // No anchor in the window (the neighbours' leads all left): the page's place.
        return Array(leads.dropFirst(max(0, start - skip)).prefix(pageSize))
    }
}
