import LeadDuplicates

extension DuplicateIndexFile {
    /// What the file holds: the entries, in the file's order (by id, each id once), and the newest
    /// `updatedAt` among them. A sorted array rather than a dictionary: a second look reads all
    /// 100,000 entries and changes a handful, and hashing every id to build a dictionary it then
    /// barely used was a tenth of that look. A lead is found by bisection; changes are merged in
    /// one pass.
    struct Contents {
        private(set) var entries: [DuplicateEntry]
        /// Leads updated at or after this were not necessarily seen (milliseconds since 1970).
        var mark: Int64

        /// `entries` in any order; of two with one id, the later one stays.
        init(entries: some Sequence<DuplicateEntry>, mark: Int64) {
            let entries = Array(entries)
            let ids = entries.map(\.id)
            let order = ids.indices.sorted { ids[$0] != ids[$1] ? ids[$0] < ids[$1] : $0 < $1 }
            let kept = order.indices.filter { $0 == order.count - 1 || ids[order[$0]] != ids[order[$0 + 1]] }
            self.init(sorted: kept.map { entries[order[$0]] }, mark: mark)
        }

        /// Entries already in order by id, each once, as the file keeps them.
        init(sorted entries: [DuplicateEntry], mark: Int64) {
            self.entries = entries
            self.mark = mark
        }

        /// The entry of the lead `id`, if the index has it.
        func entry(id: String) -> DuplicateEntry? {
            var (low, high) = (0, entries.count)
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].id < id { low = middle + 1 } else { high = middle }
            }
            return low < entries.count && entries[low].id == id ? entries[low] : nil
        }

        /// Each change applied: an entry put in place of the one with its id (or added), nil
        /// taking the lead out.
        mutating func apply(_ changes: [String: DuplicateEntry?]) {
            guard !changes.isEmpty else { return }
            let changed = changes.keys.sorted()
            var merged: [DuplicateEntry] = []
            merged.reserveCapacity(entries.count + changed.count)
            var next = 0
            for id in changed {
                while next < entries.count, entries[next].id < id {
                    merged.append(entries[next])
                    next += 1
                }
                if next < entries.count, entries[next].id == id { next += 1 }
                if let entry = changes[id]! { merged.append(entry) }
            }
            merged.append(contentsOf: entries[next...])
            entries = merged
        }
    }
}
