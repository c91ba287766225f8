import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing
import LeadsTestSupport
import TiledeskLeads

/// Timeouts, retries, `Retry-After`, and creates that survive an ambiguous failure, against a
/// scripted server (and a scripted proxy in front of the sandbox) on 127.0.0.1.
@Suite struct HTTPLeadsClientRetryTests {
    static let project = "64c0ffee0000000000000001"
    static let emptyPage = #"{"perPage":40,"count":0,"leads":[]}"#
    static func leadJSON(_ id: String, leadID: String = "l", fullname: String = "X") -> String {
        #"{"_id":"\#(id)","lead_id":"\#(leadID)","fullname":"\#(fullname)","tags":[],"status":100}"#
    }

    /// Generous timeouts by default: other suites load the 2-core machine, and only the tests
    /// about timeouts should ever hit one.
    static func configuration(_ url: String, timeout: Duration = .seconds(30), attempts: Int = 3) -> ClientConfiguration {
        ClientConfiguration(
            baseURL: url, projectID: project, credentials: .token("t"), connectTimeout: .seconds(5), requestTimeout: timeout,
            retry: RetryPolicy(maxAttempts: attempts, baseDelay: .milliseconds(20), maxDelay: .milliseconds(50)))
    }

    @Test func honoursRetryAfterOn503() async throws {
        try await ScriptedServer.with({ _, index in
            index == 0 ? .json(503, #"{"msg":"busy"}"#, headers: ["Retry-After": "1"]) : .json(200, Self.emptyPage)
        }) { server in
            let started = ContinuousClock.now
            let page = try await HTTPLeadsClient.with(Self.configuration(server.baseURL)) { try await $0.list(LeadQuery()) }
            #expect(page.count == 0)
            #expect(server.requests.count == 2)
            #expect(ContinuousClock.now - started >= .milliseconds(950), "waited as long as Retry-After asked")
        }
    }

    @Test func retries429And502And504WithBackoffThenSucceeds() async throws {
        try await ScriptedServer.with({ _, index in
            switch index {
            case 0: .json(429, #"{"message":"slow down"}"#)
            case 1: .respond(status: 502, body: "<html>Bad Gateway</html>")
            case 2: .json(504, "{}")
            default: .json(200, Self.leadJSON("abc"))
            }
        }) { server in
            let lead = try await HTTPLeadsClient.with(Self.configuration(server.baseURL, attempts: 4)) { try await $0.get(id: "abc") }
            #expect(lead.id == "abc")
            #expect(server.requests.map(\.method) == ["GET", "GET", "GET", "GET"])
        }
    }

    @Test func givesUpWithTheLastErrorAndItsMessage() async throws {
        try await ScriptedServer.with({ _, _ in .json(503, #"{"error":"maintenance until noon"}"#) }) { server in
            let error = await #expect(throws: APIError.self) {
                try await HTTPLeadsClient.with(Self.configuration(server.baseURL)) { try await $0.get(id: "abc") }
            }
            #expect(error?.kind == .server && error?.status == 503)
            #expect(error?.message == "maintenance until noon")
            #expect(server.requests.count == 3)
        }
    }

    @Test func aRetryAfterTooLongIsNotWaitedFor() async throws {
        try await ScriptedServer.with({ _, _ in .json(429, #"{"msg":"quota"}"#, headers: ["Retry-After": "3600"]) }) { server in
            let started = ContinuousClock.now
            let error = await #expect(throws: APIError.self) {
                try await HTTPLeadsClient.with(Self.configuration(server.baseURL)) { try await $0.list(LeadQuery()) }
            }
            #expect(error?.status == 429)
            #expect(server.requests.count == 1)
            #expect(ContinuousClock.now - started < .seconds(30), "an hour-long Retry-After is not waited for")
        }
    }

    @Test func aRequestThatNeverAnswersTimesOutAndIsNotRepeated() async throws {
        try await ScriptedServer.with({ _, _ in .hang }) { server in
            let started = ContinuousClock.now
            let error = await #expect(throws: APIError.self) {
                try await HTTPLeadsClient.with(Self.configuration(server.baseURL, timeout: .milliseconds(400))) { try await $0.list(LeadQuery()) }
            }
            #expect(error?.kind == .timeout)
            #expect(ContinuousClock.now - started < .seconds(30), "the deadline held (bound generous for a loaded machine)")
            #expect(server.requests.count == 1)
        }
    }

    @Test func aClosedConnectionIsRetriedForAnIdempotentRequest() async throws {
        try await ScriptedServer.with({ _, index in index == 0 ? .close : .json(200, Self.emptyPage) }) { server in
            let page = try await HTTPLeadsClient.with(Self.configuration(server.baseURL)) { try await $0.list(LeadQuery()) }
            #expect(page.leads.isEmpty)
            #expect(server.requests.count == 2)
        }
    }

    @Test func nothingListeningIsOffline() async throws {
        let port = try await ScriptedServer.with({ _, _ in .hang }) { $0.port }  // a port that was free and is closed again
        let error = await #expect(throws: APIError.self) {
            try await HTTPLeadsClient.with(Self.configuration("http://127.0.0.1:\(port)")) { try await $0.list(LeadQuery()) }
        }
        #expect(error?.kind == .offline)
        #expect(error?.message.contains("connection refused") == true, "\(String(describing: error))")
    }

    @Test func aPostIsNeverRepeatedBlindly() async throws {
        // The POST gets a 503: the client must look for its lead_id before posting again.
        try await ScriptedServer.with({ request, index in
            if request.method == "POST" && index == 0 { return .json(503, "{}") }
            if request.method == "GET" { return .json(200, Self.emptyPage) }
            if request.method == "POST" {
                let leadID = (try? JSONValue.parse(request.body))?.objectValue?["lead_id"]?.stringValue ?? ""
                return .json(200, Self.leadJSON("new1", leadID: leadID))
            }
            return .json(500, "{}")
        }) { server in
            let lead = try await HTTPLeadsClient.with(Self.configuration(server.baseURL)) { try await $0.create(Lead(fullname: "X")) }
            #expect(lead.id == "new1")
            let methods = server.requests.map(\.method)
            #expect(methods.first == "POST" && methods.last == "POST")
            #expect(methods.dropFirst().dropLast().allSatisfy { $0 == "GET" } && methods.count > 2, "\(methods)")
            let leadIDs = server.requests.filter { $0.method == "POST" }.map { (try? JSONValue.parse($0.body))?.objectValue?["lead_id"] }
            #expect(leadIDs[0] == leadIDs[1], "the retry carries the same lead_id")
        }
    }

    @Test func aPostThatTimedOutIsNotRepostedWhenTheLeadExists() async throws {
        // A POST that created the lead but never answered: the lookup finds it, no second POST.
        try await ScriptedServer.with({ request, _ in
            switch request.method {
            case "POST": return .hang
            default:
                return .json(200, #"{"perPage":100,"count":1,"leads":[\#(Self.leadJSON("made", leadID: "fixed-id"))]}"#)
            }
        }) { server in
            let lead = try await HTTPLeadsClient.with(Self.configuration(server.baseURL, timeout: .seconds(3))) {
                try await $0.create(Lead(leadID: "fixed-id", fullname: "X"))
            }
            #expect(lead.id == "made")
            #expect(server.requests.filter { $0.method == "POST" }.count == 1)
        }
    }

    @Test func aCreateBehindAFlakyProxyMakesExactlyOneLead() async throws {
        // A proxy in front of the sandbox passes the first POST on, then answers 504 as a
        // gateway that gave up would: the lead exists, the client was told it failed.
        try await SandboxHarness.with { sandbox in
            let upstream = sandbox.server.baseURL
            let auth = "Basic " + Data("\(SandboxHarness.owner.email):\(SandboxHarness.owner.password)".utf8).base64EncodedString()
            try await ScriptedServer.with({ request, index in
                var forward = HTTPClientRequest(url: upstream + request.uri)
                forward.method = HTTPMethod(rawValue: request.method)
                forward.headers.add(name: "Authorization", value: auth)
                forward.headers.add(name: "Content-Type", value: "application/json")
                if !request.body.isEmpty { forward.body = .bytes(ByteBuffer(string: request.body)) }
                guard let response = try? await HTTPClient.shared.execute(forward, timeout: .seconds(10)),
                    let body = try? await response.body.collect(upTo: 1 << 20)
                else { return .json(502, "{}") }
                if request.method == "POST" && index == 0 { return .json(504, #"{"msg":"gateway timeout"}"#) }
                return .json(Int(response.status.code), String(buffer: body))
            }) { proxy in
                let lead = try await HTTPLeadsClient.with(Self.configuration(proxy.baseURL)) { client in
                    try await client.create(Lead(fullname: "Once Only", email: "once@example.com", phone: "+1 555", tags: ["t"]))
                }
                #expect(lead.phone == "+1 555" && lead.tags == ["t"])
                let all = try await sandbox.withClient { try await $0.list(LeadQuery()) }
                #expect(all.count == 1, "one lead, not two")
                #expect(all.leads.first?.id == lead.id)
                #expect(proxy.requests.filter { $0.method == "POST" }.count == 1)
            }
        }
    }

    /// A listener on 127.0.0.1 that never accepts, its accept queue already full: the kernel drops
    /// further SYNs, so a connect hangs as it would towards a dead host. Only the connect timeout
    /// can end it; the request timeout (30 s) is far away.
    @Test func theConnectTimeoutFiresOnAListenerThatNeverAccepts() async throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        #expect(bound == 0 && listen(listener, 0) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        // Fill the accept queue (backlog 0 holds one) with connections nobody accepts.
        var fillers: [Int32] = []
        defer { fillers.forEach { close($0) } }
        for _ in 0..<3 {
            let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            _ = fcntl(filler, F_SETFL, O_NONBLOCK)
            _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(filler, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            fillers.append(filler)
        }
        var configuration = Self.configuration("http://127.0.0.1:\(port)", timeout: .seconds(30), attempts: 1)
        configuration.connectTimeout = .seconds(1)
        let started = ContinuousClock.now
        let error = await #expect(throws: APIError.self) {
            try await HTTPLeadsClient.with(configuration) { try await $0.list(LeadQuery()) }
        }
        let took = ContinuousClock.now - started
        #expect(error?.kind == .timeout)
        #expect(error?.message.contains("the connection timed out") == true, "\(String(describing: error))")
        #expect(took >= .milliseconds(900) && took < .seconds(15), "the connect timeout (1 s) ended it, not the request timeout (30 s): \(took)")
    }
}
