import ScreenText
import TiledeskLeads

/// The leads a bulk command will act on, resolved before anything is written: a query is read to
/// the end first (writing while paging would shift the pages under the reader: a trashed lead
/// leaves the list and the next page would skip one), and what each lead needs is planned from
/// that read, so leads that need nothing are counted, not written.
struct BulkSelection: Sendable {
    var items: [BulkItem] = []
    /// Leads that already were as asked.
    var alreadyDone = 0
    /// Leads the server returned, and how many of them matched the local filters (a query only).
    var read: Int?
    var matched = 0
    /// Ids that name no lead (a dry run over ids reads each one).
    var missing: [String] = []
    /// Ids of leads in the trash, which tag and update leave alone.
    var inTrash: [String] = []
    /// What the read of a query saw of the project changing under it (a query only), for the
    /// same stderr line `list --all` and `export` give.
    var walk: LeadWalk.Summary?

    /// Every lead of `query` that `matcher` accepts; `show` sees each lead that would change.
    static func resolve(
        query: LeadQuery, matcher: LeadMatcher, edit: BulkEdit, api: any LeadsAPI, show: ((Lead, LeadChange) -> Void)? = nil
    ) async throws -> BulkSelection {
        var selection = BulkSelection(read: 0)
        selection.walk = try await LeadPager(api: api, query: matcher.narrowing(query)).run { leads, _, _ in
            selection.read! += leads.count
            for lead in leads where matcher.matches(lead) {
                selection.matched += 1
                if let change = try edit.plan(lead) {
                    selection.items.append(BulkItem(id: lead.id, planned: change))
                    show?(lead, change)
                } else {
                    selection.alreadyDone += 1
                }
            }
        }
        return selection
    }

    /// Ids given by the user, acted on as they are (each is read when written, as the edit needs).
    static func ids(_ ids: [String]) -> BulkSelection {
        BulkSelection(items: ids.map { BulkItem(id: $0, planned: nil) }, matched: ids.count)
    }

    /// For a dry run over ids: reads each (a few at a time) to say what it needs.
    static func planning(
        _ ids: [String], edit: BulkEdit, api: any LeadsAPI, show: (Lead, LeadChange) -> Void
    ) async throws -> BulkSelection {
        var selection = BulkSelection(matched: ids.count)
        var leads = [Lead?](repeating: nil, count: ids.count)
        try await withThrowingTaskGroup(of: (Int, Lead?).self) { group in
            var next = 0
            func start() {
                let index = next
                next += 1
                group.addTask {
                    do {
                        return (index, try await api.get(id: ids[index]))
                    } catch let error as APIError where error.kind == .notFound {
                        return (index, nil)
                    }
                }
            }
            while next < min(8, ids.count) { start() }
            while let (index, lead) = try await group.next() {
                leads[index] = lead
                if next < ids.count { start() }
            }
        }
        for (id, lead) in zip(ids, leads) {
            guard let lead else {
                selection.missing.append(id)
                continue
            }
            if lead.isTrashed, !edit.touchesTrashedLeads {
                selection.inTrash.append(id)
            } else if let change = try edit.plan(lead) {
                selection.items.append(BulkItem(id: id, planned: change))
                show(lead, change)
            } else {
                selection.alreadyDone += 1
            }
        }
        return selection
    }

    /// The line a dry run prints for a lead: id, name, what would change.
    static func line(_ lead: Lead, _ change: LeadChange, edit: BulkEdit) -> String {
        let name = TerminalText.sanitized(lead.fullname ?? lead.email ?? "")
        return "\(lead.id)\t\(name)\t\(TerminalText.sanitized(edit.describe(change)))\n"
    }
}
