/// How the client proves who it is. The real server takes `Basic` or `JWT` (never `Bearer`);
/// `signIn` trades an email and password for a JWT once, so a bulk export does not pay the
/// server's bcrypt check on every page as `basic` would. `description` never shows a secret, so a
/// configuration can be logged or printed safely.
public enum Credentials: Sendable, Hashable, CustomStringConvertible {
    /// No `Authorization` header (the server answers 401).
    case none
    /// A JWT as `/auth/signin` returns it, with or without the `JWT ` scheme word.
    case token(String)
    /// Sign in once with these, then send the token.
    case signIn(email: String, password: String)
    /// `Basic` on every request.
    case basic(email: String, password: String)

    public var description: String {
        switch self {
        case .none: "no credentials"
        case .token: "a token"
        case .signIn(let email, _): "sign-in as \(email)"
        case .basic(let email, _): "basic auth as \(email)"
        }
    }

    /// The `Authorization` value for a token: `JWT <token>` with exactly one space, whether or not
    /// the token already carried the scheme word (in any case) — the form the server accepts.
    public static func authorization(forToken token: String) -> String {
        var text = Substring(token.trimmingWhitespace())
        for scheme in ["jwt ", "bearer "] where text.lowercased().hasPrefix(scheme) {
            text = text.dropFirst(scheme.count)
            break
        }
        return "JWT " + String(text).trimmingWhitespace()
    }
}
