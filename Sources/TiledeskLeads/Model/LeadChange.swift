/// The minimal set of writes that turns one version of a lead into another. Built by forms and
/// `leads update`, applied by `LeadsAPI.update`: text fields and a whole-attributes replace go in one
/// partial PUT; tags as element-wise adds and removes; attribute and property additions as merges.
/// Sending only this keeps a colleague's concurrent edits to other fields intact.
public struct LeadChange: Sendable, Hashable, Codable {
    /// New values of text fields; `""` clears a field (the server ignores null).
    public var fields: [LeadField: String]
    public var tagsToAdd: [String]
    public var tagsToRemove: [String]
    /// Top-level attribute keys to set (merged with `PATCH /attributes`).
    public var attributesMerge: [String: JSONValue]
    /// The whole new attributes object, used only when a key was removed (PUT replaces it).
    public var attributesReplace: [String: JSONValue]?
    /// Top-level property keys to set (merged).
    public var propertiesMerge: [String: JSONValue]
    /// A new status (restore from trash is `status: 100`).
    public var status: Int?

    public init(
        fields: [LeadField: String] = [:], tagsToAdd: [String] = [], tagsToRemove: [String] = [],
        attributesMerge: [String: JSONValue] = [:], attributesReplace: [String: JSONValue]? = nil,
        propertiesMerge: [String: JSONValue] = [:], status: Int? = nil
    ) {
        self.fields = fields
        self.tagsToAdd = tagsToAdd
        self.tagsToRemove = tagsToRemove
        self.attributesMerge = attributesMerge
        self.attributesReplace = attributesReplace
        self.propertiesMerge = propertiesMerge
        self.status = status
    }

    /// True when nothing would be sent.
    public var isEmpty: Bool {
        fields.isEmpty && tagsToAdd.isEmpty && tagsToRemove.isEmpty && attributesMerge.isEmpty
            && attributesReplace == nil && propertiesMerge.isEmpty && status == nil
    }

    /// The minimal change from `old` to `new`: changed text fields, tag adds/removes, attribute
    /// keys added or changed as a merge, and a whole replace only when a key disappeared.
    public static func between(_ old: Lead, _ new: Lead) -> LeadChange {
        var change = LeadChange()
        for field in LeadField.allCases where (old[field] ?? "") != (new[field] ?? "") {
            change.fields[field] = new[field] ?? ""
        }
        let oldTags = Set(old.tags)
        let newTags = Set(new.tags)
        change.tagsToAdd = uniqued(new.tags.filter { !oldTags.contains($0) })
        change.tagsToRemove = uniqued(old.tags.filter { !newTags.contains($0) })
        let oldAttributes = old.attributes ?? [:]
        let newAttributes = new.attributes ?? [:]
        if oldAttributes.keys.contains(where: { newAttributes[$0] == nil }) {
            change.attributesReplace = newAttributes
        } else {
            for (key, value) in newAttributes where oldAttributes[key] != value {
                change.attributesMerge[key] = value
            }
        }
        let oldProperties = old.properties ?? [:]
        for (key, value) in new.properties ?? [:] where oldProperties[key] != value {
            change.propertiesMerge[key] = value
        }
        if old.status != new.status, let status = new.status { change.status = status }
        return change
    }

    /// Applies the change to a lead locally, as the server would.
    public func applied(to lead: Lead) -> Lead {
        var result = lead
        for (field, value) in fields { result[field] = value }
        for tag in tagsToAdd where !result.tags.contains(tag) { result.tags.append(tag) }
        result.tags.removeAll { tagsToRemove.contains($0) }
        if let attributesReplace { result.attributes = attributesReplace }
        if !attributesMerge.isEmpty { result.attributes = (result.attributes ?? [:]).merging(attributesMerge) { $1 } }
        if !propertiesMerge.isEmpty { result.properties = (result.properties ?? [:]).merging(propertiesMerge) { $1 } }
        if let status { result.status = status }
        return result
    }

    private static func uniqued(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
