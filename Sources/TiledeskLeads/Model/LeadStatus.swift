/// The `status` values the server uses.
public enum LeadStatus {
    /// Created by the widget before the visitor is known.
    public static let temporary = 50
    /// A normal, visible lead.
    public static let normal = 100
    /// Soft-deleted: in the trash, restorable with `PUT {"status":100}`.
    public static let trashed = 1000
}
