/// Everything `HTTPLeadsClient` needs to reach one project: where, as whom, how patiently.
public struct ClientConfiguration: Sendable {
    /// The server, e.g. `https://api.tiledesk.com/v3` or `http://127.0.0.1:3000`.
    public var baseURL: String
    /// The project id (24 hex digits on real servers).
    public var projectID: String
    public var credentials: Credentials
    /// Allows plain `http://` to a non-loopback host (refused otherwise).
    public var allowInsecureHTTP: Bool
    /// Longest wait for a TCP (and TLS) connection.
    public var connectTimeout: Duration
    /// Longest wait for one whole request, answer included. The real server never answers some
    /// malformed requests, so there is always a limit.
    public var requestTimeout: Duration
    public var retry: RetryPolicy
    /// Largest response body accepted (a page with `limit=0` can be big).
    public var maxResponseBytes: Int
    public var userAgent: String

    public init(
        baseURL: String = ServerURL.hosted, projectID: String, credentials: Credentials, allowInsecureHTTP: Bool = false,
        connectTimeout: Duration = .seconds(10), requestTimeout: Duration = .seconds(30), retry: RetryPolicy = .default,
        maxResponseBytes: Int = 1 << 30, userAgent: String = "leads/1.0"
    ) {
        self.baseURL = baseURL
        self.projectID = projectID
        self.credentials = credentials
        self.allowInsecureHTTP = allowInsecureHTTP
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.retry = retry
        self.maxResponseBytes = maxResponseBytes
        self.userAgent = userAgent
    }
}
