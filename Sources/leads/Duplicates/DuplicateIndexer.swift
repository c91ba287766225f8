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

    /// `use` of every live lead's entry, refreshed, and how. The file is read and decoded while
    /// the server is asked what changed since its mark (read from its first line alone), and a
    /// changed index is written while `use` runs (grouping, for `leads duplicates` and the
    /// browser's Duplicates screen): neither waits for the other.
    func refreshed<Result: Sendable>(
        rebuild: Bool = false, progress: ExportProgress, using use: @Sendable ([DuplicateEntry], Refresh) async throws -> Result
    ) async throws -> Result {
        let (contents, refresh) = try await current(rebuild: rebuild, progress: progress)
        let changed = if case .updated(0, 0) = refresh { false } else { true }
        async let saved: Void = changed ? file.save(contents) : ()
        let result = try await use(contents.entries, refresh)
        try await saved
        return result
    }

    /// The index brought up to date, not yet saved, and how.
    private func current(rebuild: Bool, progress: ExportProgress) async throws -> (DuplicateIndexFile.Contents, Refresh) {
        if !rebuild, let mark = file.mark() {
            async let loading = file.load()
            var news = try await changes(since: mark)
            if var contents = await loading {
                // Written by another look (the browser's) in between: what changed since its mark.
                if contents.mark != mark { news = try await changes(since: contents.mark) }
                let (changed, removed) = news.apply(to: &contents)
                if contents.entries.count == news.total { return (contents, .updated(changed: changed, removed: removed)) }
            }
        }
        let contents = try await build(progress: progress)
        return (contents, .built(contents.entries.count))
    }

    /// Reads every lead; the mark is the newest `updatedAt` read. The keys are made on a task of
    /// their own while the next windows are read and decoded: a phone through libphonenumber costs
    /// about a third of reading its lead, and on two cores neither has to wait for the other. Pages
    /// wait in the stream only while the keys fall behind, which the slower decoding rarely lets
    /// happen.
    func build(progress: ExportProgress) async throws -> DuplicateIndexFile.Contents {
        let (pages, feed) = AsyncStream.makeStream(of: (leads: [Lead], total: Int).self)
        let keying = Task {
            var entries: [DuplicateEntry] = []
            var mark: Int64 = 0
            var keys = DuplicateKeyCache()
            for await page in pages {
                entries.reserveCapacity(page.total)
                for lead in page.leads {
                    entries.append(DuplicateIndexFile.entry(lead, keys: &keys))
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

    /// The leads updated since `mark`, live and trashed, newest first, with the live total.
    private func changes(since mark: Int64) async throws -> Changes {
        var changes = Changes(mark: mark)
        for trash in [false, true] {
            var number = 0
            pages: while true {
                let query = LeadQuery(page: number, limit: 100, sort: .updatedAt, direction: .descending, trash: trash)
                let page = try await api.list(query)
                if number == 0, !trash { changes.total = page.count }
                for lead in page.leads {
                    // Equal to the mark: possibly seen, possibly not; reading it again is harmless.
                    guard (lead.updatedAt.map(DuplicateIndexFile.milliseconds) ?? 0) >= mark else { break pages }
                    if trash { changes.trashed.append(lead) } else { changes.live.append(lead) }
                }
                if page.leads.count < query.limit { break }
                number += 1
            }
        }
        return changes
    }

    /// What the server says changed since an index's mark.
    struct Changes {
        let mark: Int64
        var live: [Lead] = []
        var trashed: [Lead] = []
        var total = 0

        /// Applies the changes to `contents`; returns (leads re-read, leads removed).
        func apply(to contents: inout DuplicateIndexFile.Contents) -> (Int, Int) {
            var newMark = mark
            var changed = 0
            var removed = 0
            // Applied at the end in one pass; until then a lead is looked for here first.
            var changes: [String: DuplicateEntry?] = [:]
            func current(_ id: String) -> DuplicateEntry? { changes[id] ?? contents.entry(id: id) }
            for lead in live {
                let updated = lead.updatedAt.map(DuplicateIndexFile.milliseconds) ?? 0
                newMark = max(newMark, updated)
                // Read again at the mark but not changed since: its keys stand (a phone need not go
                // through libphonenumber again).
                let known = current(lead.id)
                if let known, known.updatedAt.map(DuplicateIndexFile.milliseconds) == updated { continue }
                let entry = DuplicateIndexFile.entry(lead)
                if known != entry {
                    changes[lead.id] = entry
                    changed += 1
                }
            }
            for lead in trashed {
                newMark = max(newMark, lead.updatedAt.map(DuplicateIndexFile.milliseconds) ?? 0)
                if current(lead.id) != nil {
                    changes[lead.id] = .some(nil)
                    removed += 1
                }
            }
            contents.apply(changes)
            contents.mark = newMark
            return (changed, removed)
        }
    }
}
