/// One saved connection in `config.toml`: where, which project, and the token `leads login` got.
/// The password itself is never saved.
struct Profile: Codable, Sendable, Hashable {
    var url: String?
    var project: String?
    var email: String?
    /// As the server returned it (`JWT …`).
    var token: String?
    /// Plain http to a non-loopback host was explicitly allowed at login.
    var allowHTTP: Bool?

    enum CodingKeys: String, CodingKey {
        case url, project, email, token
        case allowHTTP = "allow_http"
    }
}
