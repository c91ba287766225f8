import TiledeskLeads

/// What a lead document says: the parts it gives, each replacing the lead's own. A part left
/// out keeps the lead's value, so `leads update ID --from` can carry just `city: Roma`.
public struct LeadEdit: Sendable, Hashable {
    /// `_id` (or `id`), when the document names its lead (JSON from `leads get --json` does).
    public var id: String?
    /// Text fields given; an empty value clears the field.
    public var fields: [LeadField: String]
    /// The whole tag list, when given.
    public var tags: [String]?
    /// The whole attributes object, when given.
    public var attributes: [String: JSONValue]?

    public init(id: String? = nil, fields: [LeadField: String] = [:], tags: [String]? = nil, attributes: [String: JSONValue]? = nil) {
        self.id = id
        self.fields = fields
        self.tags = tags
        self.attributes = attributes
    }

    /// True when the document gives no part at all.
    public var isEmpty: Bool { fields.isEmpty && tags == nil && attributes == nil }

    /// `lead` with every given part replaced. A field or the attributes stay absent rather than
    /// become `""` or `{}` when the lead had none and the document gives none, so an untouched
    /// document reads back as the very same lead.
    public func applied(to lead: Lead) -> Lead {
        var result = lead
        for (field, value) in fields where !(value.isEmpty && lead[field] == nil) { result[field] = value }
        if let tags { result.tags = tags }
        if let attributes { result.attributes = attributes.isEmpty && lead.attributes == nil ? nil : attributes }
        return result
    }
}
