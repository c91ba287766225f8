import Crypto
import Foundation
import _CryptoExtras

/// Stored password hashes: PBKDF2-HMAC-SHA256 with a random salt, as `pbkdf2-sha256$ROUNDS$SALT$HASH`.
/// Slow on purpose (as the real server's bcrypt is); `Authenticator` caches successful checks so
/// Basic authentication does not pay it on every request.
enum PasswordHash {
    static let rounds = 210_000

    static func make(_ password: String) -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = generator.next() }
        return "pbkdf2-sha256$\(rounds)$\(Hex.encode(salt))$\(Hex.encode(derive(password, salt: salt, rounds: rounds)))"
    }

    static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]), rounds > 0 else { return false }
        let expected = Hex.decode(parts[3])
        let actual = derive(password, salt: Hex.decode(parts[2]), rounds: rounds)
        guard expected.count == actual.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(expected, actual) { difference |= a ^ b }
        return difference == 0
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int) -> [UInt8] {
        let key = try? KDF.Insecure.PBKDF2.deriveKey(
            from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: rounds)
        return key.map { $0.withUnsafeBytes { Array($0) } } ?? []
    }
}
