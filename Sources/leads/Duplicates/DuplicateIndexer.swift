import Foundation
import LeadDuplicates
import TiledeskLeads

/// Brings a project's duplicate index up to date. With no index it reads every lead once through
/// the live-safe `LeadPager`. With one, it reads only leads updated since the index's mark (newest
/// `updatedAt` first, stopping at the first older one), drops those moved to the trash since, and
/// rebuilds from scratch when the counts then disagree (a lead deleted for good leaves no trace
/// but the count).
struct DuplicateIndexer {
    let api: any LeadsAPI
    let file: DuplicateIndexFile
    var pageSize = 500

    /// How the index was brought up to date, for the summary line.
    enum Refresh: Equatable {
        case built(Int)
        case updated(changed: Int, removed: Int)
    }

    /// Every live lead's entry, refreshed, and how.
    func refreshed(rebuild: Bool = false, progress: ExportProgress) async throws -> ([DuplicateEntry], Refresh) {
        if !rebuild, var contents = file.load() {
            let (changed, removed, total) = try await catchUp(&contents)
            if contents.entries.count == total {
                if changed + removed > 0 { try file.save(contents) }
                return (Array(contents.entries.values), .updated(changed: changed, removed: removed))
            }
        }
        let contents = try await build(progress: progress)
        try file.save(contents)
        return (Array(contents.entries.values), .built(contents.entries.count))
    }

    /// Reads every lead; the mark is the newest `updatedAt` read. The keys are made on a task of
    /// their own while the next windows are read and decoded: a phone through libphonenumber costs
    /// about a third of reading its lead, and on two cores neither has to wait for the other. Pages
    /// wait in the stream only while the keys fall behind, which the slower decoding rarely lets
    /// happen.
    func build(progress: ExportProgress) async throws -> DuplicateIndexFile.Contents {
        let (pages, feed) = AsyncStream.makeStream(of: (leads: [Lead], total: Int).self)
        let keying = Task {
            var entries: [String: DuplicateEntry] = [:]
            var mark: Int64 = 0
            var keys = DuplicateKeyCache()
            for await page in pages {
                entries.reserveCapacity(page.total)
                for lead in page.leads {
                    entries[lead.id] = DuplicateIndexFile.entry(lead, keys: &keys)
                    mark = max(mark, lead.updatedAt.map(DuplicateIndexFile.milliseconds) ?? 0)
                }
            }
            return DuplicateIndexFile.Contents(entries: entries, mark: mark)
        }
        defer { feed.finish() }
        let query = LeadQuery(limit: pageSize, sort: .createdAt, direction: .descending)
        try await LeadPager(api: api, query: query).run { leads, read, total in
            feed.yield((leads, total))
            progress.show(read, total)
        }
        feed.finish()
        progress.finish()
        return await keying.value
    }

    /// Applies what changed since the mark; returns (leads re-read, leads removed, live total).
    private func catchUp(_ contents: inout DuplicateIndexFile.Contents) async throws -> (Int, Int, Int) {
        let mark = contents.mark
        var newMark = mark
        var changed = 0
        var removed = 0
        var total = 0
        for trash in [false, true] {
            var number = 0
            pages: while true {
                let query = LeadQuery(page: number, limit: 100, sort: .updatedAt, direction: .descending, trash: trash)
                let page = try await api.list(query)
                if number == 0, !trash { total = page.count }
                for lead in page.leads {
                    let updated = lead.updatedAt.map(DuplicateIndexFile.milliseconds) ?? 0
                    // Equal to the mark: possibly seen, possibly not; reading it again is harmless.
                    guard updated >= mark else { break pages }
                    newMark = max(newMark, updated)
                    if trash {
                        if contents.entries.removeValue(forKey: lead.id) != nil { removed += 1 }
                    } else {
                        // Read again at the mark but not changed since: its keys stand (a phone
                        // need not go through libphonenumber again).
                        if let known = contents.entries[lead.id], known.updatedAt.map(DuplicateIndexFile.milliseconds) == updated { continue }
                        let entry = DuplicateIndexFile.entry(lead)
                        if contents.entries.updateValue(entry, forKey: lead.id) != entry { changed += 1 }
                    }
                }
                if page.leads.count < query.limit { break }
                number += 1
            }
        }
        contents.mark = newMark
        return (changed, removed, total)
    }
}
