import TiledeskLeads

/// `list` with filters the server has no parameter for: every page of the query is read (narrowed
/// by what the server can filter) and only the matching leads are printed; stderr says how many
/// leads were read for how many shown, so the cost of a local filter is never hidden.
struct LocalFilter {
    let matcher: LeadMatcher

    func list(_ api: any LeadsAPI, query: LeadQuery, format: OutputFormat?, sink: OutputSink) async throws {
        var matched = 0
        if let format {
            let writer = ListCommand.writer(format, sink)
            try writer.begin()
            let read = try await LeadPager(api: api, query: matcher.narrowing(query)).run { leads, _, _ in
                let kept = leads.filter(matcher.matches)
                matched += kept.count
                try writer.write(kept)
            }
            try writer.finish()
            StandardError.line(Self.summary(read: read, matched: matched))
        } else {
            var kept: [Lead] = []
            let read = try await LeadPager(api: api, query: matcher.narrowing(query)).run { leads, _, _ in
                kept += leads.filter(matcher.matches)
            }
            try sink.write(ListCommand.human(kept, sink: sink, footer: "\(kept.count) of \(read) leads read"))
            if !sink.isTerminal { StandardError.line(Self.summary(read: read, matched: kept.count)) }
        }
    }

    /// `leads: 1,251 of 100,000 leads read matched the filters`.
    static func summary(read: Int, matched: Int) -> String {
        "leads: \(BulkFlow.leads(matched)) matched the filters, of \(BulkFlow.leads(read)) read"
    }
}
