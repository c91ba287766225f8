import LeadDuplicates

/// The project's duplicate index, as the browser's effects need it. The index file and its
/// incremental refresh live with the command line (`leads/Duplicates`), which hands the browser
/// the same code `leads duplicates` runs; tests hand the runner an index of their own.
public protocol DuplicateIndexSource: Sendable {
    /// The groups among every live lead, the index first brought up to date (only leads updated
    /// since). The source groups, so that it can write a changed index while it does.
    func refreshedGroups() async throws -> [DuplicateGroup]
    /// The stored entries by key, without the network; nil when the project has no index yet.
    /// A lookup rather than the entries: the form asks on every field it leaves, and building the
    /// lookup of a large index costs as much as reading it, so a source keeps one while its index
    /// is unchanged.
    func storedLookup() async -> DuplicateLookup?
}
