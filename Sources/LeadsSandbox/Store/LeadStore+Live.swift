import GRDB
import TiledeskLeads

/// What the live activity needs from the store: a lead picked by position among those with a
/// status, so the same seed on the same data picks the same leads.
extension LeadStore {
    /// The `_id` of the lead at `pick` (taken modulo their number) among the project's leads with
    /// `status`, in `_id` order; nil when there is none.
    func leadID(project: Int64, status: Int, pick: UInt64) async throws -> String? {
        try await pool.read { db in
            let count = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM leads WHERE project = ? AND status = ?", arguments: [project, status]) ?? 0
            guard count > 0 else { return nil }
            return try String.fetchOne(
                db, sql: "SELECT id FROM leads WHERE project = ? AND status = ? ORDER BY id LIMIT 1 OFFSET ?",
                arguments: [project, status, Int(pick % UInt64(count))])
        }
    }
}
