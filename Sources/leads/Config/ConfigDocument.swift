/// The whole file: `[profiles.NAME]` tables.
struct ConfigDocument: Codable, Sendable, Hashable {
    var profiles: [String: Profile] = [:]
}
