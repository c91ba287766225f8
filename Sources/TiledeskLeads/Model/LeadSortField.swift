/// The fields a list can be sorted by. The server reads `sort`; its public docs call it `sortField`.
public enum LeadSortField: String, CaseIterable, Sendable, Hashable, Codable {
    case createdAt, updatedAt, fullname, email, phone, company, city, region, zipcode, country, status
    case streetAddress
    case leadID = "lead_id"
    case id = "_id"

    /// Every field's API name, comma-separated, for help and error messages. Built once: the
    /// `list` and `export` help text is evaluated on every parse of their options.
    public static let apiNames = allCases.map { $0.rawValue }.joined(separator: ", ")

    /// A label for people.
    public var label: String {
        switch self {
        case .createdAt: "Created"
        case .updatedAt: "Updated"
        case .leadID: "Lead id"
        case .id: "Id"
        case .streetAddress: "Street"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}

/// Sort direction; the wire form is `1` or `-1`.
public enum SortDirection: Int, Sendable, Hashable, Codable {
    case ascending = 1
    case descending = -1

    public var toggled: SortDirection { self == .ascending ? .descending : .ascending }
}
