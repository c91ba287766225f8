import Crypto
import Foundation
import Synchronization

/// Who is calling: `Authorization: Basic base64(email:password)` or `Authorization: JWT <token>`
/// (scheme word case-insensitive, exactly one space; `Bearer` is refused, as on the real server).
/// A token of a user who no longer exists is refused. Successful Basic checks are cached by a
/// digest of the header, so the slow password hash is paid once per credential, not per request.
final class Authenticator: Sendable {
    private let store: LeadStore
    let tokens: JWTToken
    private let basicCache = Mutex<[String: String]>([:])

    init(store: LeadStore, tokens: JWTToken) {
        self.store = store
        self.tokens = tokens
    }

    /// The authenticated user, or nil for missing, malformed or wrong credentials.
    func user(authorization header: String?) async throws -> LeadStore.StoredUser? {
        guard let header, let space = header.firstIndex(of: " ") else { return nil }
        let scheme = header[..<space].lowercased()
        let value = String(header[header.index(after: space)...])
        guard !value.isEmpty, !value.hasPrefix(" ") else { return nil }
        switch scheme {
        case "jwt":
            guard let userID = tokens.verify(value) else { return nil }
            return try await store.user(id: userID)
        case "basic":
            return try await basicUser(value)
        default:
            return nil
        }
    }

    /// Checks an email and password (for signin and Basic).
    func user(email: String, password: String) async throws -> LeadStore.StoredUser? {
        guard let user = try await store.user(email: email) else { return nil }
        return PasswordHash.verify(password, against: user.passwordHash) ? user : nil
    }

    private func basicUser(_ encoded: String) async throws -> LeadStore.StoredUser? {
        let digest = Hex.encode(SHA256.hash(data: Data(encoded.utf8)))
        if let userID = basicCache.withLock({ $0[digest] }) {
            return try await store.user(id: userID)
        }
        guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return nil }
        guard let user = try await user(email: String(text[..<colon]), password: String(text[text.index(after: colon)...])) else {
            return nil
        }
        basicCache.withLock { cache in
            if cache.count > 1000 { cache.removeAll() }
            cache[digest] = user.id
        }
        return user
    }
}
