import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// `LeadsAPI` over HTTP, against the real Tiledesk server or `leads serve`.
///
/// Owns its `HTTPClient` (for the connect timeout, which is per client in AsyncHTTPClient): call
/// `shutdown()` when done, or use `HTTPLeadsClient.with(_:_:)`. Every request has a deadline,
/// idempotent ones are retried on transient failures, and a create is made safe to retry by a
/// client-generated `lead_id` (see `create`).
public final class HTTPLeadsClient: LeadsAPI {
    public let configuration: ClientConfiguration
    public let server: ServerURL
    let transport: HTTPTransport
    private let session: SessionToken
    private let httpClient: HTTPClient

    /// Checks the configuration (URL, https rule) and sets up the connection pool. Nothing is sent yet.
    public init(_ configuration: ClientConfiguration, logger: Logger? = nil) throws {
        let server = try ServerURL(configuration.baseURL, allowInsecureHTTP: configuration.allowInsecureHTTP)
        var http = HTTPClient.Configuration()
        http.timeout = .init(connect: TimeAmount(configuration.connectTimeout), read: TimeAmount(configuration.requestTimeout))
        // A redirect could carry the Authorization header to another host; a Tiledesk API never needs one.
        http.redirectConfiguration = .disallow
        http.decompression = .enabled(limit: .ratio(200))
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: http)
        let logger = logger ?? Logger(label: "leads.client", factory: { _ in SwiftLogNoOpLogHandler() })
        self.configuration = configuration
        self.server = server
        self.httpClient = httpClient
        self.session = SessionToken(configuration.credentials)
        self.transport = HTTPTransport(client: httpClient, base: server, configuration: configuration, logger: logger)
    }

    /// Runs `body` with a client and always shuts it down afterwards.
    public static func with<T: Sendable>(
        _ configuration: ClientConfiguration, logger: Logger? = nil, _ body: (HTTPLeadsClient) async throws -> T
    ) async throws -> T {
        let client = try HTTPLeadsClient(configuration, logger: logger)
        do {
            let result = try await body(client)
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// Closes the connections. The client must not be used afterwards.
    public func shutdown() async throws {
        try await httpClient.shutdown()
    }

    // MARK: - Reads

    public func list(_ query: LeadQuery) async throws -> LeadPage {
        let endpoint = Endpoint(.GET, try leads(), query: query.queryItems)
        let json = try await call(endpoint).json(for: endpoint)
        guard case .object(let members) = json, case .array(let items)? = members["leads"] else {
            throw APIError(.undecodable, status: 200, message: "\(endpoint.summary) answered without a leads array")
        }
        var leads: [Lead] = []
        leads.reserveCapacity(items.count)
        for item in items { leads.append(try decodeLead(item, endpoint)) }
        let perPage = Self.integer(members["perPage"]) ?? query.limit
        let count = Self.integer(members["count"]) ?? leads.count
        return LeadPage(perPage: perPage, count: count, leads: leads)
    }

    public func get(id: String) async throws -> Lead {
        try await lead(Endpoint(.GET, try leads(id)))
    }

    public func exportCSV(_ query: LeadQuery) async throws -> Data {
        var items: [(name: String, value: String)] = [
            ("page", String(query.page)), ("sort", query.sort.rawValue), ("direction", String(query.direction.rawValue)),
        ]
        if let email = query.email, !email.isEmpty { items.append(("email", email)) }
        if let text = query.fullText, !text.isEmpty { items.append(("full_text", text)) }
        let reply = try await call(Endpoint(.GET, try leads("csv"), query: items))
        return Data(reply.body.readableBytesView)
    }

    // MARK: - Sign-in

    /// `POST /auth/signin`: trades an email and password for a token (returned with its `JWT `
    /// prefix). Uses no configured credentials and needs no project. Retried on connection
    /// failures although it is a POST, because signing in twice creates nothing.
    public func signIn(email: String, password: String) async throws -> SignInResult {
        let endpoint = Endpoint(
            .POST, ["auth", "signin"], body: ["email": .string(email), "password": .string(password)], idempotent: true,
            authenticated: false)
        let reply = try await transport.send(endpoint, authorization: nil)
        guard reply.isSuccess else { throw failure(reply, endpoint) }
        let json = try reply.json(for: endpoint)
        guard let token = json.objectValue?["token"]?.stringValue, !token.isEmpty else {
            throw APIError(.undecodable, status: reply.status, message: "the sign-in answer carries no token")
        }
        return SignInResult(token: token, user: json.objectValue?["user"])
    }

    // MARK: - Plumbing

    /// `[project, "leads", rest…]`; a missing project is a configuration error, found before sending.
    func leads(_ rest: String...) throws -> [String] {
        guard !configuration.projectID.isEmpty else {
            throw ConfigurationError("no project: give --project or set TILEDESK_PROJECT (a project id from the Tiledesk dashboard)")
        }
        return [configuration.projectID, "leads"] + rest
    }

    /// Sends with credentials and turns a non-2xx reply into an `APIError`.
    func call(_ endpoint: Endpoint) async throws -> HTTPReply {
        let authorization = try await session.authorization { [self] email, password in
            try await signIn(email: email, password: password).token
        }
        let reply = try await transport.send(endpoint, authorization: authorization)
        guard reply.isSuccess else { throw failure(reply, endpoint) }
        return reply
    }

    /// Sends and decodes the lead in the answer.
    func lead(_ endpoint: Endpoint) async throws -> Lead {
        let reply = try await call(endpoint)
        return try decodeLead(try reply.json(for: endpoint), endpoint)
    }

    private func decodeLead(_ value: JSONValue, _ endpoint: Endpoint) throws -> Lead {
        do {
            return try Lead(jsonObject: value)
        } catch {
            throw APIError(.undecodable, status: 200, message: "\(endpoint.summary) answered with a lead that cannot be read: \(error)")
        }
    }

    /// The error for a reply: the kind from the status, the message from whichever key the
    /// server used, or a sentence about the status when it said nothing useful.
    func failure(_ reply: HTTPReply, _ endpoint: Endpoint) -> APIError {
        let kind = APIError.kind(forStatus: reply.status)
        let message = ServerMessage.extract(from: reply.text) ?? Self.defaultMessage(kind, reply.status)
        return APIError(kind, status: reply.status, message: message)
    }

    private static func defaultMessage(_ kind: APIError.Kind, _ status: Int) -> String {
        switch kind {
        case .authentication: "authentication failed"
        case .forbidden: "not allowed"
        case .notFound: "not found"
        case .conflict: "conflict"
        case .invalid: "the server rejected the request"
        case .timeout: "the server timed out"
        default: status == 429 ? "too many requests" : "the server failed"
        }
    }

    private static func integer(_ value: JSONValue?) -> Int? {
        switch value {
        case .int(let n)?: Int(n)
        case .double(let d)?: d.isFinite ? Int(d) : nil
        case .string(let s)?: Int(s)
        default: nil
        }
    }
}
