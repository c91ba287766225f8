import AsyncHTTPClient
import Foundation
import LeadsSandbox
import NIOCore
import NIOHTTP1
import TiledeskLeads

typealias HTTPMethod = NIOHTTP1.HTTPMethod

/// A sandbox on 127.0.0.1 over a fresh temporary database, and a small raw HTTP client for it,
/// so contract tests see exactly the bytes and statuses a real client would.
struct SandboxHarness {
    static let projectA = "64c0ffee0000000000000001"
    static let projectB = "64c0ffee0000000000000002"
    static let owner = SandboxUser(email: "owner@example.com", password: "owner-pass", role: .owner)
    static let agent = SandboxUser(email: "agent@example.com", password: "agent-pass", role: .agent)

    let server: SandboxServer
    let directory: String

    var databasePath: String { directory + "/sandbox.sqlite" }

    /// A response as received.
    struct Reply {
        var status: Int
        var contentType: String
        var text: String
        var json: JSONValue? { try? JSONValue.parse(text) }
        var lead: Lead? { try? JSONDecoder().decode(Lead.self, from: Data(text.utf8)) }
        var page: LeadPage? { try? JSONDecoder().decode(LeadPage.self, from: Data(text.utf8)) }
    }

    static func start(
        users: [SandboxUser] = [owner, agent], projects: [String] = [projectA, projectB], seed: Int = 0,
        quirks: Bool = false, faults: FaultSpec? = nil, requestLogPath: String? = nil, directory: String? = nil, live: LiveSpec? = nil
    ) async throws -> SandboxHarness {
        let directory = directory ?? NSTemporaryDirectory() + "leads-sandbox-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let server = try await SandboxServer.start(
            SandboxConfiguration(databasePath: directory + "/sandbox.sqlite", projectIDs: projects, users: users, seed: seed, quirks: quirks,
                faults: faults, requestLogPath: requestLogPath, live: live))
        return SandboxHarness(server: server, directory: directory)
    }

    /// Runs `body` against a fresh sandbox and always stops it afterwards, even when `body` throws.
    static func with(
        users: [SandboxUser] = [owner, agent], projects: [String] = [projectA, projectB], seed: Int = 0,
        quirks: Bool = false, faults: FaultSpec? = nil, requestLogPath: String? = nil,
        _ body: (SandboxHarness) async throws -> Void
    ) async throws {
        let sandbox = try await start(users: users, projects: projects, seed: seed, quirks: quirks, faults: faults, requestLogPath: requestLogPath)
        do {
            try await body(sandbox)
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    /// Stops the server and removes the database.
    func stop(keepFiles: Bool = false) async {
        await server.stop()
        if !keepFiles { try? FileManager.default.removeItem(atPath: directory) }
    }

    static func basic(_ user: SandboxUser) -> String {
        "Basic " + Data("\(user.email):\(user.password)".utf8).base64EncodedString()
    }

    /// Sends a request; `path` is appended to the base URL as given (already encoded).
    func send(
        _ method: HTTPMethod, _ path: String, body: String? = nil, authorization: String? = SandboxHarness.basic(owner),
        timeout: TimeAmount = .seconds(20)
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: server.baseURL + path)
        request.method = method
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return Reply(
            status: Int(response.status.code), contentType: response.headers.first(name: "content-type") ?? "",
            text: String(buffer: buffer))
    }

    /// `send` under `/{project}/leads`.
    func leads(
        _ method: HTTPMethod, _ path: String = "", project: String = SandboxHarness.projectA, body: String? = nil,
        authorization: String? = SandboxHarness.basic(owner), timeout: TimeAmount = .seconds(20)
    ) async throws -> Reply {
        try await send(method, "/\(project)/leads" + path, body: body, authorization: authorization, timeout: timeout)
    }

    /// Creates a lead through POST and then PUT for the fields POST ignores; returns it.
    func makeLead(_ fields: [String: JSONValue], project: String = SandboxHarness.projectA) async throws -> Lead {
        var post: [String: JSONValue] = [:]
        for key in ["fullname", "email", "lead_id", "attributes"] { post[key] = fields[key] }
        guard let created = try await leads(.POST, project: project, body: JSONValue.object(post).jsonText).lead else {
            throw SandboxSetupError("create failed")
        }
        let rest = fields.filter { post[$0.key] == nil }
        guard !rest.isEmpty else { return created }
        guard let updated = try await leads(.PUT, "/\(created.id)", project: project, body: JSONValue.object(rest).jsonText).lead else {
            throw SandboxSetupError("update failed")
        }
        return updated
    }
}
