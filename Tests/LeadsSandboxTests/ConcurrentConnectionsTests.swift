import AsyncHTTPClient
import Foundation
import NIOCore
import Testing
import TiledeskLeads

@Suite struct ConcurrentConnectionsTests {
    /// 200 clients at once, each on its own connection: every one is answered, with its page or a
    /// 429 if the server sheds load, never an error or a dropped connection.
    @Test func twoHundredConnectionsAtOnceAreAllAnswered() async throws {
        try await SandboxHarness.with(seed: 500) { sandbox in
            var configuration = HTTPClient.Configuration()
            configuration.connectionPool = .init(idleTimeout: .seconds(5), concurrentHTTP1ConnectionsPerHostSoftLimit: 250)
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            let url = sandbox.server.baseURL + "/\(SandboxHarness.projectA)/leads?limit=40&sort=fullname"
            let statuses = await withTaskGroup(of: Int.self) { group in
                for _ in 0..<200 {
                    group.addTask {
                        var request = HTTPClientRequest(url: url)
                        request.headers.add(name: "Authorization", value: SandboxHarness.basic(SandboxHarness.owner))
                        do {
                            let response = try await client.execute(request, timeout: .seconds(30))
                            let body = try await response.body.collect(upTo: 1 << 20)
                            let page = try JSONDecoder().decode(LeadPage.self, from: Data(buffer: body))
                            return page.leads.count == 40 ? Int(response.status.code) : -1
                        } catch {
                            return 0
                        }
                    }
                }
                return await group.reduce(into: [Int]()) { $0.append($1) }
            }
            try await client.shutdown()
            #expect(statuses.count == 200)
            #expect(statuses.allSatisfy { $0 == 200 || $0 == 429 }, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
        }
    }
}
