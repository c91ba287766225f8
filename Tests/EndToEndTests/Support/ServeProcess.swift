import Foundation
import LeadsTestSupport

/// `leads serve --port 0` as a child process: started, its `listening on` line awaited with a
/// deadline, and stopped with SIGTERM (SIGKILL if it does not go).
final class ServeProcess: Sendable {
    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    let url: String
    private let process: ProcessBox

    private init(url: String, process: ProcessBox) {
        self.url = url
        self.process = process
    }

    static func start(arguments: [String], home: String, timeout: Duration = .seconds(60)) async throws -> ServeProcess {
        let outputPath = home + "/serve.out"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LeadsBinary.path)
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"] + arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_DATA_HOME": home + "/data"]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let box = ProcessBox(process)
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, process.isRunning {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first, line.hasPrefix("listening on ") {
                return ServeProcess(url: String(line.dropFirst("listening on ".count)), process: box)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        await box.stop()
        throw StartFailure(description: "leads serve did not print `listening on` in time")
    }

    func stop() async { await process.stop() }
}

/// A `Process` shared across tasks; only `stop` touches it after start.
private final class ProcessBox: @unchecked Sendable {
    let process: Process
    init(_ process: Process) { self.process = process }

    func stop() async {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = ContinuousClock.now + .seconds(10)
        while process.isRunning, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
