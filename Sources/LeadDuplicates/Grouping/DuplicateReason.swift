/// Why two leads are taken for one person, and how sure that makes it.
public enum DuplicateReason: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case email
    case phone
    case nameAndCompany = "name+company"
    case nameAndCity = "name+city"

    /// How likely two leads sharing only this are one person: an address is personal, a phone
    /// is sometimes a switchboard, and a name is shared by strangers even in one company or city.
    public var confidence: Double {
        switch self {
        case .email: 0.9
        case .phone: 0.8
        case .nameAndCompany: 0.7
        case .nameAndCity: 0.5
        }
    }

    /// The `--by` criterion the reason belongs to.
    public var criterion: DuplicateCriterion {
        switch self {
        case .email: .email
        case .phone: .phone
        case .nameAndCompany, .nameAndCity: .name
        }
    }

    public static func < (lhs: DuplicateReason, rhs: DuplicateReason) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
