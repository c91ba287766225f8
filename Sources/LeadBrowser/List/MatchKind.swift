/// Which rows the list shows, said on screen because the server's full-text search matches whole
/// words only and the loaded-row narrowing matches substrings: the user must know which is which.
public enum MatchKind: Sendable, Hashable {
    case all
    /// Loaded rows containing the text, while the user types (server search not sent yet).
    case narrowingLoaded(String)
    /// The server's whole-word search over name and email.
    case wholeWords(String)
    /// The server's exact email match.
    case exactEmail(String)

    /// The line shown above the table.
    public var description: String {
        switch self {
        case .all: ""
        case .narrowingLoaded(let t): "loaded rows containing “\(t)” (searching the server…)"
        case .wholeWords(let t): "server search, whole words: “\(t)”"
        case .exactEmail(let t): "exact email: \(t)"
        }
    }
}
