import Foundation
import Synchronization

/// `LEADS_TRACE=FILE`: the program writes when it started, sent its first request, got its first
/// response and drew its first frame, each as milliseconds since the trace began and as wall-clock
/// seconds since 1970 — the second so a benchmark can measure from the moment it started the
/// process, loading included, without counting the terminal's own overhead.
final class StartupTrace: Sendable {
    private let path: String?
    private let started = ContinuousClock.now
    private let seen = Mutex<Set<String>>([])

    init(path: String?) {
        self.path = path
        mark("start")
    }

    /// Records `event` the first time it happens.
    func mark(_ event: String) {
        guard let path, seen.withLock({ $0.insert(event).inserted }) else { return }
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let wall = Date().timeIntervalSince1970
        let line = "\(event) \(String(format: "%.3f", milliseconds)) \(String(format: "%.6f", wall))\n"
        if let handle = FileHandle(forWritingAtPath: path) ?? {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        }
    }
}
