import Crypto
import Foundation
import TiledeskLeads

/// HS256 JSON Web Tokens shaped like the real server's (`_id`, `email`, `iat`, `aud`, `iss`,
/// `sub`; no `exp`). Only HS256 is accepted, so a token claiming `alg: none` or signed with
/// another secret is refused.
struct JWTToken: Sendable {
    private let secretBytes: [UInt8]

    init(secret: [UInt8]) {
        secretBytes = secret
    }

    private var secret: SymmetricKey { SymmetricKey(data: secretBytes) }

    /// A signed token for a user, without the `JWT ` scheme word.
    func sign(userID: String, email: String, issuedAt: Date = Date()) -> String {
        let header: JSONValue = ["alg": "HS256", "typ": "JWT"]
        let payload: JSONValue = [
            "_id": .string(userID), "email": .string(email), "iat": .int(Int64(issuedAt.timeIntervalSince1970)),
            "aud": "https://tiledesk.com", "iss": "https://tiledesk.com", "sub": "user",
            "jti": .string(UUID().uuidString.lowercased()),
        ]
        let signingInput = Self.base64URL(Data(header.jsonText.utf8)) + "." + Self.base64URL(Data(payload.jsonText.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data(signingInput.utf8), using: secret)
        return signingInput + "." + Self.base64URL(Data(mac))
    }

    /// The user id a valid token carries, or nil for anything malformed, unsigned or forged.
    func verify(_ token: String) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3,
            let headerData = Self.fromBase64URL(parts[0]), let payloadData = Self.fromBase64URL(parts[1]),
            let signature = Self.fromBase64URL(parts[2]),
            case .object(let header)? = try? JSONValue.parse(headerData), header["alg"] == "HS256",
            HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: Data((parts[0] + "." + parts[1]).utf8), using: secret),
            case .object(let payload)? = try? JSONValue.parse(payloadData),
            case .string(let userID)? = payload["_id"]
        else { return nil }
        return userID
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func fromBase64URL(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
