import Foundation
import Synchronization

/// An append-only log of requests, one line each, written straight to the file so another
/// process (a benchmark counting list requests) can read it while the server runs:
/// `METHOD TARGET STATUS MILLISECONDS TIME`, TIME being when the answer was ready (ISO 8601, UTC,
/// milliseconds). Events of `--live` add `live:KIND LEAD_ID`.
final class RequestLog: Sendable {
    private let handle: Mutex<FileHandle>

    init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw SandboxSetupError("cannot create the request log \(path)")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw SandboxSetupError("cannot open the request log \(path)") }
        handle.seekToEndOfFile()
        self.handle = Mutex(handle)
    }

    func append(_ line: String) {
        handle.withLock { $0.write(Data((line + "\n").utf8)) }
    }

    /// Milliseconds since `start`, with one decimal, as the log writes them.
    static func milliseconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return String(format: "%.1f", milliseconds)
    }
}
