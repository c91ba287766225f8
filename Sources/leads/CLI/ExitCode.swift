import TiledeskLeads

/// The documented exit codes: scripts branch on these, so each error kind maps to exactly one.
enum LeadsExitCode: Int32, Sendable {
    case ok = 0
    case failure = 1
    case usage = 2
    case notFound = 3
    case authentication = 4
    case conflict = 5

    /// The code for an API error kind.
    init(_ kind: APIError.Kind) {
        switch kind {
        case .authentication, .forbidden: self = .authentication
        case .notFound: self = .notFound
        case .conflict: self = .conflict
        case .invalid, .server, .timeout, .offline, .undecodable: self = .failure
        }
    }
}
