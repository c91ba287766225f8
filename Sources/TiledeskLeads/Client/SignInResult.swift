/// What `POST /auth/signin` returns: the token (already carrying `JWT `, sent back unchanged) and
/// the user object as the server gave it.
public struct SignInResult: Sendable, Hashable {
    public var token: String
    public var user: JSONValue?

    public init(token: String, user: JSONValue?) {
        self.token = token
        self.user = user
    }

    /// The user's email, when the server said it.
    public var email: String? { user?.objectValue?["email"]?.stringValue }
}
