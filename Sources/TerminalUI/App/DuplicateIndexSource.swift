import LeadDuplicates

/// The project's duplicate index, as the browser's effects need it. The index file and its
/// incremental refresh live with the command line (`leads/Duplicates`), which hands the browser
/// the same code `leads duplicates` runs; tests hand the runner an index of their own.
public protocol DuplicateIndexSource: Sendable {
    /// Every live lead's entry, the index first brought up to date (only leads updated since).
    func refreshedEntries() async throws -> [DuplicateEntry]
    /// The entries as stored, without the network; nil when the project has no index yet.
    func storedEntries() -> [DuplicateEntry]?
}
