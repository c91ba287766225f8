import TiledeskLeads

/// `list` with filters the server has no parameter for: every page of the query is read (narrowed
/// by what the server can filter) and only the matching leads are printed, in the order asked for
/// (the pages come in `_id` order, see `LeadWalk`); stderr says how many leads were read for how
/// many shown, so the cost of a local filter is never hidden.
struct LocalFilter {
    let matcher: LeadMatcher

    func list(_ api: any LeadsAPI, query: LeadQuery, order: LeadOrder, format: OutputFormat?, sink: OutputSink) async throws {
        var kept: [Lead] = []
        let summary = try await LeadPager(api: api, query: matcher.narrowing(query)).run { leads, _, _ in
            kept += leads.filter(matcher.matches)
        }
        kept = order.sorted(kept)
        if let format {
            let writer = ListCommand.writer(format, sink)
            try writer.begin()
            try writer.write(kept)
            try writer.finish()
        } else {
            try sink.write(ListCommand.human(kept, sink: sink, footer: "\(kept.count) of \(summary.read) leads read"))
        }
        LeadPager.note(summary)
        if format != nil || !sink.isTerminal { StandardError.line(Self.summary(read: summary.read, matched: kept.count)) }
    }

    /// `leads: 1,251 of 100,000 leads read matched the filters`.
    static func summary(read: Int, matched: Int) -> String {
        "leads: \(BulkFlow.leads(matched)) matched the filters, of \(BulkFlow.leads(read)) read"
    }
}
