/// The editable text fields of a lead, by their API names. Order is the order forms and
/// tables show them in.
public enum LeadField: String, CaseIterable, Sendable, Hashable, Codable {
    case fullname, email, phone, company, note
    case streetAddress, city, region, zipcode, country

    /// Every field's API name, comma-separated, for help and error messages.
    public static let apiNames = allCases.map { $0.rawValue }.joined(separator: ", ")

    /// A label for people.
    public var label: String {
        switch self {
        case .fullname: "Name"
        case .email: "Email"
        case .phone: "Phone"
        case .company: "Company"
        case .note: "Note"
        case .streetAddress: "Street"
        case .city: "City"
        case .region: "Region"
        case .zipcode: "Zip"
        case .country: "Country"
        }
    }

    /// Fields `POST /leads` stores; the server ignores every other field on create.
    public var acceptedByCreate: Bool { self == .fullname || self == .email }
}
