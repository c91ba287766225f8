import HTTPTypes

/// A request the sandbox answers with an error. The status is what a client branches on; the
/// message is for people. `plainText` reproduces the real server's bare `Unauthorized` body.
struct SandboxFailure: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    var plainText = false
    /// The key this failure is always sent under, whatever the route's key (the real server's
    /// project check and body parser answer before any route runs).
    var key: ErrorKey?

    static let unauthorized = SandboxFailure(status: .unauthorized, message: "Unauthorized", plainText: true)
    static let leadNotFound = SandboxFailure(status: .notFound, message: "Object not found.")

    static func badRequest(_ message: String) -> SandboxFailure { SandboxFailure(status: .badRequest, message: message) }
    static func forbidden(_ message: String) -> SandboxFailure { SandboxFailure(status: .forbidden, message: message) }
    /// The real server's project check (`projectSetter` in app.js), before authentication.
    static func project(_ message: String) -> SandboxFailure { SandboxFailure(status: .badRequest, message: message, key: .bareError) }
}

/// The JSON key an error message is sent under. The real server is inconsistent across routes;
/// under `--quirks` the sandbox is too, so clients are tested against every form.
enum ErrorKey: String, Sendable, CaseIterable {
    case msg, message, error, err, errors
    /// `{"error": "…"}` with no `success` member: the real server's project check.
    case bareError
}
