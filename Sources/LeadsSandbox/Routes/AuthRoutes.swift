import Foundation
import Hummingbird
import TiledeskLeads

/// `POST /auth/signin`: email and password in, `{"success":true,"token":"JWT …","user":{…}}` out.
/// The token already carries the `JWT ` scheme word, as the real server's does.
struct AuthRoutes: Sendable {
    let authenticator: Authenticator
    let maxBodyBytes: Int

    func register(on router: Router<BasicRequestContext>) {
        router.post("auth/signin") { request, context in
            var request = request
            guard let buffer = try? await request.collectBody(upTo: maxBodyBytes),
                case .object(let body)? = try? JSONValue.parse(Data(buffer.readableBytesView))
            else {
                return SandboxResponses.failure(.badRequest("the body must be a JSON object with email and password"))
            }
            guard case .string(let email)? = body["email"], Self.looksLikeEmail(email) else {
                return SandboxResponses.json(
                    ["errors": [["location": "body", "param": "email", "msg": "Invalid value"]]], status: .unprocessableContent)
            }
            guard case .string(let password)? = body["password"], !password.isEmpty else {
                return SandboxResponses.json(
                    ["errors": [["location": "body", "param": "password", "msg": "Invalid value"]]], status: .unprocessableContent)
            }
            guard let user = try await authenticator.user(email: email, password: password) else {
                return SandboxResponses.failure(
                    SandboxFailure(status: .unauthorized, message: "Authentication failed. Wrong email or password."))
            }
            let token = authenticator.tokens.sign(userID: user.id, email: user.email)
            let userJSON: JSONValue = [
                "_id": .string(user.id), "email": .string(user.email), "emailverified": true,
                "firstname": .string(String(user.email.prefix { $0 != "@" })), "lastname": "", "role": .string(user.role.rawValue),
            ]
            return SandboxResponses.json(["success": true, "token": .string("JWT " + token), "user": userJSON])
        }
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }
}
