/// The `Authorization` header value for a run, worked out once: a token is normalised to the
/// `JWT` scheme, and an email with a password is signed in on the first request only (concurrent
/// first requests share one sign-in), so a long export is not a bcrypt check per page.
actor SessionToken {
    private let credentials: Credentials
    private var cached: String?
    private var pending: Task<String, Error>?

    init(_ credentials: Credentials) {
        self.credentials = credentials
        switch credentials {
        case .none, .signIn: cached = nil
        case .token(let token): cached = Credentials.authorization(forToken: token)
        case .basic(let email, let password):
            cached = "Basic " + Base64.encode(Array("\(email):\(password)".utf8))
        }
    }

    /// The header value, signing in with `signIn` when needed; nil for `.none`.
    func authorization(signIn: @escaping @Sendable (String, String) async throws -> String) async throws -> String? {
        if let cached { return cached }
        guard case .signIn(let email, let password) = credentials else { return nil }
        if let pending { return try await pending.value }
        let task = Task { Credentials.authorization(forToken: try await signIn(email, password)) }
        pending = task
        do {
            let value = try await task.value
            cached = value
            pending = nil
            return value
        } catch {
            pending = nil
            throw error
        }
    }
}
