import Foundation
import Testing
import TiledeskLeads
@testable import LeadsSandbox

@Suite struct FaultInjectionTests {
    @Test func specParsesEveryFaultAndRefusesNonsense() throws {
        let spec = try FaultSpec(parsing: "latency=50-400ms,error=0.2,drop=0.05,hang=0.02,status=500|502|503|429,seed=7")
        #expect(spec.latency == 50...400 && spec.error == 0.2 && spec.drop == 0.05 && spec.hang == 0.02)
        #expect(spec.statuses == [500, 502, 503, 429] && spec.seed == 7)
        #expect(try FaultSpec(parsing: "latency=1s").latency == 1000...1000)
        for bad in ["error=2", "drop=-1", "error=0.6,drop=0.6", "status=200", "latency=400-50ms", "boom=1", "error"] {
            #expect(throws: SandboxSetupError.self, "\(bad)") { try FaultSpec(parsing: bad) }
        }
    }

    @Test func theSameSeedMeetsTheSameFaults() throws {
        let spec = try FaultSpec(parsing: "latency=0-100ms,error=0.3,drop=0.1,hang=0.05,seed=42")
        let first = FaultInjector(spec: spec), second = FaultInjector(spec: spec)
        let a = (0..<500).map { _ in first.next() }
        let b = (0..<500).map { _ in second.next() }
        #expect(a == b)
        let errors = a.filter { if case .error = $0.action { true } else { false } }.count
        #expect((100...200).contains(errors), "about 30% errors, got \(errors)")
    }

    @Test func errorFaultsAnswerWithoutApplyingAndSay429RetryAfter() async throws {
        try await SandboxHarness.with(faults: try FaultSpec(parsing: "error=1,status=429")) { sandbox in
            let reply = try await sandbox.leads(.POST, body: #"{"fullname":"Never stored"}"#)
            #expect(reply.status == 429)
            #expect(reply.text.contains("injected"))
        }
    }

    @Test func aDroppedResponseCutsTheBodyAfterTheWriteLanded() async throws {
        let directory = NSTemporaryDirectory() + "leads-faults-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let dropping = try await SandboxHarness.start(faults: try FaultSpec(parsing: "drop=1"), directory: directory)
        await #expect(throws: (any Error).self) {
            _ = try await dropping.leads(.POST, body: #"{"fullname":"Landed anyway","lead_id":"drop-1"}"#)
        }
        await dropping.stop(keepFiles: true)
        let clean = try await SandboxHarness.start(directory: directory)
        let page = try await clean.leads(.GET, "?limit=0").page
        await clean.stop()
        #expect(page?.leads.map(\.leadID) == ["drop-1"])
    }

    @Test func hangsNeverAnswerButEndWithTheServer() async throws {
        let sandbox = try await SandboxHarness.start(faults: try FaultSpec(parsing: "hang=1"))
        let started = ContinuousClock.now
        await #expect(throws: (any Error).self) {
            _ = try await sandbox.leads(.GET, timeout: .milliseconds(500))
        }
        #expect(ContinuousClock.now - started >= .milliseconds(450))
        let stopping = ContinuousClock.now
        await sandbox.stop()
        #expect(ContinuousClock.now - stopping < .seconds(10))
    }

    @Test func theRequestLogHasOneLinePerRequestWithoutCredentials() async throws {
        let log = NSTemporaryDirectory() + "leads-requests-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        try await SandboxHarness.with(requestLogPath: log) { sandbox in
            _ = try await sandbox.leads(.GET, "?full_text=ada")
            _ = try await sandbox.leads(.GET, "/000000000000000000000000")
        }
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("GET /\(SandboxHarness.projectA)/leads?full_text=ada 200 ") == true)
        #expect(lines.last?.contains(" 404 ") == true)
        #expect(!lines.joined().contains("owner-pass") && !lines.joined().lowercased().contains("basic"))
    }
}
