import Foundation

/// A Tiledesk lead exactly as the server emits it. Every field but `_id` may be missing or null;
/// fields this client does not know are kept in `extra` and written back unchanged, so a
/// read-modify-write never drops what a newer server (or another tool) stored.
public struct Lead: Sendable, Hashable, Identifiable {
    /// The server's id (`_id` on the wire, `id` accepted too).
    public var id: String
    /// Mongo's document version (`__v`).
    public var version: Int?
    /// The external id; this client sets one on create so a retried create can be recognised.
    public var leadID: String?
    public var fullname: String?
    public var email: String?
    public var phone: String?
    public var company: String?
    public var note: String?
    public var streetAddress: String?
    public var city: String?
    public var region: String?
    public var zipcode: String?
    public var country: String?
    public var tags: [String]
    /// Free-form custom attributes (a JSON object, any nesting).
    public var attributes: [String: JSONValue]?
    /// Dashboard custom fields (a JSON object).
    public var properties: [String: JSONValue]?
    public var projectID: String?
    public var createdBy: String?
    public var status: Int?
    public var createdAt: Date?
    public var updatedAt: Date?
    /// Fields the client does not know, kept for the round trip.
    public var extra: [String: JSONValue]

    public init(
        id: String = "", version: Int? = nil, leadID: String? = nil, fullname: String? = nil,
        email: String? = nil, phone: String? = nil, company: String? = nil, note: String? = nil,
        streetAddress: String? = nil, city: String? = nil, region: String? = nil, zipcode: String? = nil,
        country: String? = nil, tags: [String] = [], attributes: [String: JSONValue]? = nil,
        properties: [String: JSONValue]? = nil, projectID: String? = nil, createdBy: String? = nil,
        status: Int? = nil, createdAt: Date? = nil, updatedAt: Date? = nil, extra: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.version = version
        self.leadID = leadID
        self.fullname = fullname
        self.email = email
        self.phone = phone
        self.company = company
        self.note = note
        self.streetAddress = streetAddress
        self.city = city
        self.region = region
        self.zipcode = zipcode
        self.country = country
        self.tags = tags
        self.attributes = attributes
        self.properties = properties
        self.projectID = projectID
        self.createdBy = createdBy
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.extra = extra
    }

    /// Reads or writes one of the editable text fields by name.
    public subscript(field: LeadField) -> String? {
        get {
            switch field {
            case .fullname: fullname
            case .email: email
            case .phone: phone
            case .company: company
            case .note: note
            case .streetAddress: streetAddress
            case .city: city
            case .region: region
            case .zipcode: zipcode
            case .country: country
            }
        }
        set {
            switch field {
            case .fullname: fullname = newValue
            case .email: email = newValue
            case .phone: phone = newValue
            case .company: company = newValue
            case .note: note = newValue
            case .streetAddress: streetAddress = newValue
            case .city: city = newValue
            case .region: region = newValue
            case .zipcode: zipcode = newValue
            case .country: country = newValue
            }
        }
    }

    /// True when the lead is in the trash.
    public var isTrashed: Bool { status == LeadStatus.trashed }
}
