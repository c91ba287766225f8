import TiledeskLeads

/// Reads every lead of a query page by page, handing each page on as it arrives, and fails
/// loudly rather than return a short result: if the server's total changes mid-way, or the
/// leads read do not add up to it, the caller gets an error, not a file that looks complete.
/// Leads seen twice (a page boundary shifted by a concurrent insert) are passed on once.
struct LeadPager {
    let api: any LeadsAPI
    let query: LeadQuery

    /// Calls `page` with each page's new leads, the number read so far and the total; returns the total.
    @discardableResult
    func run(_ page: ([Lead], _ read: Int, _ total: Int) throws -> Void) async throws -> Int {
        var seen = Set<String>()
        var read = 0
        var total: Int?
        var number = query.page
        while true {
            let result = try await api.list(query.page(number))
            if let expected = total, result.count != expected {
                throw CLIError(
                    .failure,
                    "the leads changed while they were being read (\(expected) at the start, \(result.count) now) after \(read) of them; nothing is missing on the server: run the command again")
            }
            total = result.count
            let fresh = result.leads.filter { seen.insert($0.id).inserted }
            read += fresh.count
            try page(fresh, read, result.count)
            if result.leads.isEmpty || result.leads.count < query.limit || read >= result.count { break }
            number += 1
        }
        let expected = total ?? 0
        let wanted = max(0, expected - query.page * query.limit)
        guard read >= wanted else {
            throw CLIError(.failure, "read \(read) leads but the server counts \(wanted): the result would be incomplete; run the command again")
        }
        return expected
    }
}
