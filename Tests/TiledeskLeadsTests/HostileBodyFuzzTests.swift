import Foundation
import LeadsTestSupport
import Testing
@testable import TiledeskLeads

/// Issue 8, point 2: hostile server answers never crash or hang the decoder or the client; each
/// ends as a value or a clear error. In-process for volume (the parser, the lead decoder and the
/// error-message reader get every body), and over real HTTP for a sample through the client.
@Suite struct HostileBodyFuzzTests {
    static let seeds: [[UInt8]] = [
        #"{"perPage":40,"count":2,"leads":[{"_id":"5f1","lead_id":"l1","fullname":"Anna Bianchi","email":"anna@example.com","tags":["vip","eu"],"attributes":{"plan":"gold","seats":5,"meta":{"ids":[1,2.5,-3e2],"ok":true,"none":null}},"status":100,"createdAt":"2024-01-02T03:04:05.678Z","updatedAt":"2024-01-02T03:04:05.678Z","__v":0},{"_id":"5f2","fullname":"Ёлка 🎄 أحمد","phone":"+7 900","tags":[],"status":1000}]}"#,
        #"{"_id":"5f1","lead_id":"l1","fullname":"A","email":"a@b.c","company":"C","note":"line1\nline2","streetAddress":"S","city":"C","region":"R","zipcode":"Z","country":"IT","tags":["x"],"attributes":{},"properties":{"p":1},"id_project":"p","createdBy":"u","status":100,"createdAt":"2024-01-02T03:04:05.678Z"}"#,
        #"{"success":false,"msg":"Object not found."}"#,
        #"{"errors":[{"location":"body","param":"email","msg":"Invalid value"}]}"#,
        #"{"token":"JWT abc","user":{"_id":"u","email":"a@b.c"}}"#,
    ].map { Array($0.utf8) }

    /// Everything the client does with an answer's body, in the order it does it.
    static func digest(_ bytes: [UInt8]) -> Bool {
        _ = ServerMessage.extract(from: String(decoding: bytes, as: UTF8.self))
        guard let json = try? JSONParser.parse(bytes) else { return false }
        if case .array(let items)? = json.objectValue?["leads"] {
            for item in items { _ = try? Lead(jsonObject: item) }
        }
        _ = try? Lead(jsonObject: json)
        return true
    }

    /// 2,000 bodies in `swift test` (CI shares two cores with every other suite);
    /// `LEADS_FUZZ_BODIES=1000000 swift test --filter HostileBodyFuzzTests` for a long run.
    @Test func mutatedAndRandomBodiesEndAsAValueOrAnError() async {
        let total = Int(ProcessInfo.processInfo.environment["LEADS_FUZZ_BODIES"] ?? "") ?? 2_000
        // On a Dispatch thread: a minute of CPU on one of the two cooperative threads would starve
        // the in-process servers and event loops of the tests running beside this one.
        let parsed = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var mutator = BodyMutator(seed: 0x1EAD5)
                var parsed = 0
                for _ in 0..<total where Self.digest(mutator.body(from: Self.seeds)) { parsed += 1 }
                continuation.resume(returning: parsed)
            }
        }
        // Most mutations break the JSON; some keep it valid. Both kinds must occur, or the
        // mutator is not doing its job.
        #expect(parsed > total / 20 && parsed < total - total / 20, "parsed \(parsed) of \(total)")
        print("fuzz: \(total) bodies, \(parsed) parsed as JSON, \(total - parsed) refused, no crash, no hang")
    }

    @Test func hugeAndDeepBodiesAreRefusedOrReadWithoutCrashing() throws {
        let tenMB = String(repeating: "x", count: 10 << 20)
        let long = try JSONParser.parse(Array(#"{"_id":"a","fullname":"\#(tenMB)"}"#.utf8))
        #expect(try Lead(jsonObject: long).fullname?.utf8.count == 10 << 20)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(repeating: UInt8(ascii: "["), count: 1_000_000)) }
        // Invalid UTF-8 inside a string is repaired (U+FFFD), as browsers do, never passed on.
        let invalid = try JSONParser.parse(Array(#"{"_id":"a","fullname":"a"#.utf8) + [0xFF, 0xC0, 0x80] + Array(#"b"}"#.utf8))
        #expect(try Lead(jsonObject: invalid).fullname == "a\u{FFFD}\u{FFFD}\u{FFFD}b")
        // A number no Double holds is refused; one no Int holds is read without a trap.
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(#"{"status":1e400}"#.utf8)) }
        let huge = try JSONParser.parse(Array(#"{"_id":"a","count":123456789012345678901234567890,"status":9223372036854775808}"#.utf8))
        #expect(huge.objectValue?["count"] != nil)
        _ = try? Lead(jsonObject: huge)
    }

    @Test func theClientTurnsHostileAnswersIntoTypedErrors() async throws {
        var mutator = BodyMutator(seed: 0xC11E47)
        let bodies = (0..<200).map { _ in String(decoding: mutator.body(from: Self.seeds), as: UTF8.self) }
        try await ScriptedServer.with({ _, index in .json(200, bodies[index % bodies.count]) }) { server in
            let configuration = ClientConfiguration(
                baseURL: server.baseURL, projectID: "64c0ffee0000000000000001", credentials: .token("t"),
                connectTimeout: .seconds(5), requestTimeout: .seconds(30), retry: RetryPolicy(maxAttempts: 1))
            try await HTTPLeadsClient.with(configuration) { client in
                var answered = 0, refused = 0
                for index in bodies.indices {
                    do {
                        if index.isMultiple(of: 2) { _ = try await client.list(LeadQuery()) } else { _ = try await client.get(id: "5f1") }
                        answered += 1
                    } catch let error as APIError {
                        #expect(error.kind == .undecodable, "body \(index): \(error)")
                        #expect(!error.description.isEmpty)
                        refused += 1
                    }
                }
                #expect(answered + refused == bodies.count)
                #expect(refused > 0)
            }
        }
    }
}
