import Foundation

/// Removes a temporary file and exits 130 on SIGINT or SIGTERM, until cancelled.
final class InterruptCleanup {
    private var sources: [any DispatchSourceSignal] = []

    init(path: String) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                unlink(path)
                StandardError.line("\nleads: export interrupted; nothing was written")
                exit(130)
            }
            source.resume()
            sources.append(source)
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
        sources.removeAll()
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
