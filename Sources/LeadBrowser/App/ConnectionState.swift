/// Whether the server answers, shown in the status line so a dead network is not mistaken for
/// an empty list.
public enum ConnectionState: Sendable, Hashable {
    case unknown
    case online
    case offline(String)
}
