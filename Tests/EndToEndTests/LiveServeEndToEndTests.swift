import Foundation
import LeadsTestSupport
import Testing
import TiledeskLeads

/// `leads serve --live` and `leads demo --live` as a user starts them: the project moves, and
/// every event is in the request log with its time.
@Suite(.serialized) struct LiveServeEndToEndTests {
    @Test func serveLiveMakesVisitorsAndTrashesAndLogsEachWithItsTime() async throws {
        let home = NSTemporaryDirectory() + "leads-live-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let log = home + "/requests.log"
        let started = Date()
        let server = try await ServeProcess.start(
            arguments: ["--db", home + "/sandbox.sqlite", "--seed", "100", "--request-log", log, "--live", "chats=40/s,trash=5/s,seed=3"],
            home: home)
        try await withCleanUp({
            let deadline = ContinuousClock.now + .seconds(30)
            var kinds = Set<String>()
            while ContinuousClock.now < deadline, kinds.count < 2 {
                kinds = Set((try? LiveRequestLog(path: log))?.entries.compactMap(\.live) ?? [])
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(kinds == ["chats", "trash"])
            let entries = try LiveRequestLog(path: log).entries.filter { $0.live != nil }
            #expect(entries.allSatisfy { $0.time >= started.addingTimeInterval(-1) && $0.leadID?.count == 24 })
        }, cleanUp: { await server.stop() })
    }

    @Test func demoLiveServesAProjectThatMoves() async throws {
        let home = NSTemporaryDirectory() + "leads-demo-live-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let outputPath = home + "/demo.out"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LeadsBinary.path)
        process.arguments = ["demo", "--serve-only", "--live", "--seed", "40"]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_DATA_HOME": home + "/data"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try await withCleanUp({
            var url: String?
            let deadline = ContinuousClock.now + .seconds(60)
            while ContinuousClock.now < deadline, url == nil, process.isRunning {
                let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
                url = text.split(separator: "\n").first { $0.contains("URL") }?.split(separator: " ").last.map(String.init)
                try await Task.sleep(for: .milliseconds(50))
            }
            let base = try #require(url)
            let configuration = ClientConfiguration(
                baseURL: base, projectID: "64c0ffee0000000000000001", credentials: .basic(email: "demo@example.com", password: "demo"))
            try await HTTPLeadsClient.with(configuration) { client in
                let first = try await client.list(LeadQuery(limit: 1)).count
                // Visitors arrive about every two seconds: wait (bounded) for one.
                var count = first
                let wait = ContinuousClock.now + .seconds(30)
                while ContinuousClock.now < wait, count <= first {
                    try await Task.sleep(for: .milliseconds(200))
                    count = try await client.list(LeadQuery(limit: 1)).count
                }
                #expect(count > first, "no visitor arrived")
                let newest = try await client.list(LeadQuery(limit: 1, sort: .id)).leads.first
                #expect(newest?.fullname?.hasPrefix("guest#") == true || newest?.email != nil)
            }
        }, cleanUp: {
            process.terminate()
            let deadline = ContinuousClock.now + .seconds(10)
            while process.isRunning, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        })
    }

    /// The browser on a project that moves: paging down across boundaries shows no lead twice,
    /// and the light poll announces the visitors who arrived; `r` shows them.
    @Test func theBrowserAnnouncesNewLeadsAndShowsThemOnR() async throws {
        try await EndToEndWorld.with(seed: 200, live: "chats=3/s,seed=4") { world in
            let run = try world.start(height: 30)
            defer { run.stop() }
            let first = try await run.tmux.waitUntil("the list") { $0.contains(" 1 of ") }
            #expect(!first.contains("new lead"))
            // Page down across page boundaries while visitors arrive: no row is shown twice.
            for pageNumber in 1...4 {
                try run.tmux.send("NPage")
                let screen = try await run.tmux.waitUntil("page \(pageNumber)") { $0.contains(" \(1 + pageNumber * 26) of ") }
                let rows = screen.split(separator: "\n").filter { $0.contains("@") }.map(String.init)
                #expect(rows.count == Set(rows).count, "a lead shown twice:\n\(screen)")
            }
            // Within two ticks of the poll (10 s each) the visitors are announced.
            let announced = try await run.waitFor("new leads — r to show", timeout: .seconds(30))
            #expect(announced.contains("new leads — r to show"))
            try run.tmux.send("r")
            try run.tmux.send("g")
            try await run.waitFor("guest#", timeout: .seconds(15))
            try run.tmux.send("q")
            #expect(try await run.waitForExit() == 0)
        }
    }
}
