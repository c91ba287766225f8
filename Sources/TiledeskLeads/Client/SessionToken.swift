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

/// Standard base64 for the Basic scheme, without Foundation's `Data` round trip.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 2 < bytes.count {
            let n = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]]
            index += 3
        }
        let rest = bytes.count - index
        if rest == 1 {
            let n = UInt32(bytes[index]) << 16
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], UInt8(ascii: "="), UInt8(ascii: "=")]
        } else if rest == 2 {
            let n = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
