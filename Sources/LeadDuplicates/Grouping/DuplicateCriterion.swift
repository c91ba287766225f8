/// What `leads duplicates --by` can compare: an email and a phone each identify a person, a name
/// only together with a company or a city (`DuplicateReason.nameAndCompany`, `.nameAndCity`).
public enum DuplicateCriterion: String, CaseIterable, Sendable, Hashable, Codable {
    case email, phone, name
}
