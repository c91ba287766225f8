import TiledeskLeads

/// What the generic list needs from a row: an identity to keep the selection on across refresh,
/// and the text that typing in the search box narrows by.
public protocol ListItem: Identifiable, Sendable, Hashable where ID == String {
    /// Text matched by substring, case-insensitively, while the user is still typing a search.
    var searchableText: String { get }
}

extension Lead: ListItem {
    /// Name, email, company and phone: what a person types to find a contact.
    public var searchableText: String {
        [fullname, email, company, phone].compactMap { $0 }.joined(separator: " ")
    }
}
