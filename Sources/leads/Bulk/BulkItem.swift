import TiledeskLeads

/// One lead a bulk command will act on: its id and, when the selection came from a listing just
/// read, the change that listing says it needs (so it is not read again before a tag write).
struct BulkItem: Sendable {
    let id: String
    let planned: LeadChange?
}

/// How one lead ended.
enum BulkOutcome: Sendable, Equatable {
    case changed
    /// Nothing to do: it already was as asked.
    case unchanged
    /// Not touched, and why (gone, or trashed meanwhile).
    case skipped(String)
    case failed(String)
}
