/// Which value a merge keeps where the leads differ (`leads merge --prefer`).
public enum MergePreference: String, CaseIterable, Sendable, Hashable, Codable {
    /// The survivor's value unless it is empty.
    case survivor
    /// The value of the most recently updated lead that has one.
    case newest
    /// The longest value (the most complete address, the full name over initials).
    case longest
}
