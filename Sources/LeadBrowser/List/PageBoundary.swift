import TiledeskLeads

/// Keeps page boundaries whole while the project changes under the list. The server pages by
/// skip/limit, so a lead arriving above (or leaving) between two fetches shifts every later page:
/// fetched plainly, the next page would repeat the last rows of the one before it, or skip some.
///
/// So a page next to one already loaded is fetched as a wider window around its place, and cut
/// at the neighbour it must continue: the rows right after the previous page's last lead (or
/// right before the next page's first one). New leads above do not push into the view (the poll
/// announces them: "3 new leads — r to show"), and a lead that left does not make one skipped.
///
/// Two neighbouring pages can be in flight at once (a jump over two pages, `G`): the later one
/// cannot be cut at a page that has not arrived. So a page next to one still loading is asked as
/// a window too, and when a page arrives, each loaded neighbour is checked against the window's
/// rows beside it (`joins`); one that no longer joins is forgotten and asked again, now cut at
/// the page that just arrived.
enum PageBoundary {
    /// Rows asked for on each side of a page fetched next to a loaded one.
    static let margin = 8
    /// The widest window asked while looking for a neighbour's leads (each ask about four times
    /// the margin of the last: 8, 40, 170, 700 rows a side).
    static let widest = 4_000

    /// The window to ask for page `page` of `pageSize`, `margin` rows wider on each side.
    static func window(page: Int, pageSize: Int, margin: Int) -> (page: Int, limit: Int) {
        let start = page * pageSize
        return LeadWalk.window(from: max(0, start - margin), to: start + pageSize + margin)
    }

    /// The rows of page `page` out of a window (`leads`, asked with `skip` and `limit`), continuing
    /// the previous page (`before`: its ids in order) or leading into the next one (`after`). The
    /// anchor is the last lead of `before` still in the window (the first of `after`), so a lead
    /// that left since does not lose the place. Nil when the window must be asked again wider:
    /// the anchor sat too near its edge to fill the page, or was not in it at all (more leads
    /// arrived since the neighbour was read than the margin covers). Past `widest` rows, or once
    /// the window is the whole list, a neighbour not found is taken to have left entirely.
    static func cut(
        _ leads: [Lead], skip: Int, limit: Int, page: Int, pageSize: Int, before: [String], after: [String]
    ) -> [Lead]? {
        let start = page * pageSize
        let reachesEnd = leads.count < limit
        let canWiden = limit < widest && !(skip == 0 && reachesEnd)
        if !before.isEmpty {
            let previous = Set(before)
            if let index = leads.lastIndex(where: { previous.contains($0.id) }) {
                let rest = leads[(index + 1)...]
                if rest.count >= pageSize { return Array(rest.prefix(pageSize)) }
                return reachesEnd ? Array(rest) : nil
            }
            if canWiden { return nil }
        }
        if !after.isEmpty {
            let next = Set(after)
            if let index = leads.firstIndex(where: { next.contains($0.id) }) {
                let head = leads[..<index]
                if head.count >= pageSize { return Array(head.suffix(pageSize)) }
                if skip > 0 { return nil }
            } else if canWiden {
                return nil
            }
        }
        // No neighbour, or its leads all left: the page's place.
        return Array(leads.dropFirst(max(0, start - skip)).prefix(pageSize))
    }

    /// Whether a loaded neighbour page still joins `items`, a page cut from `window`: the
    /// neighbour's nearest lead still in the window sits right beside the page. Leads of the
    /// neighbour that left since do not count against it; a window that ends at the page's edge
    /// cannot show the join, and an unproven join counts as broken (one more request, never a
    /// lead twice or skipped).
    static func joins(_ items: [Lead], window: [Lead], next: [String]) -> Bool {
        guard let last = items.last, let edge = window.lastIndex(where: { $0.id == last.id }) else { return true }
        let ids = Set(next)
        return window.firstIndex(where: { ids.contains($0.id) }) == edge + 1
    }

    /// The same for the page before `items`.
    static func joins(_ items: [Lead], window: [Lead], previous: [String]) -> Bool {
        guard let first = items.first, let edge = window.firstIndex(where: { $0.id == first.id }) else { return true }
        let ids = Set(previous)
        return window.lastIndex(where: { ids.contains($0.id) }) == edge - 1
    }
}
