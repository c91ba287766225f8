import TiledeskLeads

/// What a column of the lead table shows. An enum with a `switch`, not a closure per column:
/// every frame asks every visible lead for every column, and calling a stored closure made a copy
/// of the whole lead each time (B3 in `Benchmarks/`).
public enum LeadTableField: Sendable, Hashable {
    case name, email, company, phone, city, tags, updated

    /// The cell text for `lead`, neither sanitized nor fitted yet.
    public func text(of lead: Lead) -> String {
        switch self {
        case .name: lead.fullname ?? ""
        case .email: lead.email ?? ""
        case .company: lead.company ?? ""
        case .phone: lead.phone ?? ""
        case .city: lead.city ?? ""
        case .tags: lead.tags.joined(separator: ",")
        case .updated: lead.updatedAt.map { String(ISOTime.format($0).prefix(10)) } ?? ""
        }
    }
}
